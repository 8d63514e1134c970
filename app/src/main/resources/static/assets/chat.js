// The web chat page: opens (or resumes) a conversation, shows the bot's messages as bubbles and
// its buttons as chips, and listens for messages sent later by timers and callbacks.
(function () {
  "use strict";
  const bot = decodeURIComponent((location.pathname.match(/^\/chat\/([^/]+)/) || [null, "demo"])[1]);
  const storageKey = "slotbot.client." + bot;
  const log = document.getElementById("log");
  const choices = document.getElementById("choices");
  const form = document.getElementById("composer");
  const input = document.getElementById("text");
  const send = document.getElementById("send");
  const status = document.getElementById("status");
  const shown = new Set();
  let client = localStorage.getItem(storageKey);
  let lastId = 0;

  function bubble(text, mine, buttons) {
    const item = document.createElement("li");
    item.className = "bubble " + (mine ? "bubble--me" : "bubble--bot");
    item.textContent = text;
    const links = (buttons || []).filter(b => b.url);
    if (links.length) {
      const row = document.createElement("div");
      row.className = "bubble__links";
      links.forEach(b => {
        const a = document.createElement("a");
        a.className = "link-button";
        a.href = b.url;
        a.target = "_blank";
        a.rel = "noopener";
        a.textContent = b.text;
        row.appendChild(a);
      });
      item.appendChild(row);
    }
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  function showChoices(buttons) {
    choices.replaceChildren();
    const replies = (buttons || []).filter(b => !b.url);
    const lines = new Map();
    replies.forEach(b => {
      const line = Number.isInteger(b.line) ? b.line : 0;
      if (!lines.has(line)) lines.set(line, []);
      lines.get(line).push(b);
    });
    [...lines.keys()].sort((a, b) => a - b).forEach(line => {
      const row = document.createElement("div");
      row.className = "chip-row";
      lines.get(line).forEach(b => {
        const chip = document.createElement("button");
        chip.type = "button";
        chip.className = "chip";
        chip.textContent = b.text;
        chip.addEventListener("click", () => say(b.text));
        row.appendChild(chip);
      });
      choices.appendChild(row);
    });
  }

  function receive(message) {
    if (shown.has(message.id)) return;
    shown.add(message.id);
    lastId = Math.max(lastId, message.id);
    if (message.text) bubble(message.text, false, message.buttons);
    if ((message.buttons || []).some(b => !b.url) || message.text) showChoices(message.buttons);
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
      const check = await call("GET", `/api/v1/chat/${encodeURIComponent(bot)}/${client}/messages?after=0`);
      if (check.ok) {
        check.json.messages.forEach(receive);
        return;
      }
    }
    const opened = await call("POST", `/api/v1/chat/${encodeURIComponent(bot)}/sessions`);
    if (!opened.ok) throw new Error(opened.json.message || "чат недоступен");
    client = opened.json.client;
    localStorage.setItem(storageKey, client);
  }

  async function say(text) {
    text = text.trim();
    if (!text || !client) return;
    bubble(text, true);
    choices.replaceChildren();
    input.value = "";
    send.disabled = true;
    try {
      const answer = await call("POST", `/api/v1/chat/${encodeURIComponent(bot)}/${client}/messages`, {text});
      if (answer.ok) {
        answer.json.messages.forEach(receive);
      } else {
        notice(answer.json.message || "Не удалось отправить сообщение.");
      }
    } catch (e) {
      notice("Нет связи. Проверьте интернет и попробуйте ещё раз.");
    } finally {
      send.disabled = false;
      input.focus();
    }
  }

  function notice(text) {
    const item = document.createElement("li");
    item.className = "notice";
    item.setAttribute("role", "status");
    item.textContent = text;
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  function listen() {
    const events = new EventSource(`/api/v1/chat/${encodeURIComponent(bot)}/${client}/stream?after=${lastId}`);
    events.addEventListener("message", e => receive(JSON.parse(e.data)));
    events.onopen = () => { status.textContent = "онлайн"; };
    events.onerror = () => { status.textContent = "переподключаемся…"; };
  }

  form.addEventListener("submit", e => { e.preventDefault(); say(input.value); });

  ensureClient()
    .then(() => {
      status.textContent = "онлайн";
      if (shown.size === 0) say("Привет");
      listen();
      input.focus();
    })
    .catch(e => { status.textContent = "недоступен"; notice(e.message); });
})();
