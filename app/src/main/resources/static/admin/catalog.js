/*
 * The catalog in the page: the branch (its booking rules), its services and its employees (their services, weekly
 * hours and single dates). Every change is sent to the admin catalog API, which checks it as it checks the catalog
 * file; a refusal is shown next to the field it names.
 */
import { state } from './state.js';
import { api, Refused } from './api.js';
import { $, el, button, option, money, plural, initials, showRefusal, clearErrors } from './dom.js';
import { hhmm } from './dates.js';
import { colorOf } from './calendar.js';
import { openDialog, closeDialog } from './sheets.js';
import { scheduleEditor } from './schedule.js';

const UNITS = [['m', 'минут'], ['h', 'часов'], ['d', 'дней']];
const RULES = [
  ['min_notice', 'Записывать не раньше чем за', 'клиент не запишется на время, до которого осталось меньше'],
  ['max_advance', 'Записывать не дальше чем на', 'насколько вперёд открыт календарь'],
  ['cancel_notice', 'Перенос и отмена клиентом — не позже чем за', 'до начала визита; вы можете всегда']
];
let report = () => {};
let reloadCatalog = async () => {};
let editing = null;
/** The branch form's reminders as being edited: [number, unit] each. */
let reminderRows = [];

/** {@code reload} reads the branch's catalog again (the calendar and the booking form use it too). */
export function initCatalog(onError, reload) {
  report = onError;
  reloadCatalog = reload;
  $('service-new').addEventListener('click', () => editService(null));
  $('employee-new').addEventListener('click', () => editEmployee(null));
  $('editor-close').addEventListener('click', () => closeDialog($('editor')));
  $('editor-form').addEventListener('submit', event => { event.preventDefault(); if (editing) editing.save(); });
  $('editor-off').addEventListener('click', () => { if (editing && editing.off) editing.off(); });
  $('branch-form').addEventListener('submit', event => { event.preventDefault(); saveBranch(); });
}

export function renderCatalog() {
  renderBranch();
  $('services').replaceChildren(...state.services.map(s => {
    const li = el('li');
    const row = el('button', 'list__row');
    row.type = 'button';
    row.dataset.serviceId = s.id;
    const text = el('span', 'grow');
    const category = state.categories.find(c => c.id === s.category_id);
    text.append(el('span', 'list__title', s.title), el('span', 'sub', s.duration + ' мин'
      + (s.buffer_before || s.buffer_after ? ' · перерыв ' + (s.buffer_before || 0) + '/' + (s.buffer_after || 0) + ' мин' : '')
      + (category ? ' · ' + category.name : '') + (s.description ? ' · ' + s.description : '')));
    row.append(text, el('span', 'pill', money(s.price)));
    row.addEventListener('click', () => editService(s));
    li.append(row);
    return li;
  }));
  $('employees').replaceChildren(...state.employees.map(e => {
    const li = el('li');
    const row = el('button', 'list__row');
    row.type = 'button';
    row.dataset.employeeId = e.id;
    const avatar = el('span', 'avatar', initials(e.name));
    avatar.style.setProperty('--c', colorOf(e.id)[0]);
    const text = el('span', 'grow');
    const title = state.categories.find(c => c.id === e.job_title_id);
    text.append(el('span', 'list__title', e.name), el('span', 'sub', [title && title.name, e.information].filter(Boolean).join(' · ')));
    row.append(avatar, text, el('span', 'pill', plural((e.service_ids || []).length, 'услуга', 'услуги', 'услуг')));
    row.addEventListener('click', () => editEmployee(e));
    li.append(row);
    return li;
  }));
}

// ---- fields

function field(label, input, key, hint) {
  const box = el('label', 'field');
  box.append(el('span', '', label), input);
  if (hint) box.append(el('span', 'field__hint muted', hint));
  const error = el('span', 'field__error');
  error.dataset.errorFor = key;
  box.append(error);
  return box;
}

function text(id, value, attrs) {
  const input = el('input');
  input.id = id;
  input.value = value === null || value === undefined ? '' : value;
  Object.assign(input, attrs || {});
  return input;
}

function area(id, value) {
  const input = el('textarea');
  input.id = id;
  input.rows = 2;
  input.value = value || '';
  return input;
}

function select(id, options, value) {
  const input = el('select');
  input.id = id;
  input.replaceChildren(...options.map(([v, label]) => option(v, label, String(v) === String(value))));
  return input;
}

/** A whole number as a number, anything else as typed: the API says what is wrong with it, naming the field. */
function whole(value) {
  const t = value.trim();
  return /^\d{1,9}$/.test(t) ? Number(t) : t;
}

function amount(value) {
  const t = value.trim().replace(',', '.');
  return /^\d{1,10}(\.\d{1,2})?$/.test(t) ? Number(t) : t;
}

function id(value) {
  return value === '' ? null : Number(value);
}

// ---- the branch

/** "90m", "2h", "7d" as a number and a unit. */
function durationParts(text) {
  const match = /^(\d+)([mhd])$/.exec(text || '');
  return match ? [match[1], match[2]] : [text === '0' ? '0' : (text || ''), 'm'];
}

function durationField(key, label, hint, value) {
  const [n, unit] = durationParts(value);
  const box = el('div', 'field field--duration');
  box.append(el('span', '', label));
  const row = el('div', 'duration');
  const number = text('rule-' + key, n, { inputMode: 'numeric', autocomplete: 'off' });
  number.setAttribute('aria-label', label);
  const units = select('rule-' + key + '-unit', UNITS, unit);
  units.setAttribute('aria-label', label + ': единица');
  row.append(number, units);
  box.append(row, el('span', 'field__hint muted', hint));
  const error = el('span', 'field__error');
  error.dataset.errorFor = 'booking_rules.' + key;
  box.append(error);
  return box;
}

function errorFor(key) {
  const error = el('span', 'field__error');
  error.dataset.errorFor = key;
  return error;
}

/** Reminders before each visit, a follow-up after it, and quiet hours when neither is sent. */
function remindersBlock(b) {
  const block = el('fieldset', 'form-block');
  block.append(el('legend', '', 'Напоминания клиенту'));
  reminderRows = (b.reminders || []).map(durationParts);
  const list = el('div', 'reminder-list');
  list.id = 'branch-reminders';
  const draw = () => {
    list.replaceChildren(...reminderRows.map((row, i) => {
      const line = el('div', 'reminder-row');
      const number = text('reminder-' + i, row[0], { inputMode: 'numeric', autocomplete: 'off' });
      number.setAttribute('aria-label', 'Напоминание ' + (i + 1));
      number.addEventListener('input', () => { row[0] = number.value; });
      const unit = select('reminder-' + i + '-unit', UNITS, row[1]);
      unit.setAttribute('aria-label', 'Напоминание ' + (i + 1) + ': единица');
      unit.addEventListener('change', () => { row[1] = unit.value; });
      const remove = button('round round--quiet', '×', () => { reminderRows.splice(i, 1); draw(); });
      remove.setAttribute('aria-label', 'Убрать напоминание ' + (i + 1));
      line.append(el('span', 'muted', 'за'), number, unit, remove, errorFor('reminders[' + i + ']'));
      return line;
    }));
    if (!reminderRows.length) list.append(el('p', 'muted', 'Напоминаний нет'));
  };
  draw();
  const add = button('ghost ghost--small', '+ напоминание', () => { reminderRows.push(['2', 'h']); draw(); });
  add.id = 'reminder-add';
  const [n, unit] = b.follow_up ? durationParts(b.follow_up) : ['', 'h'];
  const follow = el('div', 'field field--duration');
  const followNumber = text('follow-up', b.follow_up ? n : '', { inputMode: 'numeric', autocomplete: 'off', placeholder: 'нет' });
  followNumber.setAttribute('aria-label', 'Сообщение после визита');
  const followUnit = select('follow-up-unit', UNITS, unit);
  followUnit.setAttribute('aria-label', 'Сообщение после визита: единица');
  const followRow = el('div', 'duration');
  followRow.append(followNumber, followUnit);
  follow.append(el('span', '', 'Сообщение после визита через'), followRow,
    el('span', 'field__hint muted', 'пусто — не писать'), errorFor('follow_up'));
  const [quietFrom, quietTo] = (b.quiet_hours || '').split('-');
  const times = [['', '—'], ...Array.from({ length: 96 }, (_, i) => [hhmm(i * 15), hhmm(i * 15)])];
  const quiet = el('div', 'field');
  const quietRow = el('div', 'duration');
  const from = select('quiet-from', times, quietFrom || '');
  from.setAttribute('aria-label', 'Тихие часы: с');
  const to = select('quiet-to', times, quietTo || '');
  to.setAttribute('aria-label', 'Тихие часы: до');
  quietRow.append(from, to);
  quiet.append(el('span', '', 'Тихие часы (не писать с … до …)'), quietRow, errorFor('quiet_hours'));
  block.append(list, add, errorFor('reminders'), follow, quiet);
  return block;
}

function renderBranch() {
  const b = state.branch;
  const form = $('branch-form');
  if (!b) { form.replaceChildren(); return; }
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [b.timezone];
  if (!zones.includes(b.timezone)) zones.unshift(b.timezone);
  const online = el('input');
  online.type = 'checkbox';
  online.id = 'branch-online';
  online.checked = b.online_booking;
  const onlineBox = el('label', 'switch');
  onlineBox.append(online, el('span', '', 'Принимать онлайн-запись (бот, чат, функции)'));
  const onlineError = el('span', 'field__error');
  onlineError.dataset.errorFor = 'online_booking';
  const rules = el('fieldset', 'form-block');
  rules.append(el('legend', '', 'Правила записи'));
  const current = b.booking_rules || {};
  for (const [key, label, hint] of RULES) rules.append(durationField(key, label, hint, current[key]));
  const rulesError = el('span', 'field__error');
  rulesError.dataset.errorFor = 'booking_rules';
  rules.append(rulesError);
  const save = el('button', 'primary', 'Сохранить филиал');
  save.type = 'submit';
  save.id = 'branch-save';
  form.replaceChildren(
    field('Название', text('branch-name', b.name, { maxLength: 200 }), 'name'),
    field('Адрес', text('branch-address', b.address, { maxLength: 500 }), 'address'),
    field('Часовой пояс', select('branch-timezone', zones.map(z => [z, z]), b.timezone), 'timezone',
      'даты и время записей — по часам филиала'),
    onlineBox, onlineError, rules, remindersBlock(b),
    el('p', 'error', ''), el('p', 'ok', ''), save);
  form.querySelector('p.error').id = 'branch-error';
  form.querySelector('p.ok').id = 'branch-message';
}

async function saveBranch() {
  const form = $('branch-form');
  clearErrors(form);
  $('branch-error').textContent = '';
  $('branch-message').textContent = '';
  const rules = {};
  for (const [key] of RULES) {
    const n = $('rule-' + key).value.trim();
    rules[key] = /^\d+$/.test(n) ? n + $('rule-' + key + '-unit').value : n;
  }
  const duration = (n, unit) => /^\d+$/.test(n.trim()) ? n.trim() + unit : n.trim();
  const follow = $('follow-up').value.trim();
  // Both ends or neither: one end alone is sent as it is, for the API to say what is missing.
  const quiet = $('quiet-from').value || $('quiet-to').value ? $('quiet-from').value + '-' + $('quiet-to').value : null;
  const body = {
    name: $('branch-name').value, address: $('branch-address').value, timezone: $('branch-timezone').value,
    online_booking: $('branch-online').checked, booking_rules: rules,
    reminders: reminderRows.map(([n, unit]) => duration(n, unit)),
    follow_up: follow ? duration(follow, $('follow-up-unit').value) : null,
    quiet_hours: quiet
  };
  try {
    await api('PUT', '/api/v1/admin/companies/' + state.company, body);
    await reloadCatalog();
    $('branch-message').textContent = 'Сохранено';
  } catch (error) {
    failedIn(form, error, $('branch-error'));
  }
}

function failedIn(form, error, fallback) {
  if (error instanceof Refused) showRefusal(form, error, fallback);
  else report(error, fallback);
}

// ---- the editor dialog: a service or an employee

function openEditor(title, fields, actions) {
  editing = actions;
  $('editor-title').textContent = title;
  $('editor-fields').replaceChildren(...fields);
  $('editor-error').textContent = '';
  $('editor-message').textContent = '';
  clearErrors($('editor-form'));
  const off = $('editor-off');
  off.hidden = !actions.off;
  off.classList.remove('is-armed');
  off.textContent = actions.offLabel || 'Отключить';
  openDialog($('editor'), () => { editing = null; });
}

/** A deactivation asks twice: the first press arms the button. */
function armed(button, question) {
  if (button.classList.contains('is-armed')) return true;
  button.classList.add('is-armed');
  button.textContent = question;
  return false;
}

async function done() {
  await reloadCatalog();
  closeDialog($('editor'));
}

function editService(service) {
  const s = service || { title: '', price: '', duration: 60, buffer_before: 0, buffer_after: 0, category_id: null, description: '' };
  const categories = [['', 'Без категории'], ...state.categories.filter(c => c.type === 'service_category').map(c => [c.id, c.name])];
  openEditor(service ? s.title : 'Новая услуга', [
    field('Название', text('service-title', s.title, { maxLength: 200 }), 'title'),
    el('div', 'row row--two'),
    el('div', 'row row--two'),
    field('Категория', select('service-category', categories, s.category_id === null ? '' : s.category_id), 'category_id'),
    field('Описание', area('service-description', s.description), 'description')
  ], {
    save: () => saveService(service),
    off: service ? () => offService(service) : null,
    offLabel: 'Отключить услугу'
  });
  const [money2, buffers] = $('editor-fields').querySelectorAll('.row--two');
  money2.append(field('Цена, ₽', text('service-price', s.price, { inputMode: 'decimal' }), 'price'),
    field('Длительность, мин', text('service-duration', s.duration, { inputMode: 'numeric' }), 'duration'));
  buffers.append(field('Перерыв до, мин', text('service-buffer-before', s.buffer_before, { inputMode: 'numeric' }), 'buffer_before'),
    field('Перерыв после, мин', text('service-buffer-after', s.buffer_after, { inputMode: 'numeric' }), 'buffer_after'));
}

async function saveService(service) {
  const body = {
    title: $('service-title').value, price: amount($('service-price').value), duration: whole($('service-duration').value),
    buffer_before: whole($('service-buffer-before').value), buffer_after: whole($('service-buffer-after').value),
    category_id: id($('service-category').value), description: $('service-description').value
  };
  try {
    if (service) await api('PUT', '/api/v1/admin/services/' + service.id, body);
    else await api('POST', '/api/v1/admin/companies/' + state.company + '/services', body);
    await done();
  } catch (error) {
    failedIn($('editor-form'), error, $('editor-error'));
  }
}

async function offService(service) {
  if (!armed($('editor-off'), 'Точно отключить? Нажмите ещё раз')) return;
  try {
    await api('DELETE', '/api/v1/admin/services/' + service.id);
    await done();
  } catch (error) {
    failedIn($('editor-form'), error, $('editor-error'));
  }
}

function editEmployee(employee) {
  const e = employee || { name: '', information: '', job_title_id: null, service_ids: [], schedule: { weekly: {}, dates: {} } };
  const titles = [['', 'Без должности'], ...state.categories.filter(c => c.type === 'job_title').map(c => [c.id, c.name])];
  const services = el('fieldset', 'field choices');
  services.append(el('legend', '', 'Услуги'));
  const list = el('div', 'choices__list');
  list.id = 'employee-services';
  list.append(...state.services.map(s => {
    const label = el('label', 'choice');
    const box = el('input');
    box.type = 'checkbox';
    box.value = s.id;
    box.checked = (e.service_ids || []).includes(s.id);
    label.append(box, el('span', 'choice__text', s.title));
    return label;
  }));
  const error = el('span', 'field__error');
  error.dataset.errorFor = 'service_ids';
  services.append(list, error);
  const schedule = scheduleEditor(e.schedule || {}, state.date);
  let force = false;
  openEditor(employee ? e.name : 'Новый мастер', [
    field('Имя', text('employee-name', e.name, { maxLength: 200 }), 'name'),
    field('Должность', select('employee-title', titles, e.job_title_id === null ? '' : e.job_title_id), 'job_title_id'),
    field('О мастере', area('employee-information', e.information), 'information'),
    services,
    schedule.node
  ], {
    save: () => saveEmployee(employee, schedule),
    off: employee ? async () => { force = await offEmployee(employee, force); } : null,
    offLabel: 'Отключить мастера'
  });
}

async function saveEmployee(employee, schedule) {
  const body = {
    name: $('employee-name').value, information: $('employee-information').value, job_title_id: id($('employee-title').value),
    service_ids: [...$('employee-services').querySelectorAll('input:checked')].map(box => Number(box.value)),
    schedule: schedule.value()
  };
  try {
    if (employee) await api('PUT', '/api/v1/admin/employees/' + employee.id, body);
    else await api('POST', '/api/v1/admin/companies/' + state.company + '/employees', body);
    await done();
  } catch (error) {
    failedIn($('editor-form'), schedule.place(error), $('editor-error'));
  }
}

/** Answers whether the next press should deactivate whatever bookings are still to come. */
async function offEmployee(employee, force) {
  if (!force && !armed($('editor-off'), 'Точно отключить? Нажмите ещё раз')) return false;
  try {
    await api('DELETE', '/api/v1/admin/employees/' + employee.id + (force ? '?force=true' : ''));
    await done();
    return false;
  } catch (error) {
    if (error instanceof Refused && error.status === 409) {
      // Bookings still to come: say so; a third press keeps them and deactivates anyway.
      $('editor-error').replaceChildren('У мастера есть будущие записи: они останутся в календаре.',
        el('small', 'error__detail', error.message));
      $('editor-off').textContent = 'Всё равно отключить';
      return true;
    }
    failedIn($('editor-form'), error, $('editor-error'));
    return false;
  }
}
