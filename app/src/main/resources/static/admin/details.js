/*
 * A booking's details and what the owner does with it: confirm, mark a no-show, move to a free time from the
 * picker, cancel with a reason. Beside the calendar on a desktop; a sheet over the bottom of the screen on a phone.
 */
import { state } from './state.js';
import { api } from './api.js';
import { $, el, money, narrow } from './dom.js';
import { branchNow, isoOfRu, stamp } from './dates.js';
import { refresh, statusText, goTo } from './calendar.js';
import { slotPicker } from './slots.js';
import { openSheet, closeSheet } from './sheets.js';

let report = () => {};
let picker = null;
let target = null;
/** Bookings this page changed itself, and when: the live stream's news of them is no news to the owner. */
const ownChanges = new Map();

export function changedHere(id) {
  ownChanges.set(id, Date.now());
}

export function initDetails(onError) {
  report = onError;
  picker = slotPicker($('move-picker'), pick => {
    target = pick;
    $('move-submit').disabled = !pick;
    $('move-submit').textContent = pick ? 'Перенести на ' + pick.date.slice(0, 5) + ' в ' + pick.time : 'Выберите время';
  });
  $('d-close').addEventListener('click', closeDetails);
  $('confirm-booking').addEventListener('click', () => changeStatus('confirm', 'Запись подтверждена'));
  $('no-show-booking').addEventListener('click', () => changeStatus('no-show', 'Отмечено: клиент не пришёл'));
  $('move-open').addEventListener('click', openMove);
  $('move-submit').addEventListener('click', move);
  $('cancel-booking').addEventListener('click', cancel);
}

export function openDetails(booking) {
  const again = state.selected && state.selected.id === booking.id;
  state.selected = booking;
  document.querySelectorAll('.is-selected').forEach(b => b.classList.remove('is-selected'));
  document.querySelectorAll('[data-booking-id="' + CSS.escape(String(booking.id)) + '"]').forEach(b => b.classList.add('is-selected'));
  const details = $('details');
  details.dataset.bookingId = booking.id;
  $('d-title').textContent = 'Запись №' + booking.id;
  $('d-client').replaceChildren(...clientFacts(booking));
  $('d-employee').textContent = booking.employee_name;
  $('d-when').textContent = booking.date + ', ' + booking.time + '–' + booking.end_time;
  $('d-services').replaceChildren(...(booking.services || []).map(s =>
    el('li', '', s.title + ' · ' + s.duration + ' мин · ' + money(s.price))));
  $('d-cost').textContent = money(booking.total_cost);
  $('d-status').textContent = statusText(booking)
    + (booking.confirmed_at && booking.status !== 'confirmed' ? ' · подтвердил ' + stamp(booking.confirmed_at) : '');
  $('d-reminders').replaceChildren(...reminderFacts(booking));
  showActions(booking);
  if (!again) {
    $('move-error').textContent = '';
    $('d-message').textContent = '';
    $('cancel-reason').value = '';
    $('move').hidden = true;
    disarmCancel();
  }
  if (details.hidden) {
    openSheet(details, closeDetails);
    $('d-title').focus({ preventScroll: true });
  }
}

export function closeDetails() {
  state.selected = null;
  target = null;
  $('d-message').textContent = '';
  closeSheet($('details'));
  document.querySelectorAll('.is-selected').forEach(b => b.classList.remove('is-selected'));
}

/** The live calendar says these bookings changed: the one open here is read again. */
export async function bookingChanged(ids) {
  const open = state.selected;
  if (!open || !ids.includes(open.id)) return;
  const mine = Date.now() - (ownChanges.get(open.id) || 0) < 10_000;
  try {
    const fresh = await api('GET', '/api/v1/admin/bookings/' + open.id);
    if (state.selected && state.selected.id === fresh.id) {
      openDetails(fresh);
      if (!mine) $('d-message').textContent = 'Запись изменилась: показано, как она есть сейчас';
    }
  } catch (error) {
    report(error, $('move-error'));
  }
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

/** The client: name, a phone to call (a tel: link) and the id the bots know them by. */
function clientFacts(booking) {
  const facts = [el('div', 'client__name', booking.client_name || 'Имя неизвестно')];
  if (booking.client_phone) {
    const phone = el('a', 'client__phone', booking.client_phone);
    phone.href = 'tel:' + booking.client_phone;
    facts.push(phone);
  } else {
    facts.push(el('div', 'client__phone client__phone--none', 'Телефон неизвестен'));
  }
  facts.push(el('div', 'client__id', booking.client_id));
  return facts;
}

/** Only what the booking's status allows: confirm before the visit, a no-show from its start, move and cancel before it. */
function showActions(booking) {
  const holding = booking.status === 'active' || booking.status === 'confirmed';
  const now = branchNow();
  const started = isoOfRu(booking.date) + 'T' + booking.time <= now.iso + 'T' + String(Math.floor(now.minutes / 60)).padStart(2, '0')
    + ':' + String(now.minutes % 60).padStart(2, '0');
  $('confirm-booking').hidden = booking.status !== 'active' || started;
  $('no-show-booking').hidden = !(holding || booking.status === 'completed') || !started;
  $('move-open').hidden = !holding || started;
  $('cancel-box').hidden = !holding || started;
  if (!holding || started) $('move').hidden = true;
}

async function changeStatus(action, done) {
  if (!state.selected) return;
  $('move-error').textContent = '';
  try {
    changedHere(state.selected.id);
    const answer = await api('POST', '/api/v1/admin/bookings/' + state.selected.id + '/' + action);
    if (answer && answer.booking) openDetails(answer.booking);
    $('d-message').textContent = done;
    await refresh();
  } catch (error) {
    report(error, $('move-error'));
  }
}

function openMove() {
  const booking = state.selected;
  if (!booking) return;
  $('move').hidden = false;
  $('move-error').textContent = '';
  picker.load({ bookingId: booking.id, date: isoOfRu(booking.date) });
  $('move').scrollIntoView({ block: 'nearest' });
}

async function move() {
  const booking = state.selected;
  if (!booking || !target) return;
  const { date, time } = target;
  $('move-error').textContent = '';
  $('move-submit').disabled = true;
  try {
    changedHere(booking.id);
    const answer = await api('POST', '/api/v1/admin/bookings/' + booking.id + '/move', { date, time });
    $('move').hidden = true;
    if (answer && answer.booking) openDetails(answer.booking);
    $('d-message').textContent = 'Запись перенесена на ' + date + ' ' + time;
    goTo(isoOfRu(date));
  } catch (error) {
    report(error, $('move-error'));
    // The refusal is said above the free times: bring it into view, wherever the owner had scrolled to.
    $('move-error').scrollIntoView({ block: 'nearest' });
    picker.reload();
  }
}

function disarmCancel() {
  const b = $('cancel-booking');
  b.classList.remove('is-armed');
  b.textContent = 'Отменить запись';
}

async function cancel() {
  const b = $('cancel-booking');
  if (!state.selected) return;
  if (!b.classList.contains('is-armed')) {
    b.classList.add('is-armed');
    b.textContent = 'Точно отменить? Нажмите ещё раз';
    return;
  }
  b.disabled = true;
  try {
    const reason = $('cancel-reason').value.trim();
    changedHere(state.selected.id);
    await api('POST', '/api/v1/admin/bookings/' + state.selected.id + '/cancel', reason ? { reason } : undefined);
    closeDetails();
    await refresh();
  } catch (error) {
    report(error, $('move-error'));
  } finally {
    b.disabled = false;
    disarmCancel();
  }
}
