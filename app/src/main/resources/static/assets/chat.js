// The web chat page: opens (or resumes) a conversation, shows the bot's messages as bubbles and
// its buttons as chips under them, and listens for messages sent later by timers and callbacks.
// Only the newest message's chips can be tapped: once answered, chips are disabled and hidden, the
// answer shows as the client's bubble; they come back if the answer could not be sent.
(function () {
  "use strict";
  const bot = botName();
  const api = "/api/v1/chat/" + encodeURIComponent(bot);
  const storageKey = "slotbot.client." + bot;
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("text");
  const send = document.getElementById("send");
  const status = document.getElementById("status");
  // A phone's keyboard would cover the chat: focus the input by itself only where there is a mouse.
  const hasMouse = window.matchMedia ? window.matchMedia("(pointer: fine)").matches : true;
  const shown = new Set();
  let client = localStorage.getItem(storageKey);
  let lastId = 0;
  let live = null;    // the chips that can still be tapped: those of the bot's newest message
  let typing = null;  // the "bot is typing" bubble while an answer is awaited
  let busy = false;

  /** The bot named by the address, /chat/{bot} (the demo's at /); a name that is not valid percent-encoding is taken as written. */
  function botName() {
    const named = (location.pathname.match(/^\/chat\/([^/]+)/) || [null, "demo"])[1];
    try {
      return decodeURIComponent(named);
    } catch (e) {
      return named;
    }
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function svg(path) {
    const ns = "http://www.w3.org/2000/svg";
    const icon = document.createElementNS(ns, "svg");
    icon.setAttribute("viewBox", "0 0 24 24");
    icon.setAttribute("aria-hidden", "true");
    icon.setAttribute("focusable", "false");
    const line = document.createElementNS(ns, "path");
    line.setAttribute("d", path);
    icon.appendChild(line);
    return icon;
  }

  /** Adds to the conversation, above the typing bubble if it is there. */
  function append(item) {
    log.insertBefore(item, typing);
    item.querySelectorAll(".chip-grid").forEach(measure);
    reveal(item);
  }

  const ruler = document.createElement("canvas").getContext("2d");

  /** Tells a grid of chips how wide its widest chip is, so that it takes no more columns than fit. */
  function measure(grid) {
    const chips = grid.querySelectorAll(".chip");
    if (!ruler || !chips.length) return;
    const style = getComputedStyle(chips[0]);
    ruler.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    let widest = 0;
    chips.forEach(chip => { widest = Math.max(widest, ruler.measureText(chip.textContent).width); });
    const frame = ["paddingLeft", "paddingRight", "borderLeftWidth", "borderRightWidth"]
      .reduce((sum, side) => sum + (parseFloat(style[side]) || 0), 0);
    grid.style.setProperty("--chip-min", Math.ceil(widest + frame + 4) + "px");
  }

  /** Scrolls to the end, but not so far that the top of a long new message leaves the screen. */
  function reveal(item) {
    const end = log.scrollHeight - log.clientHeight;
    const top = item ? item.offsetTop - 12 : end;
    log.scrollTop = Math.max(log.scrollTop, Math.min(end, top));
  }

  function setStatus(text, state) {
    status.textContent = text;
    status.dataset.state = state;
  }

  function mine(text) {
    const item = element("li", "msg msg--me");
    const bubble = element("div", "bubble bubble--me");
    bubble.appendChild(element("p", "bubble__text", text));
    item.appendChild(bubble);
    append(item);
    return item;
  }

  // Where a bot's link may lead: web pages, Telegram (as in that channel), mail and phone. Not javascript:,
  // data: or the like, which would run in (or as) this page: the policy blocks them too, this keeps them out of the DOM.
  const linkSchemes = new Set(["http:", "https:", "tg:", "mailto:", "tel:"]);

  /** The link's address as the bot wrote it, or null when it leads where the page will not go. */
  function safeUrl(url) {
    try {
      // Parsed against this page as the browser would parse the href (relative links such as /pay/... stay relative).
      return linkSchemes.has(new URL(url, location.href).protocol) ? url : null;
    } catch (e) {
      return null;
    }
  }

  function links(buttons) {
    const row = element("div", "bubble__links");
    buttons.forEach(b => {
      const href = safeUrl(b.url);
      if (!href) {
        row.appendChild(element("span", "link-button link-button--dead", b.text));
        return;
      }
      const a = element("a", "link-button");
      a.href = href;
      a.target = "_blank";
      a.rel = "noopener";
      a.setAttribute("aria-describedby", "new-tab");
      a.appendChild(element("span", "link-button__text", b.text));
      a.appendChild(svg("M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"));
      row.appendChild(a);
    });
    return row;
  }

  // Buttons that go back a step: set apart below the others, on a row of their own.
  const goesBack = /^\s*(вернуться|назад)/i;

  function chip(button, className) {
    const node = element("button", className, button.text);
    node.type = "button";
    // A click with detail 0 came from the keyboard (Enter or Space): the focus then moves on to the next chips.
    node.addEventListener("click", event => choose(node, button.text, event.detail === 0));
    return node;
  }

  /**
   * The reply buttons as chips. Lines of equal length (the last maybe shorter) are a grid: it flows
   * as one, up to that many columns, fewer where the screen is too narrow for the widest chip.
   * Other lines stay as the bot laid them out. Buttons that go back a step come last.
   */
  function chips(buttons) {
    const group = element("div", "choices");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Варианты ответа");
    const lines = new Map();
    const back = [];
    buttons.filter(b => b.type === "phone").forEach(b => group.appendChild(phoneField(b)));
    buttons.filter(b => b.type !== "phone").forEach(b => {
      if (goesBack.test(b.text)) {
        back.push(b);
        return;
      }
      const line = Number.isInteger(b.line) ? b.line : 0;
      if (!lines.has(line)) lines.set(line, []);
      lines.get(line).push(b);
    });
    const rows = [...lines.keys()].sort((a, b) => a - b).map(line => lines.get(line));
    const width = rows.length ? rows[0].length : 0;
    const grid = rows.every((row, i) => i === rows.length - 1 ? row.length <= width : row.length === width);
    if (rows.length && grid) {
      const box = element("div", "chip-grid");
      box.style.setProperty("--columns", width);
      rows.flat().forEach(b => box.appendChild(chip(b, "chip")));
      group.appendChild(box);
    } else {
      rows.forEach(line => {
        const row = element("div", "chip-row");
        line.forEach(b => row.appendChild(chip(b, "chip")));
        group.appendChild(row);
      });
    }
    if (back.length) {
      const row = element("div", "chip-row chip-row--back");
      back.forEach(b => row.appendChild(chip(b, "chip chip--back")));
      group.appendChild(row);
    }
    return group;
  }

  /**
   * A button that asks for the phone: a phone field and the button's label to send it with. What is sent is the
   * number as the client's message; the server reads it as the client's phone (docs/bots.md, "Phone buttons").
   */
  function phoneField(button) {
    const field = element("form", "phone-field");
    const number = element("input", "phone-field__input chip");
    number.type = "tel";
    number.name = "phone";
    number.autocomplete = "tel";
    number.inputMode = "tel";
    number.placeholder = "+7 900 123-45-67";
    number.setAttribute("aria-label", "Номер телефона");
    const submit = element("button", "chip phone-field__send", button.text);
    submit.type = "submit";
    field.append(number, submit);
    field.addEventListener("submit", event => {
      event.preventDefault();
      if (number.value.trim()) choose(submit, number.value, false);
    });
    return field;
  }

  /** The chips of older messages can no longer be answered with: disabled, and hidden by the style. */
  function retire() {
    if (!live) return;
    live.classList.add("choices--spent");
    live.querySelectorAll(".chip").forEach(chip => { chip.disabled = true; });
    live = null;
  }

  function revive(group) {
    group.classList.remove("choices--spent");
    group.querySelectorAll(".chip").forEach(chip => { chip.disabled = false; });
    live = group;
  }

  function botMessage(message) {
    const buttons = message.buttons || [];
    const replies = buttons.filter(b => !b.url);
    const urls = buttons.filter(b => b.url);
    if (replies.length || message.text) retire();
    if (!message.text && !replies.length && !urls.length) return;
    const item = element("li", "msg msg--bot");
    if (message.text || urls.length) {
      const bubble = element("div", "bubble bubble--bot");
      if (message.text) bubble.appendChild(element("p", "bubble__text", message.text));
      if (urls.length) bubble.appendChild(links(urls));
      item.appendChild(bubble);
    }
    if (replies.length) {
      live = chips(replies);
      item.appendChild(live);
    }
    append(item);
  }

  function receive(message) {
    if (shown.has(message.id)) return;
    shown.add(message.id);
    lastId = Math.max(lastId, message.id);
    botMessage(message);
  }

  function notice(text) {
    const item = element("li", "notice", text);
    item.setAttribute("role", "status");
    append(item);
  }

  function setBusy(on) {
    busy = on;
    send.disabled = on;
    form.setAttribute("aria-busy", String(on));
    if (on && !typing) {
      typing = element("li", "msg msg--bot msg--typing");
      const bubble = element("div", "bubble bubble--bot typing");
      bubble.appendChild(element("span", "visually-hidden", "Бот печатает…"));
      for (let i = 0; i < 3; i++) bubble.appendChild(element("span", "typing__dot"));
      typing.appendChild(bubble);
      log.appendChild(typing);
      reveal();
    } else if (!on && typing) {
      typing.remove();
      typing = null;
    }
  }

  async function call(method, path, body) {
    const response = await fetch(path, {
      method,
      headers: body ? {"Content-Type": "application/json"} : {},
      body: body ? JSON.stringify(body) : undefined
    });
    const json = await response.json().catch(() => ({}));
    return {ok: response.ok, status: response.status, json};
  }

  async function ensureClient() {
    if (client) {
      const check = await call("GET", `${api}/${client}/messages?after=0`);
      if (check.ok) {
        check.json.messages.forEach(receive);
        return;
      }
    }
    const opened = await call("POST", `${api}/sessions`);
    if (!opened.ok) throw new Error(opened.json.message || "Чат сейчас недоступен. Попробуйте позже.");
    client = opened.json.client;
    localStorage.setItem(storageKey, client);
  }

  function choose(chip, text, byKeyboard) {
    if (busy || chip.disabled) return;
    say(text, {byKeyboard});
  }

  /** Sends what the client said; true if the bot got it. */
  async function say(text, how = {}) {
    text = text.trim();
    if (!text || !client || busy) return false;
    const tapped = live;
    retire();
    const said = mine(text);
    setBusy(true);
    let delivered = false;
    try {
      const answer = await call("POST", `${api}/${client}/messages`, {text});
      if (answer.ok) {
        delivered = true;
        setBusy(false);
        answer.json.messages.forEach(receive);
      } else {
        notice(answer.json.message || "Не удалось отправить сообщение. Попробуйте ещё раз.");
      }
    } catch (e) {
      notice("Нет связи. Проверьте интернет и попробуйте ещё раз.");
    } finally {
      setBusy(false);
      if (!delivered) said.classList.add("msg--failed");
      if (!delivered && tapped && !live) {
        revive(tapped);  // the same chips again, to retry
        reveal();
      }
      if (how.typed) {
        input.focus();
      } else if (how.byKeyboard && live) {
        live.querySelector(".chip:not([disabled])").focus({preventScroll: true});
      }
    }
    return delivered;
  }

  // The browser reconnects a dropped stream by itself, but gives up for good when the server refuses
  // one (429 when too many are open, a restart in between): then the page opens a new one itself,
  // waiting longer each time, and catches up from the last message it has.
  let streamRetry = 5000;
  function listen() {
    const events = new EventSource(`${api}/${client}/stream?after=${lastId}`);
    events.addEventListener("message", e => receive(JSON.parse(e.data)));
    events.onopen = () => {
      streamRetry = 5000;
      setStatus("онлайн", "online");
    };
    events.onerror = () => {
      setStatus("переподключаемся…", "connecting");
      if (events.readyState === EventSource.CLOSED) {
        setTimeout(listen, streamRetry);
        streamRetry = Math.min(streamRetry * 2, 60000);
      }
    };
  }

  form.addEventListener("submit", e => {
    e.preventDefault();
    const text = input.value;
    input.value = "";
    say(text, {typed: true}).then(delivered => {
      if (!delivered && !input.value) input.value = text;  // keep what they typed, to send again
    });
  });

  ensureClient()
    .then(() => {
      setStatus("онлайн", "online");
      if (shown.size === 0) say("Привет");
      listen();
      if (hasMouse) input.focus();
    })
    .catch(e => {
      setStatus("недоступен", "offline");
      notice(e.message);
    });
})();
