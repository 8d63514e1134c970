/* The owner's admin page: the token, a branch, its calendar and its catalog, over the admin API. */
import { state } from './state.js';
import { api, Unauthorized, TOKEN_KEY } from './api.js';
import { $, option } from './dom.js';
import { showExplained } from './refusals.js';
import { setServerNow, branchToday } from './dates.js';
import { initCalendar, refresh, render } from './calendar.js';
import { initDetails, closeDetails } from './details.js';
import { initPhoneBooking } from './phone-booking.js';
import { initCatalog, renderCatalog } from './catalog.js';
import { initSheets } from './sheets.js';
import { initWaitlist } from './waitlist.js';
import { stop as stopLive } from './live.js';

const COMPANY_KEY = 'slotbot.admin.company';

/** Shows a failure where it happened; a token that no longer works brings the login back. */
function failed(error, where) {
  if (error instanceof Unauthorized) {
    showLogin('Токен не подошёл. Введите его снова.');
  } else if (where) {
    showExplained(where, error);
  }
}

// ---- login

function showLogin(message) {
  stopLive();
  sessionStorage.removeItem(TOKEN_KEY);
  state.token = null;
  $('app').hidden = true;
  $('tools').hidden = true;
  $('tabs').hidden = true;
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
    const [branches, clock] = await Promise.all([
      api('POST', '/api/v1/functions/get_companies_for_booking', {}),
      api('GET', '/api/v1/admin/clock')
    ]);
    state.branches = Array.isArray(branches) ? branches : [];
    setServerNow(clock.now);
  } catch (error) {
    showLogin(error instanceof Unauthorized ? 'Токен не подошёл. Проверьте его и попробуйте снова.' : error.message);
    return;
  }
  $('login').hidden = true;
  $('app').hidden = false;
  $('tools').hidden = false;
  $('tabs').hidden = false;
  const select = $('branch');
  select.replaceChildren(...state.branches.map(b => option(b.id, b.name + (b.address ? ' — ' + b.address : ''))));
  const remembered = sessionStorage.getItem(COMPANY_KEY);
  if (remembered && state.branches.some(b => String(b.id) === remembered)) select.value = remembered;
  showTab(tabOfAddress());
  await chooseBranch(select.value);
}

$('branch').addEventListener('change', event => chooseBranch(event.target.value));

async function chooseBranch(id) {
  if (!id) { $('load-error').textContent = 'Нет филиалов с онлайн-записью.'; return; }
  const first = state.company === null;
  state.company = id;
  sessionStorage.setItem(COMPANY_KEY, id);
  closeDetails();
  try {
    await loadCatalog();
    if (first) state.date = branchToday();
    document.dispatchEvent(new CustomEvent('admin:branch', { detail: { company: state.company } }));
    await refresh();
  } catch (error) {
    failed(error, $('load-error'));
  }
}

/** The branch, its categories, services and employees: read at the start and after every change of the catalog. */
async function loadCatalog() {
  const id = state.company;
  const [employees, services, categories, branch] = await Promise.all([
    api('GET', '/api/v1/admin/companies/' + id + '/employees'),
    api('GET', '/api/v1/admin/companies/' + id + '/services'),
    api('GET', '/api/v1/admin/companies/' + id + '/categories'),
    api('GET', '/api/v1/admin/companies/' + id)
  ]);
  if (id !== state.company) return;
  state.branch = branch;
  state.zone = branch && branch.timezone;
  state.employees = employees.employees || [];
  state.services = services.services || [];
  state.categories = categories.categories || [];
  renderCatalog();
  if (state.date) render();
}

// ---- sections

function tabOfAddress() {
  const wanted = location.hash.replace('#', '');
  return document.querySelector('[data-tab="' + CSS.escape(wanted) + '"]') ? wanted : 'calendar';
}

function showTab(tab) {
  document.querySelectorAll('[data-tab]').forEach(b => {
    b.classList.toggle('is-on', b.dataset.tab === tab);
    if (b.dataset.tab === tab) b.setAttribute('aria-current', 'page'); else b.removeAttribute('aria-current');
  });
  document.querySelectorAll('[data-panel]').forEach(p => { p.hidden = p.dataset.panel !== tab; });
  if (tab !== 'calendar') closeDetails();
  document.dispatchEvent(new CustomEvent('admin:tab', { detail: { tab } }));
}

// A section is the address's #name: the back button goes back a section, and a section's own script (the bot
// studio's) hears the change too.
$('tabs').addEventListener('click', event => {
  const tab = event.target.closest('[data-tab]');
  if (!tab) return;
  if (location.hash === '#' + tab.dataset.tab) showTab(tab.dataset.tab);
  else location.hash = tab.dataset.tab;
});
window.addEventListener('hashchange', () => showTab(tabOfAddress()));

initSheets();
initCalendar(failed);
initDetails(failed);
initPhoneBooking(failed);
initWaitlist(failed);
initCatalog(failed, async () => { await loadCatalog(); await refresh(); });

if (state.token) start(); else showLogin('');

// What the page scrolls into view lands below the header, which stays on a phone's screen: its height as it is.
new ResizeObserver(() => document.documentElement.style.setProperty('--masthead', $('masthead').offsetHeight + 'px'))
  .observe($('masthead'));
