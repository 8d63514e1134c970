/*
 * Sheets: what opens over the page where the owner is looking. The booking's details stand beside the calendar on a
 * desktop and come up from the bottom of a phone's screen over a dimmed page; forms are modal dialogs (a full-height
 * sheet on a phone). Escape, the × and a tap on the dimmed page close them.
 */
import { $, narrow } from './dom.js';

const open = new Map();

export function openSheet(node, onClose) {
  node.hidden = false;
  node.scrollTop = 0;
  open.set(node, onClose);
  showBackdrop();
}

export function closeSheet(node) {
  node.hidden = true;
  open.delete(node);
  showBackdrop();
}

/** A modal dialog: the browser keeps the focus in it and dims the page. */
export function openDialog(dialog, onClose) {
  if (!dialog.open) dialog.showModal();
  dialog.scrollTop = 0;
  dialog.onclose = onClose || null;
}

export function closeDialog(dialog) {
  if (dialog.open) dialog.close();
}

function showBackdrop() {
  $('backdrop').hidden = !(narrow() && open.size > 0);
  document.body.classList.toggle('has-sheet', narrow() && open.size > 0);
}

export function initSheets() {
  $('backdrop').addEventListener('click', () => [...open.values()].forEach(close => close()));
  document.addEventListener('keydown', event => {
    if (event.key === 'Escape' && !document.querySelector('dialog[open]')) [...open.values()].forEach(close => close());
  });
  window.matchMedia('(max-width: 700px)').addEventListener('change', showBackdrop);
  // A tap on a dialog's dimmed surroundings (the dialog element itself, outside its form) closes it.
  document.querySelectorAll('dialog').forEach(dialog => dialog.addEventListener('click', event => {
    if (event.target === dialog) dialog.close();
  }));
}
