/* The owner's admin page: the token, a branch, a calendar of its bookings and the waitlist of the day, over the admin API. */
(() => {
  'use strict';
  const TOKEN_KEY = 'slotbot.admin.token';
  const FIRST_HOUR = 8;
  const LAST_HOUR = 21;
  const COLORS = [
    ['#2f6f5e', '#e3f1eb'], ['#3b6ea8', '#e5eef8'], ['#a2612a', '#f8ede2'],
    ['#7a4f9a', '#efe7f5'], ['#b0443a', '#f9e7e4'], ['#4f7d2a', '#eaf3e0']
  ];
  const WEEKDAYS = ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'];
  const $ = id => document.getElementById(id);

  const state = {
    token: sessionStorage.getItem(TOKEN_KEY),
    branches: [], company: null, date: isoOf(new Date()), view: 'day',
    employees: [], services: [], bookings: [], selected: null, loading: 0
  };

  class Unauthorized extends Error {}
  class Refused extends Error {}

  // ---- dates: ISO yyyy-MM-dd inside, dd.MM.yyyy on the wire

  function isoOf(d) {
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }
  function pad(n) { return String(n).padStart(2, '0'); }
  function parseIso(iso) { const [y, m, d] = iso.split('-').map(Number); return new Date(y, m - 1, d); }
  function addDays(iso, days) { const d = parseIso(iso); d.setDate(d.getDate() + days); return isoOf(d); }
  function ruOfIso(iso) { const [y, m, d] = iso.split('-'); return d + '.' + m + '.' + y; }
  function isoOfRu(ru) { const [d, m, y] = ru.split('.'); return y + '-' + m + '-' + d; }
  function minutes(hhmm) { const [h, m] = hhmm.split(':').map(Number); return h * 60 + m; }
  function mondayOf(iso) { const d = parseIso(iso); const shift = (d.getDay() + 6) % 7; d.setDate(d.getDate() - shift); return isoOf(d); }
  function longDay(iso) {
    const text = parseIso(iso).toLocaleDateString('ru-RU', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  const DAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
  /** The employee's working intervals on a day, in minutes, from the catalog's schedule. */
  function workingHours(employee, iso) {
    const schedule = employee.schedule || {};
    const dates = schedule.dates || {};
    const intervals = Object.prototype.hasOwnProperty.call(dates, iso) ? dates[iso]
      : ((schedule.weekly || {})[DAY_KEYS[parseIso(iso).getDay()]] || []);
    return intervals.map(text => text.split('-').map(minutes));
  }
  function money(v) { return Number(v).toLocaleString('ru-RU', { maximumFractionDigits: 2 }) + ' ₽'; }

  // ---- the API

  async function api(method, path, body) {
    const init = { method, headers: { Authorization: 'Bearer ' + state.token, Accept: 'application/json' } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch(path, init);
    if (response.status === 401) {
      throw new Unauthorized();
    }
    let json = null;
    try { json = await response.json(); } catch (e) { /* not JSON */ }
    if (!response.ok) {
      throw new Refused((json && json.message) || ('Ошибка ' + response.status));
    }
    return json;
  }

  function failed(error, where) {
    if (error instanceof Unauthorized) {
      showLogin('Токен не подошёл. Введите его снова.');
    } else {
      where.textContent = error.message || String(error);
    }
  }

  // ---- login

  function showLogin(message) {
    sessionStorage.removeItem(TOKEN_KEY);
    state.token = null;
    $('app').hidden = true;
    $('tools').hidden = true;
    $('login').hidden = false;
    $('token-error').textContent = message || '';
    $('token').value = '';
    $('token').focus();
  }

  $('token-form').addEventListener('submit', event => {
    event.preventDefault();
    const token = $('token').value.trim();
    if (!token) return;
    state.token = token;
    sessionStorage.setItem(TOKEN_KEY, token);
    start();
  });

  $('logout').addEventListener('click', () => showLogin(''));

  async function start() {
    try {
      const branches = await api('POST', '/api/v1/functions/get_companies_for_booking', {});
      state.branches = Array.isArray(branches) ? branches : [];
    } catch (error) {
      if (error instanceof Unauthorized) { showLogin('Токен не подошёл. Проверьте его и попробуйте снова.'); return; }
      showLogin(error.message);
      return;
    }
    $('login').hidden = true;
    $('app').hidden = false;
    $('tools').hidden = false;
    const select = $('branch');
    select.replaceChildren(...state.branches.map(b => {
      const option = document.createElement('option');
      option.value = b.id;
      option.textContent = b.name + (b.address ? ' — ' + b.address : '');
      return option;
    }));
    const remembered = sessionStorage.getItem('slotbot.admin.company');
    if (remembered && state.branches.some(b => String(b.id) === remembered)) select.value = remembered;
    await chooseBranch(select.value);
  }

  $('branch').addEventListener('change', event => chooseBranch(event.target.value));

  async function chooseBranch(id) {
    if (!id) { $('load-error').textContent = 'Нет филиалов с онлайн-записью.'; return; }
    state.company = id;
    sessionStorage.setItem('slotbot.admin.company', id);
    closeDetails();
    try {
      const [employees, services, branch] = await Promise.all([
        api('GET', '/api/v1/admin/companies/' + id + '/employees'),
        api('GET', '/api/v1/admin/companies/' + id + '/services'),
        api('GET', '/api/v1/admin/companies/' + id)
      ]);
      state.zone = branch && branch.timezone;
      state.employees = employees.employees || [];
      state.services = services.services || [];
      renderLists();
      await refresh();
    } catch (error) {
      failed(error, $('load-error'));
    }
  }

  // ---- the calendar

  function range() {
    if (state.view === 'week') { const from = mondayOf(state.date); return [from, addDays(from, 6)]; }
    return [state.date, state.date];
  }

  async function refresh() {
    const [from, to] = range();
    $('date').value = state.date;
    const ticket = ++state.loading;
    $('calendar').setAttribute('aria-busy', 'true');
    try {
      const answer = await api('GET', '/api/v1/admin/bookings?company_id=' + encodeURIComponent(state.company)
        + '&from=' + from + '&to=' + to);
      if (ticket !== state.loading) return;
      // Every visit but the cancelled: booked, confirmed, past (completed) and no-shows alike.
      state.bookings = (answer.bookings || []).filter(b => b.status !== 'cancelled');
      $('load-error').textContent = '';
      render();
      refreshWaitlist();
    } catch (error) {
      failed(error, $('load-error'));
    } finally {
      if (ticket === state.loading) $('calendar').removeAttribute('aria-busy');
    }
  }

  function colorOf(employeeId) {
    const index = state.employees.findIndex(e => e.id === employeeId);
    return COLORS[(index < 0 ? state.employees.length : index) % COLORS.length];
  }

  function initials(name) {
    return name.split(/\s+/).filter(Boolean).slice(0, 2).map(w => w[0]).join('').toUpperCase();
  }

  function render() {
    const [from, to] = range();
    const today = isoOf(new Date());
    $('title').textContent = state.view === 'day' ? longDay(state.date)
      : parseIso(from).toLocaleDateString('ru-RU', { day: 'numeric', month: 'long' }) + ' — '
        + parseIso(to).toLocaleDateString('ru-RU', { day: 'numeric', month: 'long', year: 'numeric' });
    const total = state.bookings.reduce((sum, b) => sum + Number(b.total_cost || 0), 0);
    $('summary').textContent = state.bookings.length === 0 ? 'Записей нет'
      : plural(state.bookings.length, 'запись', 'записи', 'записей') + ' на ' + money(total);

    const columns = state.view === 'day'
      ? state.employees.map(e => ({
          key: 'e' + e.id, name: e.name, sub: plural(state.bookings.filter(b => b.employee_id === e.id).length, 'запись', 'записи', 'записей'),
          color: colorOf(e.id), avatar: initials(e.name), today: state.date === today,
          bookings: state.bookings.filter(b => b.employee_id === e.id), attrs: { 'data-employee-id': e.id }, employee: e
        }))
      : Array.from({ length: 7 }, (_, i) => {
          const iso = addDays(from, i);
          const d = parseIso(iso);
          const bookings = state.bookings.filter(b => isoOfRu(b.date) === iso);
          return {
            key: 'd' + iso, name: WEEKDAYS[d.getDay()] + ', ' + d.getDate(), sub: bookings.length ? plural(bookings.length, 'запись', 'записи', 'записей') : 'свободно',
            color: ['#2f6f5e', '#e3f1eb'], avatar: String(d.getDate()), today: iso === today, day: iso,
            bookings, attrs: { 'data-date': iso }
          };
        });

    const calendar = $('calendar');
    if (columns.length === 0) {
      calendar.replaceChildren(el('div', 'empty-cal', 'В филиале нет мастеров'));
      return;
    }
    const grid = el('div', 'cal');
    grid.style.setProperty('--cols', columns.length);
    grid.append(el('div', 'cal__corner'));
    for (const column of columns) {
      const head = el('div', 'cal__head' + (column.today ? ' is-today' : '') + (column.day ? ' is-link' : ''));
      const avatar = el('span', 'avatar', column.avatar);
      avatar.style.setProperty('--c', column.color[0]);
      const text = el('div', 'head__text');
      text.append(el('div', 'head__name', column.name), el('div', 'head__sub', column.sub));
      head.append(avatar, text);
      if (column.day) {
        head.title = 'Открыть день';
        head.addEventListener('click', () => { state.date = column.day; setView('day'); });
      }
      grid.append(head);
    }
    const hours = el('div', 'cal__hours');
    for (let h = FIRST_HOUR; h < LAST_HOUR; h++) hours.append(el('div', 'hour', pad(h) + ':00'));
    grid.append(hours);
    const hourPx = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--hour')) || 52;
    const height = (LAST_HOUR - FIRST_HOUR) * hourPx;
    for (const column of columns) {
      const col = el('div', 'cal__col' + (column.today ? ' is-today' : ''));
      col.style.height = height + 'px';
      for (const [name, value] of Object.entries(column.attrs)) col.setAttribute(name, value);
      if (column.employee) {
        let from = FIRST_HOUR * 60;
        const work = workingHours(column.employee, state.date).sort((a, b) => a[0] - b[0]);
        for (const [start, end] of [...work, [LAST_HOUR * 60, LAST_HOUR * 60]]) {
          if (start > from) {
            const off = el('div', 'off');
            off.style.top = (from - FIRST_HOUR * 60) / 60 * hourPx + 'px';
            off.style.height = (Math.min(start, LAST_HOUR * 60) - from) / 60 * hourPx + 'px';
            col.append(off);
          }
          from = Math.max(from, end);
        }
        if (work.length === 0) col.append(el('div', 'off__label', 'Выходной'));
      }
      if (column.today) {
        const now = new Date();
        const at = now.getHours() * 60 + now.getMinutes();
        if (at >= FIRST_HOUR * 60 && at <= LAST_HOUR * 60) {
          const line = el('div', 'now');
          line.style.top = (at - FIRST_HOUR * 60) / 60 * hourPx + 'px';
          col.append(line);
        }
      }
      for (const placed of sideBySide(column.bookings)) col.append(block(placed.booking, hourPx, placed.lane, placed.lanes));
      grid.append(col);
    }
    calendar.replaceChildren(grid);
  }

  // The minutes a booking's block covers: at least 15, so that a short one stays readable.
  function spanOf(booking, least = 15) {
    const start = minutes(booking.time);
    return [start, Math.max(minutes(booking.end_time || booking.time), start + least)];
  }

  // Bookings of one column that overlap in time (several employees' in a day of the week view)
  // stand side by side instead of one hiding the other: each takes the first free lane, and every
  // booking of a group of overlapping ones is as wide as the column shared by that group's lanes.
  function sideBySide(bookings) {
    // A block is drawn at least 22 px high, about 25 minutes: short bookings that look overlapping count so.
    const span = b => spanOf(b, 25);
    const sorted = [...bookings].sort((a, b) => span(a)[0] - span(b)[0] || span(b)[1] - span(a)[1]);
    const placed = [];
    let group = [], laneEnds = [], groupEnd = -1;
    const closeGroup = () => { for (const p of group) p.lanes = laneEnds.length; group = []; laneEnds = []; };
    for (const booking of sorted) {
      const [start, end] = span(booking);
      if (start >= groupEnd) closeGroup();
      let lane = laneEnds.findIndex(laneEnd => laneEnd <= start);
      if (lane < 0) lane = laneEnds.length;
      laneEnds[lane] = end;
      const p = { booking, lane, lanes: 1 };
      group.push(p);
      placed.push(p);
      groupEnd = Math.max(groupEnd, end);
    }
    closeGroup();
    return placed;
  }

  function block(booking, hourPx, lane, lanes) {
    const [start, end] = spanOf(booking);
    const top = Math.max(0, (start - FIRST_HOUR * 60) / 60 * hourPx);
    const bottom = Math.min((LAST_HOUR - FIRST_HOUR) * hourPx, (end - FIRST_HOUR * 60) / 60 * hourPx);
    const button = el('button', 'booking' + (state.selected && state.selected.id === booking.id ? ' is-selected' : ''));
    button.type = 'button';
    button.dataset.bookingId = booking.id;
    button.style.top = top + 'px';
    button.style.height = Math.max(22, bottom - top - 2) + 'px';
    if (lanes > 1) {
      button.style.left = 'calc(4px + (100% - 8px) * ' + lane + ' / ' + lanes + ')';
      button.style.width = 'calc((100% - 8px) / ' + lanes + ' - 2px)';
      button.style.right = 'auto';
    }
    const [c, cs] = colorOf(booking.employee_id);
    button.style.setProperty('--c', c);
    button.style.setProperty('--cs', cs);
    const titles = (booking.services || []).map(s => s.title).join(', ');
    const head = el('div', 'booking__line');
    head.append(el('span', 'booking__time', booking.time + '–' + booking.end_time),
      el('span', 'booking__who', ' · ' + (state.view === 'week' ? booking.employee_name : clientLabel(booking))));
    button.append(head, el('div', 'booking__title', titles || 'Запись'));
    if (state.view === 'week' && end - start >= 75) button.append(el('div', 'booking__who', clientLabel(booking)));
    button.title = booking.time + '–' + booking.end_time + ' ' + titles + ' — ' + clientLabel(booking)
      + (booking.client_phone ? ', ' + booking.client_phone : '');
    button.addEventListener('click', () => openDetails(booking));
    return button;
  }

  /** Who booked: the client's name, or their id while the name is unknown; with the phone when there is room. */
  function clientLabel(booking) {
    const who = booking.client_name || booking.client_id;
    return state.view === 'day' && booking.client_phone ? who + ' · ' + booking.client_phone : who;
  }

  /** The client in a booking's details: name, a phone to call (a tel: link) and the id the bots know them by. */
  function clientFacts(booking) {
    const facts = [el('div', 'client__name', booking.client_name || 'Имя неизвестно')];
    if (booking.client_phone) {
      const call = el('a', 'client__phone', booking.client_phone);
      call.href = 'tel:' + booking.client_phone;
      facts.push(call);
    } else {
      facts.push(el('div', 'client__phone client__phone--none', 'Телефон неизвестен'));
    }
    facts.push(el('div', 'client__id', booking.client_id));
    return facts;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function plural(n, one, few, many) {
    const mod10 = n % 10, mod100 = n % 100;
    const word = mod10 === 1 && mod100 !== 11 ? one : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? few : many;
    return n + ' ' + word;
  }

  function setView(view) {
    state.view = view;
    $('view-day').classList.toggle('is-on', view === 'day');
    $('view-week').classList.toggle('is-on', view === 'week');
    $('view-day').setAttribute('aria-pressed', view === 'day');
    $('view-week').setAttribute('aria-pressed', view === 'week');
    refresh();
  }

  $('view-day').addEventListener('click', () => setView('day'));
  $('view-week').addEventListener('click', () => setView('week'));
  $('prev').addEventListener('click', () => { state.date = addDays(state.date, state.view === 'week' ? -7 : -1); refresh(); });
  $('next').addEventListener('click', () => { state.date = addDays(state.date, state.view === 'week' ? 7 : 1); refresh(); });
  $('today').addEventListener('click', () => { state.date = isoOf(new Date()); refresh(); });
  $('date').addEventListener('change', event => { if (event.target.value) { state.date = event.target.value; refresh(); } });

  // ---- a booking's details

  function openDetails(booking) {
    state.selected = booking;
    document.querySelectorAll('.booking.is-selected').forEach(b => b.classList.remove('is-selected'));
    const shown = document.querySelector('.booking[data-booking-id="' + CSS.escape(String(booking.id)) + '"]');
    if (shown) shown.classList.add('is-selected');
    $('details').hidden = false;
    $('details').dataset.bookingId = booking.id;
    $('d-title').textContent = 'Запись №' + booking.id;
    $('d-client').replaceChildren(...clientFacts(booking));
    $('d-employee').textContent = booking.employee_name;
    $('d-when').textContent = booking.date + ', ' + booking.time + '–' + booking.end_time;
    $('d-services').replaceChildren(...(booking.services || []).map(s =>
      el('li', '', s.title + ' · ' + s.duration + ' мин · ' + money(s.price))));
    $('d-cost').textContent = money(booking.total_cost);
    $('d-status').textContent = statusText(booking);
    $('d-reminders').replaceChildren(...reminderFacts(booking));
    showStatusActions(booking);
    $('move-date').value = booking.date;
    $('move-time').value = booking.time;
    $('move-error').textContent = '';
    $('d-message').textContent = '';
    disarmCancel();
  }

  const STATUS = {
    active: 'записан', confirmed: 'подтвердил', completed: 'визит прошёл',
    no_show: 'не пришёл', cancelled: 'отменена'
  };

  /** The status, and when the client confirmed if the status no longer says so (a visit that has passed). */
  function statusText(booking) {
    const status = STATUS[booking.status] || booking.status;
    return booking.confirmed_at && booking.status !== 'confirmed' ? status + ' · подтвердил ' + stamp(booking.confirmed_at) : status;
  }

  const REMINDER_STATE = { due: 'будет', sent: 'отправлено', dropped: 'не отправлено' };

  /** "90m", "2h", "1d" in the owner's words: a day or two in hours, as reminders are usually told. */
  function offsetText(offset) {
    const match = /^(\d+)([mhd])$/.exec(offset);
    if (!match) return offset;
    const n = Number(match[1]);
    switch (match[2]) {
      case 'm': return n + ' мин';
      case 'h': return n + ' ч';
      default: return n <= 2 ? n * 24 + ' ч' : n + ' дн.';
    }
  }

  /** Which reminders and follow-up went out and when, which are still to come. */
  function reminderFacts(booking) {
    const reminders = booking.reminders || [];
    if (!reminders.length) return [el('li', 'muted', 'нет')];
    return reminders.map(r => {
      const offset = offsetText(r.offset);
      const what = r.kind === 'follow_up' ? 'Через ' + offset + ' после визита' : 'За ' + offset;
      return el('li', 'reminder reminder--' + r.state, what + ' · ' + REMINDER_STATE[r.state] + ' ' + stamp(r.done_at || r.due_at));
    });
  }

  /** "2030-03-11T10:00:30+01:00" as the branch's "11.03 10:00". */
  function stamp(iso) {
    return iso.slice(8, 10) + '.' + iso.slice(5, 7) + ' ' + iso.slice(11, 16);
  }

  /** Only what the booking's status allows: confirm before the visit, a no-show from its start. */
  function showStatusActions(booking) {
    const holding = booking.status === 'active' || booking.status === 'confirmed';
    const started = isoOfRu(booking.date) + 'T' + booking.time <= branchNowIso();
    $('confirm-booking').hidden = booking.status !== 'active' || started;
    $('no-show-booking').hidden = !(holding || booking.status === 'completed') || !started;
    $('cancel-reason').value = '';
  }

  /** The branch's "now" as "yyyy-mm-ddThh:mm", by its time zone, not the browser's. */
  function branchNowIso() {
    const zone = state.zone || undefined;
    const parts = new Intl.DateTimeFormat('sv-SE', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date());
    return parts.replace(' ', 'T');
  }

  async function changeStatus(action, done) {
    if (!state.selected) return;
    try {
      const answer = await api('POST', '/api/v1/admin/bookings/' + state.selected.id + '/' + action);
      await refresh();
      if (answer && answer.booking) openDetails(answer.booking);
      $('d-message').textContent = done;
    } catch (error) {
      failed(error, $('move-error'));
    }
  }

  $('confirm-booking').addEventListener('click', () => changeStatus('confirm', 'Запись подтверждена'));
  $('no-show-booking').addEventListener('click', () => changeStatus('no-show', 'Отмечено: клиент не пришёл'));

  function closeDetails() {
    state.selected = null;
    $('details').hidden = true;
    document.querySelectorAll('.booking.is-selected').forEach(b => b.classList.remove('is-selected'));
  }

  $('d-close').addEventListener('click', closeDetails);
  document.addEventListener('keydown', event => { if (event.key === 'Escape') closeDetails(); });

  $('move-form').addEventListener('submit', async event => {
    event.preventDefault();
    if (!state.selected) return;
    const date = $('move-date').value.trim(), time = $('move-time').value.trim();
    $('move-error').textContent = '';
    $('move-submit').disabled = true;
    try {
      const answer = await api('POST', '/api/v1/admin/bookings/' + state.selected.id + '/move', { date, time });
      state.date = isoOfRu(date);
      await refresh();
      if (answer && answer.booking) openDetails(answer.booking);
      $('d-message').textContent = 'Запись перенесена на ' + date + ' ' + time;
    } catch (error) {
      failed(error, $('move-error'));
    } finally {
      $('move-submit').disabled = false;
    }
  });

  function disarmCancel() {
    const button = $('cancel-booking');
    button.classList.remove('is-armed');
    button.textContent = 'Отменить запись';
  }

  $('cancel-booking').addEventListener('click', async () => {
    const button = $('cancel-booking');
    if (!state.selected) return;
    if (!button.classList.contains('is-armed')) {
      button.classList.add('is-armed');
      button.textContent = 'Точно отменить? Нажмите ещё раз';
      return;
    }
    button.disabled = true;
    try {
      const reason = $('cancel-reason').value.trim();
      await api('POST', '/api/v1/admin/bookings/' + state.selected.id + '/cancel', reason ? { reason } : undefined);
      closeDetails();
      await refresh();
    } catch (error) {
      failed(error, $('move-error'));
    } finally {
      button.disabled = false;
      disarmCancel();
    }
  });

  // ---- the waitlist of the selected day: who waits, in line order, and the start held for each one offered

  async function refreshWaitlist() {
    const date = state.date;
    try {
      const answer = await api('GET', '/api/v1/admin/waitlist?company_id=' + encodeURIComponent(state.company) + '&date=' + date);
      if (date === state.date) renderWaitlist(answer.waitlist || []);
    } catch (error) {
      failed(error, $('waitlist-summary'));
    }
  }

  function renderWaitlist(entries) {
    const day = ruOfIso(state.date);
    $('waitlist-summary').textContent = entries.length === 0 ? 'На ' + day + ' никто не ждёт'
      : 'На ' + day + ' ждут: ' + plural(entries.length, 'клиент', 'клиента', 'клиентов');
    $('waitlist').replaceChildren(...entries.map((entry, i) => {
      const li = el('li');
      li.dataset.waitlistId = entry.id;
      const text = el('div', 'grow');
      text.append(el('div', '', (i + 1) + '. ' + (entry.client_name || entry.client_id)
        + (entry.client_phone ? ' · ' + entry.client_phone : '')));
      text.append(el('div', 'sub', (entry.services || []).join(', ') + ' · ' + (entry.employee_name || 'любой мастер')
        + ' · в очереди с ' + stamp(entry.joined_at)));
      li.append(text);
      if (entry.hold) {
        li.append(el('span', 'pill pill--held', 'держим ' + entry.hold.time + '–' + entry.hold.end_time + ', '
          + entry.hold.employee_name + ', до ' + stamp(entry.hold.expires_at)));
      }
      return li;
    }));
  }

  /** "2030-03-04T08:15:00+03:00", already on the branch's clock, as "04.03 08:15". */
  function stamp(iso) {
    return iso.slice(8, 10) + '.' + iso.slice(5, 7) + ' ' + iso.slice(11, 16);
  }

  // ---- employees and services

  function renderLists() {
    $('employees').replaceChildren(...state.employees.map(e => {
      const li = el('li');
      const avatar = el('span', 'avatar', initials(e.name));
      avatar.style.setProperty('--c', colorOf(e.id)[0]);
      const text = el('div', 'grow');
      text.append(el('div', '', e.name));
      if (e.information) text.append(el('div', 'sub', e.information));
      const count = (e.service_ids || []).length;
      li.append(avatar, text, el('span', 'pill', plural(count, 'услуга', 'услуги', 'услуг')));
      return li;
    }));
    $('services').replaceChildren(...state.services.map(s => {
      const li = el('li');
      const text = el('div', 'grow');
      text.append(el('div', '', s.title));
      text.append(el('div', 'sub', s.duration + ' мин' + (s.description ? ' · ' + s.description : '')));
      li.append(text, el('span', 'pill', money(s.price)));
      return li;
    }));
  }

  if (state.token) start(); else showLogin('');
})();
