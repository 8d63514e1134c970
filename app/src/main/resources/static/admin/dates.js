/* Dates as the page keeps them (ISO yyyy-MM-dd, dd.MM.yyyy on the wire) and the branch's clock: the server's time in its zone. */
import { state } from './state.js';

let offset = 0;

/** Sets the page's clock from the server's "now": the owner's phone may be wrong, or in another zone. */
export function setServerNow(iso) {
  const server = Date.parse(iso);
  if (!Number.isNaN(server)) offset = server - Date.now();
}

export function nowMs() {
  return Date.now() + offset;
}

/** The branch's date and time now, by its zone: {iso: "2030-03-04", minutes: 480}. */
export function branchNow() {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: state.zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
  }).formatToParts(new Date(nowMs()));
  const part = type => parts.find(p => p.type === type).value;
  return { iso: part('year') + '-' + part('month') + '-' + part('day'), minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

export function branchToday() {
  return branchNow().iso;
}

export function pad(n) { return String(n).padStart(2, '0'); }
/** Calendar dates are computed in UTC: the browser's own zone never shifts a day. */
export function parseIso(iso) { const [y, m, d] = iso.split('-').map(Number); return new Date(Date.UTC(y, m - 1, d)); }
export function isoOf(d) { return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()); }
export function addDays(iso, days) { const d = parseIso(iso); d.setUTCDate(d.getUTCDate() + days); return isoOf(d); }
export function ruOfIso(iso) { const [y, m, d] = iso.split('-'); return d + '.' + m + '.' + y; }
export function isoOfRu(ru) { const [d, m, y] = ru.split('.'); return y + '-' + m + '-' + d; }
export function minutes(hhmm) { const [h, m] = hhmm.split(':').map(Number); return h * 60 + m; }
export function hhmm(total) { return pad(Math.floor(total / 60)) + ':' + pad(total % 60); }
export function weekday(iso) { return parseIso(iso).getUTCDay(); }
export function mondayOf(iso) { return addDays(iso, -((weekday(iso) + 6) % 7)); }

function format(iso, options) {
  return parseIso(iso).toLocaleDateString('ru-RU', Object.assign({ timeZone: 'UTC' }, options));
}
export function longDay(iso) {
  const text = format(iso, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return text.charAt(0).toUpperCase() + text.slice(1);
}
export function dayMonth(iso) { return format(iso, { day: 'numeric', month: 'long' }); }
export function dayMonthYear(iso) { return format(iso, { day: 'numeric', month: 'long', year: 'numeric' }); }
export function shortDay(iso) { return format(iso, { weekday: 'short', day: 'numeric', month: 'short' }); }
export function monthTitle(iso) {
  const text = format(iso, { month: 'long', year: 'numeric' });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "2030-03-04T08:15:00+03:00", already on the branch's clock, as "04.03 08:15". */
export function stamp(iso) {
  return iso.slice(8, 10) + '.' + iso.slice(5, 7) + ' ' + iso.slice(11, 16);
}

export const DAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
export const WEEKDAYS = ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'];

/** The employee's working intervals on a day, in minutes, from the catalog's schedule: the date's own, else the week's. */
export function workingHours(employee, iso) {
  const schedule = employee.schedule || {};
  const dates = schedule.dates || {};
  const intervals = Object.prototype.hasOwnProperty.call(dates, iso) ? dates[iso]
    : ((schedule.weekly || {})[DAY_KEYS[weekday(iso)]] || []);
  return intervals.map(text => text.split('-').map(minutes));
}
