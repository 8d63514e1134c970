/* Small helpers to build the page from data: text only, never markup. */
import { showExplained } from './refusals.js';
export const $ = id => document.getElementById(id);

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

export function button(className, text, onClick) {
  const b = el('button', className, text);
  b.type = 'button';
  if (onClick) b.addEventListener('click', onClick);
  return b;
}

export function option(value, text, selected) {
  const o = el('option', '', text);
  o.value = value;
  if (selected) o.selected = true;
  return o;
}

export function plural(n, one, few, many) {
  const mod10 = n % 10, mod100 = n % 100;
  const word = mod10 === 1 && mod100 !== 11 ? one : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? few : many;
  return n + ' ' + word;
}

export function money(v) {
  return Number(v).toLocaleString('ru-RU', { maximumFractionDigits: 2 }) + ' ₽';
}

export function initials(name) {
  return name.split(/\s+/).filter(Boolean).slice(0, 2).map(w => w[0]).join('').toUpperCase();
}

/** Whether the page is laid out for a phone: sheets come up from the bottom, the week is a list. */
export function narrow() {
  return window.matchMedia('(max-width: 700px)').matches;
}

/**
 * Shows a refusal next to the field it names: the form's [data-error-for] whose key is the longest prefix of the
 * field ("schedule.weekly.mon[0]" lands on "schedule.weekly.mon"), else in the form's own place.
 */
export function showRefusal(form, error, fallback) {
  clearErrors(form);
  const field = error && error.field;
  let best = null;
  if (field) {
    for (const slot of form.querySelectorAll('[data-error-for]')) {
      const key = slot.dataset.errorFor;
      if ((field === key || field.startsWith(key + '.') || field.startsWith(key + '['))
          && (!best || key.length > best.dataset.errorFor.length)) best = slot;
    }
  }
  const where = best || fallback;
  // In Russian, the server's words as the detail; next to its field the detail need not name the field again.
  showExplained(where, error, Boolean(best));
  const box = best ? best.closest('.reminder-row, .day-row, .field, fieldset, .form-block') : where;
  if (best) box.classList.add('has-error');
  if (box) box.scrollIntoView({ block: 'center' });
  return where;
}

export function clearErrors(form) {
  form.querySelectorAll('[data-error-for]').forEach(slot => { slot.textContent = ''; });
  form.querySelectorAll('.has-error').forEach(node => node.classList.remove('has-error'));
}
