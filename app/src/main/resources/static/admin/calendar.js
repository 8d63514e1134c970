/* The calendar of a branch's bookings: a day by employee, a week by day, or a list; live while the page is open. */
import { state } from './state.js';
import { api } from './api.js';
import { $, el, plural, money, initials, narrow } from './dom.js';
import {
  branchNow, branchToday, addDays, parseIso, isoOfRu, minutes, hhmm, mondayOf, longDay, dayMonth, dayMonthYear,
  weekday, workingHours, WEEKDAYS
} from './dates.js';
import { openDetails, closeDetails, bookingChanged } from './details.js';
import { watch } from './live.js';

const COLORS = [
  ['#2f6f5e', '#e3f1eb'], ['#3b6ea8', '#e5eef8'], ['#a2612a', '#f8ede2'],
  ['#7a4f9a', '#efe7f5'], ['#b0443a', '#f9e7e4'], ['#4f7d2a', '#eaf3e0']
];
const VIEW_KEY = 'slotbot.admin.view';
const STATUS = {
  active: 'записан', confirmed: 'подтвердил', completed: 'визит прошёл', no_show: 'не пришёл', cancelled: 'отменена'
};
let report = () => {};
let loading = 0;

export function statusText(booking) {
  return STATUS[booking.status] || booking.status;
}

export function colorOf(employeeId) {
  const index = state.employees.findIndex(e => e.id === employeeId);
  return COLORS[(index < 0 ? state.employees.length : index) % COLORS.length];
}

/** Wires the toolbar; {@code onError} shows a failure (and the login again when the token no longer works). */
export function initCalendar(onError) {
  report = onError;
  state.view = sessionStorage.getItem(VIEW_KEY) || (narrow() ? 'list' : 'day');
  showView();
  $('view-day').addEventListener('click', () => setView('day'));
  $('view-week').addEventListener('click', () => setView('week'));
  $('view-list').addEventListener('click', () => setView('list'));
  $('prev').addEventListener('click', () => step(-1));
  $('next').addEventListener('click', () => step(1));
  $('today').addEventListener('click', () => goTo(branchToday()));
  $('date').addEventListener('change', event => { if (event.target.value) goTo(event.target.value); });
  window.matchMedia('(max-width: 700px)').addEventListener('change', () => render());
  // "Now" moves with the branch's clock: the grid's line, or the list's row between bookings.
  setInterval(() => {
    if ($('app').hidden || !state.date) return;
    if (document.querySelector('.agenda__now')) render(); else placeNowLine();
  }, 30_000);
}

function step(direction) {
  goTo(addDays(state.date, (state.view === 'week' ? 7 : 1) * direction));
}

export function goTo(iso) {
  state.date = iso;
  refresh();
}

function setView(view) {
  state.view = view;
  sessionStorage.setItem(VIEW_KEY, view);
  showView();
  refresh();
}

function showView() {
  for (const view of ['day', 'week', 'list']) {
    $('view-' + view).classList.toggle('is-on', state.view === view);
    $('view-' + view).setAttribute('aria-pressed', String(state.view === view));
  }
}

export function range() {
  if (state.view === 'week') { const from = mondayOf(state.date); return [from, addDays(from, 6)]; }
  return [state.date, state.date];
}

/** Reads the shown dates' bookings again and draws them; the live stream follows what is shown. */
export async function refresh() {
  if (!state.company) return;
  const [from, to] = range();
  $('date').value = state.date;
  const ticket = ++loading;
  $('calendar').setAttribute('aria-busy', 'true');
  try {
    const answer = await api('GET', '/api/v1/admin/bookings?company_id=' + encodeURIComponent(state.company)
      + '&from=' + from + '&to=' + to);
    if (ticket !== loading) return;
    // Every visit but the cancelled: booked, confirmed, past (completed) and no-shows alike.
    state.bookings = (answer.bookings || []).filter(b => b.status !== 'cancelled');
    $('load-error').textContent = '';
    render();
    document.dispatchEvent(new CustomEvent('admin:day', { detail: { company: state.company, from, to } }));
    watch(state.company, from, to, {
      changed: ids => { refresh(); bookingChanged(ids); },
      reconnected: () => refresh(),
      live: on => { $('live').hidden = !on; },
      failed: error => report(error, $('load-error'))
    });
  } catch (error) {
    report(error, $('load-error'));
  } finally {
    if (ticket === loading) $('calendar').removeAttribute('aria-busy');
  }
}

export function render() {
  const [from, to] = range();
  $('title').textContent = state.view === 'week' ? dayMonth(from) + ' — ' + dayMonthYear(to) : longDay(state.date);
  const total = state.bookings.reduce((sum, b) => sum + Number(b.total_cost || 0), 0);
  $('summary').textContent = state.bookings.length === 0 ? 'Записей нет'
    : plural(state.bookings.length, 'запись', 'записи', 'записей') + ' на ' + money(total);
  const calendar = $('calendar');
  calendar.classList.toggle('calendar--list', state.view === 'list' || (state.view === 'week' && narrow()));
  if (state.view === 'list') {
    calendar.replaceChildren(dayList(state.date, true));
  } else if (state.view === 'week' && narrow()) {
    calendar.replaceChildren(...days(from, 7).map(iso => dayList(iso, false)));
  } else {
    calendar.replaceChildren(grid(columns(from)));
    placeNowLine();
  }
  const selected = state.selected && document.querySelector('[data-booking-id="' + CSS.escape(String(state.selected.id)) + '"]');
  if (selected) selected.classList.add('is-selected');
}

function days(from, count) {
  return Array.from({ length: count }, (_, i) => addDays(from, i));
}

function bookingsOn(iso) {
  return state.bookings.filter(b => isoOfRu(b.date) === iso).sort((a, b) => minutes(a.time) - minutes(b.time));
}

// ---- the grid: a column per employee (a day) or per day (a week)

function columns(from) {
  const today = branchToday();
  if (state.view !== 'week') {
    return state.employees.map(e => ({
      name: e.name, sub: plural(state.bookings.filter(b => b.employee_id === e.id).length, 'запись', 'записи', 'записей'),
      color: colorOf(e.id), avatar: initials(e.name), today: state.date === today, day: state.date,
      bookings: state.bookings.filter(b => b.employee_id === e.id), attrs: { 'data-employee-id': e.id }, employees: [e]
    }));
  }
  return days(from, 7).map(iso => {
    const bookings = bookingsOn(iso);
    return {
      name: WEEKDAYS[weekday(iso)] + ', ' + parseIso(iso).getUTCDate(),
      sub: bookings.length ? plural(bookings.length, 'запись', 'записи', 'записей') : 'свободно',
      color: COLORS[0], avatar: String(parseIso(iso).getUTCDate()), today: iso === today, day: iso, link: true,
      bookings, attrs: { 'data-date': iso }, employees: state.employees
    };
  });
}

/** The hours worth showing: from the earliest start of work to the latest end over the shown days, and every booking. */
function hoursShown(columnsShown) {
  let first = Infinity, last = -Infinity;
  for (const column of columnsShown) {
    for (const employee of column.employees) {
      for (const [start, end] of workingHours(employee, column.day)) { first = Math.min(first, start); last = Math.max(last, end); }
    }
    for (const booking of column.bookings) {
      const [start, end] = spanOf(booking, 0);
      first = Math.min(first, start); last = Math.max(last, end);
    }
  }
  if (!Number.isFinite(first)) return [9, 18];
  return [Math.floor(first / 60), Math.max(Math.floor(first / 60) + 1, Math.min(24, Math.ceil(last / 60)))];
}

function hourHeight() {
  return parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--hour')) || 52;
}

/** The least height of a block: a finger's on a phone, a line's on a desktop. */
function leastBlock() {
  return narrow() ? 44 : 22;
}

function grid(cols) {
  if (cols.length === 0) return el('div', 'empty-cal', 'В филиале нет мастеров');
  const [firstHour, lastHour] = hoursShown(cols);
  const hourPx = hourHeight();
  const top = firstHour * 60;
  const y = m => (m - top) / 60 * hourPx;
  const height = (lastHour - firstHour) * hourPx;
  const root = el('div', 'cal');
  root.style.setProperty('--cols', cols.length);
  root.dataset.firstHour = firstHour;
  root.dataset.lastHour = lastHour;
  root.append(el('div', 'cal__corner'));
  for (const column of cols) {
    const head = el(column.link ? 'button' : 'div', 'cal__head' + (column.today ? ' is-today' : '') + (column.link ? ' is-link' : ''));
    const avatar = el('span', 'avatar', column.avatar);
    head.style.setProperty('--c', column.color[0]);
    const text = el('span', 'head__text');
    text.append(el('span', 'head__name', column.name), el('span', 'head__sub', column.sub));
    head.append(avatar, text);
    if (column.link) {
      head.type = 'button';
      head.title = 'Открыть день';
      head.addEventListener('click', () => { state.date = column.day; setView('day'); });
    }
    root.append(head);
  }
  const hours = el('div', 'cal__hours');
  for (let h = firstHour; h < lastHour; h++) hours.append(el('div', 'hour', String(h).padStart(2, '0') + ':00'));
  root.append(hours);
  const least = Math.ceil(leastBlock() / hourPx * 60) + 1;
  for (const column of cols) {
    const col = el('div', 'cal__col' + (column.today ? ' is-today' : ''));
    col.style.height = height + 'px';
    for (const [name, value] of Object.entries(column.attrs)) col.setAttribute(name, value);
    if (column.employees.length === 1) offHours(col, column.employees[0], column.day, top, lastHour * 60, y);
    for (const placed of sideBySide(column.bookings, least)) col.append(block(placed, y, height));
    root.append(col);
  }
  return root;
}

/** Hatches the hours an employee does not work, and says so on a day off. */
function offHours(col, employee, iso, top, bottom, y) {
  let from = top;
  const work = workingHours(employee, iso).sort((a, b) => a[0] - b[0]);
  for (const [start, end] of [...work, [bottom, bottom]]) {
    if (start > from) {
      const off = el('div', 'off');
      off.style.top = y(from) + 'px';
      off.style.height = y(Math.min(start, bottom)) - y(from) + 'px';
      col.append(off);
    }
    from = Math.max(from, end);
  }
  if (work.length === 0) col.append(el('div', 'off__label', 'Выходной'));
}

/** The line of the branch's "now" in today's column, by its zone: moved as the minutes pass. */
function placeNowLine() {
  const root = document.querySelector('.cal');
  if (!root) return;
  document.querySelectorAll('.now').forEach(line => line.remove());
  const column = root.querySelector('.cal__col.is-today');
  if (!column) return;
  const now = branchNow().minutes;
  const first = Number(root.dataset.firstHour) * 60, last = Number(root.dataset.lastHour) * 60;
  if (now < first || now > last) return;
  for (const col of root.querySelectorAll('.cal__col.is-today')) {
    const line = el('div', 'now');
    line.style.top = (now - first) / 60 * hourHeight() + 'px';
    line.title = 'Сейчас ' + hhmm(now);
    line.dataset.minutes = now;
    col.append(line);
  }
}

// The minutes a booking's block covers: at least `least`, so that a short one stays readable and touchable.
function spanOf(booking, least) {
  const start = minutes(booking.time);
  const end = booking.end_time && booking.end_time !== '00:00' ? minutes(booking.end_time) : 24 * 60;
  return [start, Math.max(end, start + least)];
}

// Bookings of one column that overlap in time (several employees' in a day of the week view) stand side by side
// instead of one hiding the other: each takes the first free lane, and every booking of a group of overlapping ones
// is as wide as the column shared by that group's lanes.
function sideBySide(bookings, least) {
  const span = b => spanOf(b, least);
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

function block({ booking, lane, lanes }, y, height) {
  const [start, end] = spanOf(booking, 0);
  const top = Math.max(0, y(start));
  const bottom = Math.min(height, y(end));
  const button = el('button', 'booking booking--' + booking.status);
  button.type = 'button';
  button.dataset.bookingId = booking.id;
  button.style.top = top + 'px';
  button.style.height = Math.max(leastBlock(), bottom - top - 2) + 'px';
  if (lanes > 1) {
    button.style.left = 'calc(3px + (100% - 6px) * ' + lane + ' / ' + lanes + ')';
    button.style.width = 'calc((100% - 6px) / ' + lanes + ' - 2px)';
    button.style.right = 'auto';
  }
  const [c, cs] = colorOf(booking.employee_id);
  button.style.setProperty('--c', c);
  button.style.setProperty('--cs', cs);
  const titles = (booking.services || []).map(s => s.title).join(', ');
  const head = el('span', 'booking__line');
  head.append(el('span', 'booking__time', booking.time + '–' + booking.end_time),
    el('span', 'booking__who', ' · ' + (state.view === 'week' ? booking.employee_name : clientLabel(booking))));
  button.append(head, el('span', 'booking__title', titles || 'Запись'));
  if (state.view === 'week' && end - start >= 75) button.append(el('span', 'booking__who', clientLabel(booking)));
  button.title = booking.time + '–' + booking.end_time + ' ' + titles + ' — ' + clientLabel(booking)
    + (booking.client_phone ? ', ' + booking.client_phone : '');
  button.addEventListener('click', () => openDetails(booking));
  return button;
}

/** Who booked: the client's name, or their id while the name is unknown; with the phone when there is room. */
function clientLabel(booking) {
  const who = booking.client_name || booking.client_id;
  return state.view !== 'week' && booking.client_phone ? who + ' · ' + booking.client_phone : who;
}

// ---- the list: a day's bookings in time order, under who works that day

function dayList(iso, withStaff) {
  const today = branchToday();
  const day = el('section', 'agenda' + (iso === today ? ' is-today' : ''));
  day.dataset.date = iso;
  if (!withStaff) {
    const head = el('button', 'agenda__head', longDay(iso));
    head.type = 'button';
    head.title = 'Открыть день';
    head.addEventListener('click', () => { state.date = iso; setView('list'); });
    day.append(head);
  } else {
    day.append(staff(iso));
  }
  const bookings = bookingsOn(iso);
  if (bookings.length === 0) {
    day.append(el('p', 'agenda__empty muted', 'Записей нет'));
    return day;
  }
  const list = el('ul', 'agenda__list');
  const now = branchNow();
  let nowShown = iso !== today;
  for (const booking of bookings) {
    if (!nowShown && minutes(booking.time) > now.minutes) {
      list.append(nowRow(now.minutes));
      nowShown = true;
    }
    list.append(row(booking));
  }
  if (!nowShown) list.append(nowRow(now.minutes));
  day.append(list);
  return day;
}

function nowRow(now) {
  const li = el('li', 'agenda__now');
  li.append(el('span', '', 'Сейчас ' + hhmm(now)));
  li.dataset.minutes = now;
  return li;
}

function row(booking) {
  const li = el('li');
  const item = el('button', 'agenda__item booking-row booking--' + booking.status);
  item.type = 'button';
  item.dataset.bookingId = booking.id;
  const [c, cs] = colorOf(booking.employee_id);
  item.style.setProperty('--c', c);
  item.style.setProperty('--cs', cs);
  const when = el('span', 'agenda__time');
  when.append(el('span', '', booking.time), el('span', 'agenda__end', booking.end_time));
  const main = el('span', 'agenda__main');
  main.append(el('span', 'agenda__who', booking.client_name || booking.client_id),
    el('span', 'agenda__what', (booking.services || []).map(s => s.title).join(', ') + ' · ' + booking.employee_name));
  item.append(when, main, el('span', 'pill pill--' + booking.status, statusText(booking)));
  item.addEventListener('click', () => openDetails(booking));
  li.append(item);
  return li;
}

/** Who works that day and when, so that the owner sees the free hands before booking a caller. */
function staff(iso) {
  const list = el('ul', 'staff');
  for (const employee of state.employees) {
    const li = el('li', 'staff__one');
    const avatar = el('span', 'avatar avatar--small', initials(employee.name));
    avatar.style.setProperty('--c', colorOf(employee.id)[0]);
    const hours = workingHours(employee, iso).map(([s, e]) => hhmm(s) + '–' + hhmm(e)).join(', ');
    li.append(avatar, el('span', 'staff__name', employee.name), el('span', 'staff__hours muted', hours || 'выходной'));
    list.append(li);
  }
  return list;
}
