/*
 * A picker of free times from the admin API's free-times (the owner's desk: from now on, every 15 minutes, inside
 * the branch's min_notice too; a move sees its booking's own time as free). The dates with free time, then the free
 * starts of the date chosen. Nothing is typed, so no impossible time can be asked for.
 */
import { api } from './api.js';
import { explain } from './refusals.js';
import { el } from './dom.js';
import { isoOfRu, ruOfIso, parseIso, WEEKDAYS, weekday } from './dates.js';

const DAYS_AHEAD = 60;

/**
 * Draws a picker into {@code container}; {@code onPick({date, time})} is told of each choice (date as dd.MM.yyyy),
 * and {@code onPick(null)} when the choice is gone.
 */
export function slotPicker(container, onPick) {
  let ticket = 0;
  let wish = null;
  let chosen = null;
  const dates = el('div', 'picker__dates');
  dates.setAttribute('role', 'group');
  dates.setAttribute('aria-label', 'Дата');
  const times = el('div', 'picker__times');
  times.setAttribute('role', 'group');
  times.setAttribute('aria-label', 'Время');
  const note = el('p', 'picker__note muted');
  container.replaceChildren(el('div', 'picker'));
  container.firstChild.append(dates, note, times);

  function say(text) { note.textContent = text || ''; }

  function choose(value) {
    chosen = value;
    onPick(value);
  }

  /** The query naming what is sought: a move's booking, or a new visit's services, employee and client. */
  function query(request) {
    const q = new URLSearchParams();
    if (request.bookingId) {
      q.set('booking_id', request.bookingId);
    } else {
      q.set('company_id', request.company);
      q.set('service_ids', request.serviceIds.join(','));
      if (request.employeeId) q.set('employee_id', request.employeeId);
      if (request.clientId) q.set('client_id', request.clientId);
    }
    return q;
  }

  /**
   * Looks again for {company, serviceIds, employeeId, clientId, date (ISO, the one to show first)}, or for a move:
   * {bookingId, date}.
   */
  async function load(request) {
    wish = request;
    const mine = ++ticket;
    choose(null);
    dates.replaceChildren();
    times.replaceChildren();
    if (!request || (!request.bookingId && !request.serviceIds.length)) { say('Выберите услугу, чтобы увидеть свободное время'); return; }
    say('Ищем свободное время…');
    try {
      const q = query(request);
      q.set('days', DAYS_AHEAD);
      const free = (await api('GET', '/api/v1/admin/free-times/dates?' + q)).dates;
      if (mine !== ticket) return;
      if (!free.length) { say('Свободного времени нет в ближайшие ' + DAYS_AHEAD + ' дней'); return; }
      const first = request.date && free.includes(ruOfIso(request.date)) ? ruOfIso(request.date) : free[0];
      dates.replaceChildren(...free.map(ru => dateButton(ru, ru === first)));
      await showTimes(first, mine);
    } catch (error) {
      if (mine === ticket) say(explain(error).text);
    }
  }

  function dateButton(ru, on) {
    const iso = isoOfRu(ru);
    const b = el('button', 'chip chip--date' + (on ? ' is-on' : ''));
    b.type = 'button';
    b.dataset.date = iso;
    b.setAttribute('aria-pressed', String(on));
    b.append(el('span', 'chip__small', WEEKDAYS[weekday(iso)]), el('span', 'chip__big', String(parseIso(iso).getUTCDate())),
      el('span', 'chip__small', parseIso(iso).toLocaleDateString('ru-RU', { month: 'short', timeZone: 'UTC' })));
    b.addEventListener('click', () => {
      dates.querySelectorAll('.chip--date').forEach(d => { d.classList.toggle('is-on', d === b); d.setAttribute('aria-pressed', String(d === b)); });
      showTimes(ru, ++ticket);
    });
    if (on) requestAnimationFrame(() => b.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
    return b;
  }

  async function showTimes(ru, mine) {
    choose(null);
    times.replaceChildren();
    say('Ищем свободное время…');
    try {
      const q = query(wish);
      q.set('date', ru);
      const free = (await api('GET', '/api/v1/admin/free-times?' + q)).times;
      if (mine !== ticket) return;
      say(free.length ? 'Свободно ' + ru + ':' : 'На ' + ru + ' свободного времени уже нет');
      times.replaceChildren(...free.map(time => {
        const b = el('button', 'chip chip--time', time);
        b.type = 'button';
        b.dataset.time = time;
        b.setAttribute('aria-pressed', 'false');
        b.addEventListener('click', () => {
          times.querySelectorAll('.chip--time').forEach(t => { t.classList.toggle('is-on', t === b); t.setAttribute('aria-pressed', String(t === b)); });
          choose({ date: ru, time });
        });
        return b;
      }));
    } catch (error) {
      if (mine === ticket) say(explain(error).text);
    }
  }

  return { load, reload: () => load(wish && Object.assign({}, wish, { date: chosen ? isoOfRu(chosen.date) : wish.date })), chosen: () => chosen };
}
