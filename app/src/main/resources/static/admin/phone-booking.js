/*
 * Booking a client who phoned: their phone (a client the app knows by it is found), name, services, an employee or
 * anyone, and a free time from the picker. The admin API books them as "phone-<number>" unless they are known.
 */
import { state } from './state.js';
import { api, Refused } from './api.js';
import { $, el, option, money, showRefusal, clearErrors } from './dom.js';
import { isoOfRu } from './dates.js';
import { showExplained } from './refusals.js';
import { goTo } from './calendar.js';
import { openDetails, changedHere } from './details.js';
import { slotPicker } from './slots.js';
import { openDialog, closeDialog } from './sheets.js';

let report = () => {};
let picker = null;
let target = null;
let known = null;
let lookup = 0;
let lookupTimer = null;
let lookedUp = null;

export function initPhoneBooking(onError) {
  report = onError;
  picker = slotPicker($('book-picker'), pick => {
    target = pick;
    $('book-submit').disabled = !pick;
    $('book-submit').textContent = pick ? 'Записать на ' + pick.date.slice(0, 5) + ' в ' + pick.time : 'Выберите время';
  });
  $('book-open').addEventListener('click', open);
  $('book-close').addEventListener('click', () => closeDialog($('book-dialog')));
  $('book-employee').addEventListener('change', reload);
  $('book-phone').addEventListener('input', () => {
    if (known) { known = null; reload(); }
    $('book-known').hidden = true;
    clearTimeout(lookupTimer);
    lookupTimer = setTimeout(findClient, 600);
  });
  $('book-phone').addEventListener('change', findClient);
  $('book-form').addEventListener('submit', event => { event.preventDefault(); book(); });
}

function open() {
  const form = $('book-form');
  form.reset();
  clearErrors(form);
  $('book-error').textContent = '';
  $('book-known').hidden = true;
  known = null;
  lookedUp = null;
  target = null;
  $('book-service-list').replaceChildren(...state.services.map(service => {
    const label = el('label', 'choice');
    const box = el('input');
    box.type = 'checkbox';
    box.value = service.id;
    box.addEventListener('change', () => { employees(); reload(); });
    const text = el('span', 'choice__text');
    text.append(el('span', '', service.title), el('span', 'muted', service.duration + ' мин · ' + money(service.price)));
    label.append(box, text);
    return label;
  }));
  employees();
  openDialog($('book-dialog'));
  reload();
  $('book-phone').focus();
}

function chosenServices() {
  return [...$('book-service-list').querySelectorAll('input:checked')].map(box => Number(box.value));
}

/** "Anyone" and the employees who provide every chosen service. */
function employees() {
  const select = $('book-employee');
  const before = select.value;
  const services = chosenServices();
  const able = state.employees.filter(e => services.every(id => (e.service_ids || []).includes(id)));
  select.replaceChildren(option('', 'Любой свободный мастер'), ...able.map(e => option(e.id, e.name, String(e.id) === before)));
}

function reload() {
  const services = chosenServices();
  picker.load(services.length ? {
    company: state.company, serviceIds: services, employeeId: $('book-employee').value ? Number($('book-employee').value) : null,
    clientId: known ? known.client_id : null, date: state.date
  } : null);
}

/** A client the app already knows by this phone (from Telegram, the chat, an earlier call) is booked as themselves. */
async function findClient() {
  clearTimeout(lookupTimer);
  const phone = $('book-phone').value.trim();
  if (phone === lookedUp) return;
  lookedUp = phone;
  const slot = $('book-form').querySelector('[data-error-for="client.phone"]');
  slot.textContent = '';
  if (phone.replace(/\D/g, '').length < 10) return;
  const mine = ++lookup;
  try {
    const answer = await api('GET', '/api/v1/admin/clients?phone=' + encodeURIComponent(phone));
    if (mine !== lookup) return;
    const before = known;
    known = (answer.clients || [])[0] || null;
    const box = $('book-known');
    box.hidden = !known;
    if (known) {
      box.replaceChildren(el('span', '', 'Знакомый клиент: '), el('strong', '', known.name || 'без имени'),
        el('span', 'muted', ' · ' + known.client_id));
      if (!$('book-name').value.trim() && known.name) $('book-name').value = known.name;
    }
    // The free times count the client's own waitlist holds: read again only when the client changed.
    if ((before && before.client_id) !== (known && known.client_id)) reload();
  } catch (error) {
    if (mine !== lookup) return;
    if (error instanceof Refused) showExplained(slot, error, true);
    else report(error, $('book-error'));
  }
}

async function book() {
  const form = $('book-form');
  clearErrors(form);
  $('book-error').textContent = '';
  const phone = $('book-phone').value.trim();
  if (!phone) {
    showRefusal(form, new Refused('client.phone: укажите телефон клиента, чтобы ему можно было перезвонить'), $('book-error'));
    return;
  }
  if (!target) return;
  const body = {
    company_id: Number(state.company), service_ids: chosenServices(), date: target.date, time: target.time,
    client: { phone }
  };
  const name = $('book-name').value.trim();
  if (name) body.client.name = name;
  if ($('book-employee').value) body.employee_id = Number($('book-employee').value);
  if (known) body.client_id = known.client_id;
  $('book-submit').disabled = true;
  try {
    const answer = await api('POST', '/api/v1/admin/bookings', body);
    closeDialog($('book-dialog'));
    goTo(isoOfRu(target.date));
    if (answer && answer.booking) {
      changedHere(answer.booking.id);
      openDetails(answer.booking);
      $('d-message').textContent = 'Клиент записан';
    }
  } catch (error) {
    if (error instanceof Refused) {
      showRefusal(form, error, $('book-error'));
      if (error.status === 409) picker.reload();
    } else {
      report(error, $('book-error'));
    }
  } finally {
    $('book-submit').disabled = !target;
  }
}
