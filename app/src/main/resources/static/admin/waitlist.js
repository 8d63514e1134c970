/* The waitlist of the day shown: who waits, in line order, and the start held for each one offered freed time. */
import { state } from './state.js';
import { api } from './api.js';
import { $, el, plural } from './dom.js';
import { ruOfIso, stamp } from './dates.js';

let report = () => {};
let asked = 0;

export function initWaitlist(onError) {
  report = onError;
  // The calendar says which day it shows (and shows it again after every change): the line is read again with it.
  document.addEventListener('admin:day', () => refreshWaitlist());
}

async function refreshWaitlist() {
  const date = state.date;
  const mine = ++asked;
  try {
    const answer = await api('GET', '/api/v1/admin/waitlist?company_id=' + encodeURIComponent(state.company) + '&date=' + date);
    if (mine === asked && date === state.date) renderWaitlist(answer.waitlist || []);
  } catch (error) {
    report(error, $('waitlist-summary'));
  }
}

function renderWaitlist(entries) {
  const day = ruOfIso(state.date);
  $('waitlist-summary').textContent = entries.length === 0 ? 'На ' + day + ' никто не ждёт'
    : 'На ' + day + ' ждут: ' + plural(entries.length, 'клиент', 'клиента', 'клиентов');
  $('waitlist').replaceChildren(...entries.map((entry, i) => {
    const li = el('li', 'waitlist__one');
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
