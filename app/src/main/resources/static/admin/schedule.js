/*
 * An employee's working hours: each weekday's intervals, and single dates that differ (a day off, other hours)
 * picked on a month's calendar. Times are chosen from a list in steps of 15 minutes, so none is malformed; whether
 * intervals overlap or end before they start is the catalog's to say, next to the day it names.
 */
import { el, button, option } from './dom.js';
import { DAY_KEYS, addDays, parseIso, isoOf, longDay, monthTitle, minutes, hhmm, weekday, mondayOf } from './dates.js';

const WEEK = [['mon', 'Пн'], ['tue', 'Вт'], ['wed', 'Ср'], ['thu', 'Чт'], ['fri', 'Пт'], ['sat', 'Сб'], ['sun', 'Вс']];
const DAY_NAMES = { MONDAY: 'mon', TUESDAY: 'tue', WEDNESDAY: 'wed', THURSDAY: 'thu', FRIDAY: 'fri', SATURDAY: 'sat', SUNDAY: 'sun' };
const STEP = 15;

function parse(intervals) {
  return (intervals || []).map(text => text.split('-').map(minutes));
}

function write(intervals) {
  return intervals.map(([s, e]) => hhmm(s) + '-' + hhmm(e));
}

function describe(intervals) {
  return intervals.length ? intervals.map(([s, e]) => hhmm(s) + '–' + hhmm(e)).join(', ') : 'выходной';
}

/** A list of intervals with a select for each end and a button to add one; {@code changed} hears every edit. */
function intervalsEditor(intervals, label, changed) {
  const box = el('div', 'intervals');
  function draw() {
    box.replaceChildren(...intervals.map((interval, i) => {
      const row = el('span', 'interval');
      const from = timeSelect(interval[0], 0, 24 * 60 - STEP, label + ': начало');
      const to = timeSelect(interval[1], STEP, 24 * 60, label + ': конец');
      from.addEventListener('change', () => { interval[0] = Number(from.value); changed(); });
      to.addEventListener('change', () => { interval[1] = Number(to.value); changed(); });
      const remove = button('round round--quiet', '×', () => { intervals.splice(i, 1); draw(); changed(); });
      remove.setAttribute('aria-label', label + ': убрать ' + hhmm(interval[0]) + '–' + hhmm(interval[1]));
      row.append(from, el('span', 'interval__dash', '–'), to, remove);
      return row;
    }));
    if (intervals.length === 0) box.append(el('span', 'muted intervals__off', 'выходной'));
    const add = button('ghost ghost--small', '+ часы', () => {
      const last = intervals.length ? intervals[intervals.length - 1][1] : 9 * 60 - 60;
      const start = Math.min(last + 60, 23 * 60);
      intervals.push(intervals.length ? [start, Math.min(start + 120, 24 * 60)] : [9 * 60, 18 * 60]);
      draw();
      changed();
    });
    add.setAttribute('aria-label', label + ': добавить часы');
    box.append(add);
  }
  draw();
  return box;
}

function timeSelect(value, first, last, label) {
  const select = el('select', 'time');
  select.setAttribute('aria-label', label);
  for (let m = first; m <= last; m += STEP) select.append(option(m, hhmm(m), m === value));
  if (value % STEP !== 0 || value < first || value > last) select.prepend(option(value, hhmm(value), true));
  return select;
}

/** The editor of a schedule {weekly, dates}; {@code value()} is the schedule to send, {@code place(error)} aims a refusal at its day. */
export function scheduleEditor(schedule, startIso) {
  const weekly = {};
  for (const [key] of WEEK) weekly[key] = parse((schedule.weekly || {})[key]);
  const dates = {};
  for (const [iso, intervals] of Object.entries(schedule.dates || {})) dates[iso] = parse(intervals);
  let month = startIso.slice(0, 8) + '01';
  let picked = null;

  const week = el('fieldset', 'form-block schedule');
  week.append(el('legend', '', 'Часы работы по неделе'));
  for (const [key, name] of WEEK) {
    const row = el('div', 'day-row');
    row.dataset.day = key;
    const error = el('span', 'field__error');
    error.dataset.errorFor = 'schedule.weekly.' + key;
    row.append(el('span', 'day-row__name', name), intervalsEditor(weekly[key], name, () => drawMonth()), error);
    week.append(row);
  }
  const weekError = el('span', 'field__error');
  weekError.dataset.errorFor = 'schedule.weekly';
  week.append(weekError);

  const special = el('fieldset', 'form-block dates');
  special.append(el('legend', '', 'Особые дни'), el('p', 'field__hint muted', 'Выберите дату, чтобы сделать её выходным или задать другие часы.'));
  const head = el('div', 'month__head');
  const title = el('span', 'month__title');
  const prev = button('round', '‹', () => { month = isoOf(new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7) - 2, 1))); drawMonth(); });
  prev.setAttribute('aria-label', 'Предыдущий месяц');
  const next = button('round', '›', () => { month = isoOf(new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 1))); drawMonth(); });
  next.setAttribute('aria-label', 'Следующий месяц');
  head.append(prev, title, next);
  const grid = el('div', 'month');
  grid.setAttribute('role', 'group');
  const edit = el('div', 'date-edit');
  edit.hidden = true;
  const datesError = el('span', 'field__error');
  datesError.dataset.errorFor = 'schedule.dates';
  special.append(head, grid, edit, datesError);
  const whole = el('span', 'field__error');
  whole.dataset.errorFor = 'schedule';

  function drawMonth() {
    title.textContent = monthTitle(month);
    grid.setAttribute('aria-label', monthTitle(month));
    const cells = ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'].map(d => el('span', 'month__weekday', d));
    const first = mondayOf(month);
    for (let i = 0; i < 42; i++) {
      const iso = addDays(first, i);
      if (i >= 35 && iso.slice(0, 7) !== month.slice(0, 7)) break;
      const own = Object.prototype.hasOwnProperty.call(dates, iso);
      const hours = own ? dates[iso] : weekly[DAY_KEYS[weekday(iso)]];
      const cell = button('month__day' + (iso.slice(0, 7) !== month.slice(0, 7) ? ' is-other' : '')
        + (own ? (hours.length ? ' is-special' : ' is-off') : '') + (hours.length ? '' : ' is-rest') + (iso === picked ? ' is-on' : ''),
        String(parseIso(iso).getUTCDate()), () => pick(iso));
      cell.dataset.date = iso;
      cell.setAttribute('aria-label', longDay(iso) + ': ' + describe(hours) + (own ? ' (особый день)' : ''));
      cell.setAttribute('aria-pressed', String(iso === picked));
      cells.push(cell);
    }
    grid.replaceChildren(...cells);
  }

  function pick(iso) {
    picked = iso;
    drawMonth();
    drawDate();
  }

  function drawDate() {
    if (!picked) { edit.hidden = true; return; }
    edit.hidden = false;
    const iso = picked;
    const own = Object.prototype.hasOwnProperty.call(dates, iso);
    const usual = weekly[DAY_KEYS[weekday(iso)]];
    const kind = !own ? 'week' : dates[iso].length ? 'hours' : 'off';
    const choices = el('div', 'segmented');
    choices.setAttribute('role', 'group');
    choices.setAttribute('aria-label', 'Как работает ' + longDay(iso));
    for (const [value, label] of [['week', 'Как обычно'], ['off', 'Выходной'], ['hours', 'Другие часы']]) {
      const b = button('segmented__btn' + (kind === value ? ' is-on' : ''), label, () => {
        if (value === 'week') delete dates[iso];
        if (value === 'off') dates[iso] = [];
        if (value === 'hours') dates[iso] = own && dates[iso].length ? dates[iso] : (usual.length ? usual.map(i => [...i]) : [[9 * 60, 18 * 60]]);
        drawMonth();
        drawDate();
      });
      b.dataset.kind = value;
      b.setAttribute('aria-pressed', String(kind === value));
      choices.append(b);
    }
    const parts = [el('h4', 'date-edit__title', longDay(iso)), el('p', 'muted', 'По неделе: ' + describe(usual)), choices];
    if (kind === 'hours') parts.push(intervalsEditor(dates[iso], longDay(iso), () => drawMonth()));
    edit.replaceChildren(...parts);
  }

  drawMonth();
  const node = el('div', 'schedule-editor');
  node.append(week, special, whole);
  return {
    node,
    value() {
      const out = { weekly: {}, dates: {} };
      for (const [key] of WEEK) if (weekly[key].length) out.weekly[key] = write(weekly[key]);
      for (const iso of Object.keys(dates).sort()) out.dates[iso] = write(dates[iso]);
      return out;
    },
    /** "schedule: working intervals of MONDAY overlap" is Monday's; "… of 2030-03-08 …" the dates'. */
    place(error) {
      if (error && error.field === 'schedule') {
        const day = /of ([A-Z]+DAY) /.exec(error.message);
        const date = /of (\d{4}-\d{2}-\d{2}) /.exec(error.message);
        if (day && DAY_NAMES[day[1]]) error.field = 'schedule.weekly.' + DAY_NAMES[day[1]];
        else if (date) { error.field = 'schedule.dates'; pick(date[1]); }
        if (error.field !== 'schedule') error.message = error.message.replace(/^schedule: /, '');
      }
      return error;
    }
  };
}
