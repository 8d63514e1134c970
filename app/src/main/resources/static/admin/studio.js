/* The bot studio of the admin page: the bot as a graph with the funnel's numbers, a block's editor checked as
   one types, a test chat that plays the draft, publishing and the versions. Every text a bot or a client wrote
   is set as text (textContent, attributes), never parsed as markup. A module: its "today" is the server's clock
   in the bot's zone (else the branch's), as the calendar's is, never the owner's phone's. */
import { nowMs } from './dates.js';
import { state as shared } from './state.js';
import { showExplained } from './refusals.js';

(() => {
  'use strict';
  const TOKEN_KEY = 'slotbot.admin.token';
  const SVG = 'http://www.w3.org/2000/svg';
  const $ = id => document.getElementById(id);
  const root = $('studio');
  if (!root) return;

  const state = {
    bot: null, tree: null, published: '', selected: null, errors: [], stats: null,
    sandbox: null, sandboxReal: false, validateTicket: 0, path: [],
    zoom: window.matchMedia('(max-width: 600px)').matches ? 0.6 : 1
  };

  // ---- small DOM helpers: elements with text, never markup

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === 'text') node.textContent = value;
      else if (key === 'on') Object.entries(value).forEach(([type, fn]) => node.addEventListener(type, fn));
      else if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value === true ? '' : value);
    }
    children.flat().filter(c => c !== null && c !== undefined).forEach(c => node.append(c));
    return node;
  }
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value);
    }
    children.flat().filter(Boolean).forEach(c => node.append(c));
    return node;
  }
  function clip(text, max) {
    const t = String(text);
    return t.length > max ? t.slice(0, max - 1) + '…' : t;
  }

  // ---- the API

  /** A refusal: its status and code, and the field its message names, for the page to say it in Russian. */
  class Refused extends Error {
    constructor(message, errors, status, code) {
      super(message);
      this.errors = errors || [];
      this.status = status;
      this.code = code || null;
      const match = /^([a-z_][a-z0-9_]*(?:\.[A-Za-z0-9_-]+|\[\d+\])*): /.exec(message || '');
      this.field = match ? match[1] : null;
    }
  }

  async function call(method, path, body, type) {
    const headers = { Authorization: 'Bearer ' + sessionStorage.getItem(TOKEN_KEY), Accept: 'application/json' };
    const init = { method, headers };
    if (body !== undefined) {
      headers['Content-Type'] = type || 'application/json';
      init.body = type ? body : JSON.stringify(body);
    }
    const response = await fetch(path, init);
    let json = null;
    try { json = await response.json(); } catch (e) { /* not JSON */ }
    if (response.status === 401) throw new Refused('Токен не подошёл: войдите снова.');
    if (!response.ok) throw new Refused((json && json.message) || ('Ошибка ' + response.status), json && json.errors, response.status,
      json && json.code);
    return json;
  }
  const botPath = suffix => '/api/v1/admin/bots/' + encodeURIComponent(state.bot) + (suffix || '');

  // ---- the page's frame

  const ui = {};
  function build() {
    ui.bots = el('select', { id: 'studio-bots', 'aria-label': 'Бот' });
    ui.publish = el('button', { type: 'button', class: 'primary', id: 'studio-publish', text: 'Опубликовать' });
    ui.download = el('button', { type: 'button', class: 'ghost', id: 'studio-download', text: 'Скачать файл' });
    ui.file = el('input', { type: 'file', id: 'studio-file', accept: '.yaml,.yml,.json', class: 'sr' });
    ui.upload = el('label', { class: 'ghost studio-upload', for: 'studio-file', text: 'Загрузить файл' });
    ui.message = el('p', { class: 'ok', id: 'studio-message', role: 'status' });
    ui.problems = el('ul', { class: 'studio-problems', id: 'studio-problems', 'aria-live': 'polite' });
    ui.graph = el('div', { class: 'studio-graph', id: 'studio-graph', tabindex: '0', 'aria-label': 'Блоки бота и стрелки' });
    ui.from = el('input', { type: 'date', id: 'studio-from', 'aria-label': 'С даты' });
    ui.to = el('input', { type: 'date', id: 'studio-to', 'aria-label': 'По дату' });
    ui.show = el('button', { type: 'button', class: 'ghost', id: 'studio-stats-show', text: 'Показать' });
    ui.summary = el('p', { class: 'studio-summary', id: 'studio-summary' });
    ui.smaller = el('button', { type: 'button', class: 'round', id: 'studio-zoom-out', 'aria-label': 'Мельче', text: '−' });
    ui.larger = el('button', { type: 'button', class: 'round', id: 'studio-zoom-in', 'aria-label': 'Крупнее', text: '+' });
    ui.table = el('table', { class: 'studio-table', id: 'studio-table' });
    ui.editor = el('div', { class: 'studio-editor', id: 'studio-editor' });
    ui.versions = el('ul', { class: 'studio-versions', id: 'studio-versions' });
    ui.chat = el('div', { class: 'studio-chat__log', id: 'studio-chat-log', 'aria-live': 'polite' });
    ui.say = el('input', { id: 'studio-say', placeholder: 'Сообщение клиента', autocomplete: 'off', maxlength: '4096' });
    ui.send = el('button', { type: 'submit', class: 'primary', id: 'studio-send', text: 'Отправить' });
    ui.real = el('input', { type: 'checkbox', id: 'studio-real' });
    ui.restart = el('button', { type: 'button', class: 'ghost', id: 'studio-restart', text: 'Начать заново' });
    ui.timers = el('ul', { class: 'studio-timers', id: 'studio-timers' });
    ui.drafts = el('p', { class: 'muted', id: 'studio-drafts' });
    ui.chatError = el('p', { class: 'error', id: 'studio-chat-error', role: 'alert' });

    root.replaceChildren(
      el('div', { class: 'studio-bar' },
        el('label', { class: 'field field--inline' }, el('span', { class: 'sr', text: 'Бот' }), ui.bots),
        ui.publish, ui.download, ui.upload, ui.file),
      ui.message, ui.problems,
      el('div', { class: 'studio-grid' },
        el('section', { class: 'card studio-card studio-card--graph', 'aria-label': 'Схема' },
          el('h2', { text: 'Схема и воронка' }),
          el('div', { class: 'studio-range' }, ui.from, el('span', { text: '—' }), ui.to, ui.show),
          ui.summary, el('div', { class: 'studio-zoom' }, ui.smaller, ui.larger), ui.graph, ui.table),
        el('section', { class: 'card studio-card', 'aria-label': 'Блок' }, ui.editor),
        el('section', { class: 'card studio-card studio-chat', 'aria-label': 'Проверка черновика' },
          el('h2', { text: 'Проверка черновика' }),
          el('p', { class: 'muted', text: 'Чат играет то, что вы сейчас правите. Записи из него — черновики: календарь они не занимают.' }),
          el('label', { class: 'studio-real' }, ui.real, el('span', { text: ' Записывать по-настоящему' })),
          ui.chat, ui.chatError,
          el('form', { class: 'studio-chat__form', id: 'studio-chat-form', autocomplete: 'off' }, ui.say, ui.send),
          el('div', { class: 'row' }, ui.restart), ui.timers, ui.drafts),
        el('section', { class: 'card studio-card', 'aria-label': 'Версии' },
          el('h2', { text: 'Версии' }), ui.versions)));

    ui.bots.addEventListener('change', () => load(ui.bots.value));
    ui.publish.addEventListener('click', publish);
    ui.download.addEventListener('click', download);
    ui.file.addEventListener('change', upload);
    ui.show.addEventListener('click', () => { state.rangeChosen = true; loadStats(); });
    ui.smaller.addEventListener('click', () => { state.zoom = Math.max(0.4, state.zoom - 0.2); renderGraph(); });
    ui.larger.addEventListener('click', () => { state.zoom = Math.min(1.4, state.zoom + 0.2); renderGraph(); });
    $('studio-chat-form').addEventListener('submit', event => { event.preventDefault(); const t = ui.say.value.trim(); if (t) say(t); });
    ui.restart.addEventListener('click', restartChat);
    ui.real.addEventListener('change', () => { state.sandboxReal = ui.real.checked; restartChat(); });
  }

  // ---- loading a bot

  async function open() {
    if (!ui.bots) build();
    try {
      const bots = await call('GET', '/api/v1/admin/bots');
      ui.bots.replaceChildren(...bots.map(b => el('option', { value: b.name, text: b.name })));
      const chosen = bots.some(b => b.name === state.bot) ? state.bot : (bots.some(b => b.name === 'demo') ? 'demo' : (bots[0] || {}).name);
      if (!chosen) { say0('Ботов пока нет: загрузите файл.'); return; }
      ui.bots.value = chosen;
      await load(chosen);
    } catch (error) {
      showExplained(ui.message, error);
    }
  }
  function say0(text) { ui.message.textContent = text; }

  async function load(name) {
    state.bot = name;
    state.tree = await call('GET', botPath());
    state.published = JSON.stringify(state.tree);
    state.errors = [];
    state.selected = (state.tree.start && block(state.tree.start)) ? state.tree.start : ((state.tree.blocks || [])[0] || {}).id;
    state.path = [];
    if (!ui.from.value) defaultRange();
    restartChat();
    renderProblems();
    renderGraph();
    renderEditor();
    await Promise.all([loadStats(), loadVersions()]);
  }

  function block(id) { return (state.tree.blocks || []).find(b => b.id === id); }

  /** The bot's time zone, else the branch's (the calendar's); one the browser does not know counts as none. */
  function zone() {
    for (const candidate of [state.tree && state.tree.timezone, shared.zone]) {
      try { if (candidate) return new Intl.DateTimeFormat('en-CA', { timeZone: candidate }).resolvedOptions().timeZone; }
      catch (e) { /* not a zone this browser knows */ }
    }
    return undefined;
  }

  /** The last 30 days up to today by the server's clock in the bot's zone, else the branch's (the calendar's). */
  function defaultRange() {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone() }).format(new Date(nowMs()));
    const d = new Date(today + 'T12:00:00Z');
    d.setUTCDate(d.getUTCDate() - 29);
    ui.to.value = today;
    ui.from.value = d.toISOString().slice(0, 10);
  }

  // ---- the funnel's numbers

  async function loadStats() {
    try {
      state.stats = await call('GET', botPath('/stats?from=' + encodeURIComponent(ui.from.value) + '&to=' + encodeURIComponent(ui.to.value)));
      const share = state.stats.clients ? Math.round(100 * state.stats.booked_clients / state.stats.clients) : 0;
      ui.summary.textContent = 'Диалогов: ' + state.stats.clients + ' · записались: ' + state.stats.booked_clients + ' (' + share + '%)';
    } catch (error) {
      state.stats = null;
      showExplained(ui.summary, error);
    }
    renderGraph();
    renderTable();
  }

  function countsOf(id) {
    return state.stats ? (state.stats.blocks || []).find(b => b.id === id) : null;
  }

  function renderTable() {
    const head = el('tr', {}, ['Блок', 'Входов', 'Клиентов', 'Дальше', 'Ушли'].map(t => el('th', { text: t, scope: 'col' })));
    const rows = (state.stats ? state.stats.blocks : []).filter(b => b.visits > 0).map(b => el('tr', { 'data-block': b.id },
      el('th', { scope: 'row', text: b.id }), el('td', { text: String(b.visits) }), el('td', { text: String(b.clients) }),
      el('td', { text: String(b.went_on) }), el('td', { text: String(b.clients - b.went_on) })));
    ui.table.replaceChildren(el('thead', {}, head), el('tbody', {}, rows));
    ui.table.hidden = rows.length === 0;
  }

  // ---- the graph

  function arrowLabel(arrow) {
    const parts = [];
    if (arrow.when !== undefined && arrow.when !== '') parts.push(clip(arrow.when, 26));
    if (arrow.if) parts.push('если ' + clip(arrow.if, 18));
    if (arrow.delay !== undefined) parts.push(String(arrow.delay) === '0' ? 'сразу' : '⏱ ' + arrow.delay);
    if (arrow.at) parts.push('в ' + clip(arrow.at, 16));
    if (arrow.priority !== undefined && Number(arrow.priority) !== 10) parts.push('приоритет ' + arrow.priority);
    if (arrow.callbacks_only) parts.push('callback');
    if (!parts.length) parts.push('любой ответ');
    return parts.join(' · ');
  }

  function renderGraph() {
    if (!state.tree) return;
    const blocks = (state.tree.blocks || []).filter(b => b && b.id !== undefined).map(b => Object.assign({}, b, { id: String(b.id) }));
    const g = window.StudioGraph.layout(blocks, state.tree.start || (blocks[0] || {}).id);
    const picture = svg('svg', { width: Math.round((g.width + 60) * state.zoom), height: Math.round(g.height * state.zoom), viewBox: `0 0 ${g.width + 60} ${g.height}`, role: 'img',
      'aria-label': 'Схема бота' });
    picture.append(svg('defs', {}, svg('marker', { id: 'studio-arrowhead', viewBox: '0 0 10 10', refX: '9', refY: '5',
      markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse' }, svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'studio-head' }))));
    for (const edge of g.edges) {
      const walked = state.path.some((id, i) => i > 0 && state.path[i - 1] === edge.from && id === edge.to);
      const group = svg('g', { class: 'studio-edge' + (walked ? ' is-walked' : ''), 'data-from': edge.from, 'data-to': edge.to,
        'data-index': String(edge.index) });
      group.append(svg('path', { d: edge.path, 'marker-end': 'url(#studio-arrowhead)' }));
      const label = arrowLabel(edge.arrow);
      group.append(svg('text', { x: String(edge.labelX), y: String(edge.labelY - 4), 'text-anchor': 'middle', class: 'studio-edge__label',
        text: label }));
      picture.append(group);
    }
    for (const node of g.nodes) {
      const b = blocks.find(x => x.id === node.id);
      const callbacksOnly = b.trigger && b.trigger.callbacks_only;
      const kinds = [];
      if (node.id === String(state.tree.start)) kinds.push('старт');
      if (b.trigger) kinds.push(callbacksOnly ? '⚡ только callback' : 'по условию');
      if (b.state === false) kinds.push('не состояние');
      const counts = countsOf(node.id);
      const group = svg('g', { class: 'studio-node' + (node.id === state.selected ? ' is-selected' : '') + (callbacksOnly ? ' is-callback' : '')
        + (b.trigger ? ' is-trigger' : '') + (hasErrors(node.id) ? ' has-errors' : '') + (state.path.includes(node.id) ? ' is-walked' : ''),
        'data-block': node.id, tabindex: '0', role: 'button', 'aria-label': 'Блок ' + node.id,
        transform: `translate(${node.x},${node.y})` });
      group.append(svg('title', { text: node.id + (counts ? ': входов ' + counts.visits + ', клиентов ' + counts.clients
        + ', пошли дальше ' + counts.went_on : '') }));
      group.append(svg('rect', { width: String(node.w), height: String(node.h), rx: '12' }));
      group.append(svg('text', { x: '10', y: '19', class: 'studio-node__id', text: clip(node.id, 20) }));
      group.append(svg('text', { x: '10', y: '35', class: 'studio-node__kind', text: clip(kinds.join(' · ') || clip(b.text || '', 26), 28) }));
      group.append(svg('text', { x: '10', y: '53', class: 'studio-node__stats', 'data-stats': node.id,
        text: counts ? counts.visits + ' вх. · ' + counts.clients + ' кл. → ' + counts.went_on + ' дальше' : '' }));
      group.addEventListener('click', () => select(node.id));
      group.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(node.id); } });
      picture.append(group);
    }
    ui.graph.replaceChildren(picture);
  }

  function select(id) {
    state.selected = id;
    renderGraph();
    renderEditor();
  }

  // ---- the editor of one block

  function hasErrors(id) { return state.errors.some(e => e.block === id); }

  /** "block 'dates', code: [2:31] Expect ')'" → {block, field, line, column, message}. */
  function parseProblem(text) {
    const m = /^block '(.*?)'(?:, ([^:]+))?: (.*)$/s.exec(text);
    if (!m) return { block: null, field: null, message: text };
    const code = /^\[(\d+):(\d+)] (.*)$/s.exec(m[3]);
    return code ? { block: m[1], field: m[2], line: Number(code[1]), column: Number(code[2]), message: code[3] }
      : { block: m[1], field: m[2] || null, message: m[3] };
  }

  function problemText(p) {
    return (p.line ? 'строка ' + p.line + ', столбец ' + p.column + ': ' : '') + p.message;
  }

  function fieldProblems(field) {
    return el('ul', { class: 'studio-field-errors', 'data-field': field },
      state.errors.filter(e => e.block === state.selected
        && (e.field === field || ['[', '.', ', '].some(next => (e.field || '').startsWith(field + next))))
        .map(e => el('li', { class: 'error', text: (e.field && e.field !== field ? e.field + ': ' : '') + problemText(e) })));
  }

  function buttonsText(buttons) {
    if (typeof buttons === 'string') return buttons;
    return (buttons || []).map(b => typeof b === 'string' ? b
      : b.type === 'phone' ? b.text + ' | phone' : b.url ? b.text + ' | ' + b.url : b.text).join('\n');
  }
  function parseButtons(text) {
    const lines = text.split('\n').map(l => l.trim()).filter(Boolean);
    if (lines.length === 1 && /^#\{\s*[\p{L}_][\p{L}\p{N}_]*\s*\}$/u.test(lines[0])) return lines[0];
    return lines.map(line => {
      const [label, extra] = line.split(' | ');
      if (extra === undefined) return label;
      return extra.trim() === 'phone' ? { text: label.trim(), type: 'phone' } : { text: label.trim(), url: extra.trim() };
    });
  }

  function renderEditor() {
    const b = block(state.selected);
    if (!b) { ui.editor.replaceChildren(el('p', { class: 'muted', text: 'Выберите блок на схеме.' })); return; }
    const text = el('textarea', { id: 'studio-text', rows: '4', spellcheck: 'true' });
    text.value = b.text === undefined ? '' : String(b.text);
    text.addEventListener('input', () => { setField(b, 'text', text.value); });
    const buttons = el('textarea', { id: 'studio-buttons', rows: '3', spellcheck: 'false' });
    buttons.value = buttonsText(b.buttons);
    buttons.addEventListener('input', () => { setField(b, 'buttons', buttons.value.trim() ? parseButtons(buttons.value) : undefined); });
    const code = el('textarea', { id: 'studio-code', rows: '8', spellcheck: 'false', class: 'studio-code' });
    code.value = b.code === undefined ? '' : String(b.code);
    code.addEventListener('input', () => { setField(b, 'code', code.value); });

    const arrows = el('div', { class: 'studio-arrows', id: 'studio-arrows' });
    (b.arrows || []).forEach((arrow, index) => arrows.append(arrowRow(b, arrow, index)));
    const add = el('button', { type: 'button', class: 'ghost', id: 'studio-add-arrow', text: '+ стрелка' });
    add.addEventListener('click', () => {
      b.arrows = (b.arrows || []).concat([{ to: b.id }]);
      changed(); renderEditor();
    });
    const remove = el('button', { type: 'button', class: 'danger', id: 'studio-remove-block', text: 'Удалить блок' });
    remove.addEventListener('click', () => {
      if (!remove.classList.contains('is-armed')) { remove.classList.add('is-armed'); remove.textContent = 'Точно удалить?'; return; }
      state.tree.blocks = state.tree.blocks.filter(x => x !== b);
      state.selected = state.tree.start;
      changed(); renderEditor();
    });
    const newId = el('input', { id: 'studio-new-id', placeholder: 'id нового блока', autocomplete: 'off' });
    const create = el('button', { type: 'button', class: 'ghost', id: 'studio-add-block', text: '+ блок' });
    create.addEventListener('click', () => {
      const id = newId.value.trim();
      if (!id || block(id)) { newId.focus(); return; }
      state.tree.blocks.push({ id, text: '' });
      b.arrows = (b.arrows || []).concat([{ to: id }]);
      state.selected = id;
      changed(); renderEditor();
    });
    const kind = [b.trigger ? (b.trigger.callbacks_only ? 'срабатывает только на callback' : 'срабатывает по условию «' + clip(b.trigger.when || '', 60) + '»') : null,
      b.state === false ? 'не состояние' : null].filter(Boolean).join(' · ');
    ui.editor.replaceChildren(...[
      el('h2', { id: 'studio-block-title', text: 'Блок ' + b.id }),
      kind ? el('p', { class: 'muted', text: kind }) : null,
      fieldProblems('id'),
      el('label', { class: 'field' }, el('span', { text: 'Текст (#{переменная} подставляется)' }), text), fieldProblems('text'),
      el('label', { class: 'field' }, el('span', { text: 'Кнопки: по одной в строке; «Текст | https://…» — ссылка, «Текст | phone» — телефон, или #{buttons}' }), buttons),
      fieldProblems('buttons'),
      el('label', { class: 'field' }, el('span', { text: 'Код' }), code), fieldProblems('code'),
      el('h3', { text: 'Стрелки' }), arrows, fieldProblems('arrows'),
      el('div', { class: 'row' }, add),
      el('div', { class: 'row studio-new-block' }, newId, create),
      el('div', { class: 'row' }, remove)].filter(Boolean));
  }

  function arrowRow(b, arrow, index) {
    const to = el('select', { 'aria-label': 'Куда', 'data-arrow': String(index), class: 'studio-arrow-to' },
      (state.tree.blocks || []).map(x => el('option', { value: String(x.id), text: String(x.id) })));
    to.value = String(arrow.to);
    const when = el('input', { 'aria-label': 'Условие', placeholder: 'условие (пусто — любой ответ)', value: arrow.when === undefined ? '' : String(arrow.when),
      class: 'studio-arrow-when' });
    const priority = el('input', { 'aria-label': 'Приоритет', placeholder: '10', inputmode: 'numeric', class: 'studio-arrow-small',
      value: arrow.priority === undefined ? '' : String(arrow.priority) });
    const delay = el('input', { 'aria-label': 'Задержка', placeholder: 'задержка', class: 'studio-arrow-small',
      value: arrow.delay === undefined ? '' : String(arrow.delay) });
    const cond = el('input', { 'aria-label': 'Если', placeholder: 'если (выражение)', value: arrow.if === undefined ? '' : String(arrow.if),
      class: 'studio-arrow-if' });
    // A time arrow: calculator code whose value is "dd.MM.yyyy HH:mm" in the bot's zone; a delay or a time, never both.
    const at = el('input', { 'aria-label': 'В момент', placeholder: 'в момент: add_days(current_date, 1) + \' 10:00\'',
      value: arrow.at === undefined ? '' : String(arrow.at), class: 'studio-arrow-at', spellcheck: 'false' });
    const atProblem = el('p', { class: 'error studio-arrow-at-error', role: 'alert' });
    const checkTime = () => {
      const code = at.value.trim();
      delay.disabled = code !== '' && delay.value.trim() === '';
      at.disabled = delay.value.trim() !== '' && code === '';
      atProblem.textContent = code !== '' && delay.value.trim() !== ''
        ? 'Стрелка срабатывает либо через задержку, либо в момент — оставьте что-то одно.'
        : /^\d{1,2}\.\d{1,2}\.\d{4}\s+\d{1,2}:\d{2}$/.test(code)
          ? 'Это выражение: возьмите дату и время в кавычки — \'' + code + '\'.'
          : /^\d{1,2}:\d{2}$/.test(code) ? 'Нужны дата и время: например current_date + \' ' + code + '\'.' : '';
    };
    checkTime();
    const drop = el('button', { type: 'button', class: 'round round--small', 'aria-label': 'Удалить стрелку', text: '×' });
    const update = () => {
      arrow.to = to.value;
      put(arrow, 'when', when.value);
      put(arrow, 'if', cond.value);
      put(arrow, 'priority', /^-?\d+$/.test(priority.value.trim()) ? Number(priority.value.trim()) : priority.value.trim());
      put(arrow, 'delay', /^\d+$/.test(delay.value.trim()) ? Number(delay.value.trim()) : delay.value.trim());
      put(arrow, 'at', at.value.trim());
      checkTime();
      changed();
    };
    [to, when, priority, delay, cond, at].forEach(input => input.addEventListener('input', update));
    drop.addEventListener('click', () => { b.arrows.splice(index, 1); changed(); renderEditor(); });
    return el('div', { class: 'studio-arrow', 'data-arrow': String(index) },
      el('span', { class: 'studio-arrow__to', text: '→' }), to, when, cond, priority, delay, at, atProblem, drop,
      fieldProblems('arrows[' + index + ']'));
  }

  function put(object, key, value) {
    if (value === '' || value === undefined) delete object[key]; else object[key] = value;
  }
  function setField(b, key, value) { put(b, key, value); changed(); }

  /** The draft changed: draw it, and check it as publishing would, a moment after the last keystroke. */
  let checkTimer = null;
  function changed() {
    renderGraph();
    ui.message.textContent = JSON.stringify(state.tree) === state.published ? '' : 'Есть неопубликованные изменения.';
    clearTimeout(checkTimer);
    checkTimer = setTimeout(validate, 350);
  }

  async function validate() {
    const ticket = ++state.validateTicket;
    let errors = [];
    try {
      await call('POST', botPath('/validate'), state.tree);
    } catch (error) {
      errors = error.errors && error.errors.length ? error.errors : [error.message];
    }
    if (ticket !== state.validateTicket) return;
    state.errors = errors.map(parseProblem);
    renderProblems();
    renderGraph();
    for (const field of ['id', 'text', 'buttons', 'code', 'arrows']) {
      const list = ui.editor.querySelector(`ul.studio-field-errors[data-field="${field}"]`);
      if (list) list.replaceWith(fieldProblems(field));
    }
    document.querySelectorAll('.studio-arrow').forEach(row => {
      const i = row.getAttribute('data-arrow');
      const list = row.querySelector('ul.studio-field-errors');
      if (list) list.replaceWith(fieldProblems('arrows[' + i + ']'));
    });
  }

  function renderProblems() {
    ui.problems.replaceChildren(...state.errors.map(p => {
      const item = el('li', { class: 'error' });
      if (p.block !== null && p.block !== undefined) {
        const link = el('button', { type: 'button', class: 'linklike', text: 'блок ' + p.block });
        link.addEventListener('click', () => select(p.block));
        item.append(link, document.createTextNode((p.field ? ', ' + p.field : '') + ': ' + problemText(p)));
      } else {
        item.textContent = p.message;
      }
      return item;
    }));
    ui.publish.disabled = state.errors.length > 0;
  }

  // ---- publishing, files and versions

  async function publish() {
    try {
      const answer = await call('PUT', botPath(), state.tree);
      state.published = JSON.stringify(state.tree);
      ui.message.textContent = 'Опубликовано: версия ' + answer.version + '.';
      await loadVersions();
    } catch (error) {
      state.errors = (error.errors || []).map(parseProblem);
      renderProblems();
      showExplained(ui.message, error);
    }
  }

  async function download() {
    const response = await fetch(botPath(), { headers: { Authorization: 'Bearer ' + sessionStorage.getItem(TOKEN_KEY) } });
    const blob = new Blob([await response.text()], { type: 'application/yaml' });
    const link = el('a', { href: URL.createObjectURL(blob), download: state.bot + '.yaml' });
    document.body.append(link);
    link.click();
    link.remove();
  }

  async function upload() {
    const file = ui.file.files[0];
    if (!file) return;
    try {
      const answer = await call('PUT', botPath(), await file.text(), 'application/yaml');
      ui.file.value = '';
      await load(state.bot);
      ui.message.textContent = 'Файл загружен: версия ' + answer.version + '.';
    } catch (error) {
      state.errors = (error.errors || []).map(parseProblem);
      renderProblems();
      showExplained(ui.message, error);
    }
  }

  async function loadVersions() {
    try {
      const answer = await call('GET', botPath('/versions'));
      ui.versions.replaceChildren(...answer.versions.map(v => {
        const restore = el('button', { type: 'button', class: 'ghost', 'data-version': String(v.version), text: 'Восстановить' });
        restore.addEventListener('click', () => restoreVersion(v.version, restore));
        // On the bot's clock (else the branch's), as its statistics' dates are, not the phone's.
        const when = new Date(v.published_at).toLocaleString('ru-RU', { dateStyle: 'short', timeStyle: 'short',
          timeZone: zone() });
        return el('li', { 'data-version': String(v.version) },
          el('span', { text: 'Версия ' + v.version + ' · ' + when + (v.current ? ' · сейчас работает' : '') }),
          v.current ? null : restore);
      }));
    } catch (error) {
      const item = el('li', { class: 'error' });
      showExplained(item, error);
      ui.versions.replaceChildren(item);
    }
  }

  async function restoreVersion(version, button) {
    if (!button.classList.contains('is-armed')) {
      button.classList.add('is-armed');
      button.textContent = 'Точно? Черновик пропадёт';
      return;
    }
    try {
      const answer = await call('POST', botPath('/versions/' + version + '/restore'));
      await load(state.bot);
      ui.message.textContent = 'Восстановлена версия ' + version + ': теперь это версия ' + answer.version + '.';
    } catch (error) {
      showExplained(ui.message, error);
    }
  }

  // ---- the test chat

  async function restartChat() {
    if (state.sandbox && state.bot) {
      call('DELETE', botPath('/sandbox/' + encodeURIComponent(state.sandbox))).catch(() => {});
    }
    state.sandbox = null;
    state.path = [];
    ui.chat.replaceChildren();
    ui.timers.replaceChildren();
    ui.drafts.textContent = '';
    ui.chatError.textContent = '';
  }

  async function say(text) {
    ui.say.value = '';
    ui.chat.append(el('div', { class: 'studio-msg studio-msg--in', text }));
    await exchange(() => call('POST', botPath('/sandbox/' + encodeURIComponent(state.sandbox) + '/messages'), { text, bot: state.tree }));
  }

  async function exchange(action) {
    ui.chatError.textContent = '';
    try {
      if (!state.sandbox) {
        state.sandbox = (await call('POST', botPath('/sandbox'), { real_bookings: state.sandboxReal })).sandbox;
      }
      show(await action());
    } catch (error) {
      if (error.errors && error.errors.length) ui.chatError.textContent = 'В черновике ошибки: ' + error.errors[0];
      else showExplained(ui.chatError, error);
    }
  }

  function show(answer) {
    for (const message of answer.messages) {
      const bubble = el('div', { class: 'studio-msg studio-msg--out' });
      if (message.text) bubble.append(el('div', { class: 'studio-msg__text', text: message.text }));
      if (message.buttons.length) {
        bubble.append(el('div', { class: 'studio-msg__buttons' }, message.buttons.map(button => {
          if (button.url) return el('span', { class: 'studio-link', title: button.url, text: '↗ ' + button.text });
          if (button.type === 'phone') {
            const ask = el('button', { type: 'button', class: 'ghost', text: '☎ ' + button.text });
            ask.addEventListener('click', () => { ui.say.placeholder = 'Номер телефона, например +7 900 123-45-67'; ui.say.focus(); });
            return ask;
          }
          const press = el('button', { type: 'button', class: 'ghost', text: button.text });
          press.addEventListener('click', () => say(button.text));
          return press;
        })));
      }
      ui.chat.append(bubble);
    }
    for (const problem of answer.errors) ui.chat.append(el('div', { class: 'studio-msg studio-msg--error', text: problem }));
    for (const note of answer.notes) ui.chat.append(el('div', { class: 'studio-msg studio-msg--note', text: note }));
    ui.chat.scrollTop = ui.chat.scrollHeight;
    state.path = state.path.concat(answer.entered);
    ui.timers.replaceChildren(...answer.timers.map(timer => {
      const fire = el('button', { type: 'button', class: 'ghost', text: 'Сработать сейчас' });
      fire.addEventListener('click', () => exchange(() => call('POST',
        botPath('/sandbox/' + encodeURIComponent(state.sandbox) + '/timers/' + timer.index + '/fire'), { bot: state.tree })));
      return el('li', {}, el('span', { text: '⏱ ' + timer.from + ' → ' + timer.to + ' в ' + timer.fire_at + ' ' }), fire);
    }));
    ui.drafts.textContent = answer.real_bookings ? 'Записи из этого чата настоящие.'
      : answer.draft_bookings.length ? 'Черновики записей: ' + answer.draft_bookings.map(b => b.start + ' ' + b.services.join(', ')
        + (b.status === 'active' ? '' : ' (' + b.status + ')')).join('; ') : '';
    renderGraph();
  }

  // ---- the tab

  /** admin.js shows the studio's panel (data-panel="bot") for #bot; the studio loads its bot the first time. */
  function route() {
    if (location.hash === '#bot' && sessionStorage.getItem(TOKEN_KEY) && !state.tree && $('app') && !$('app').hidden) open();
  }
  window.addEventListener('hashchange', route);
  // The branch's zone arrives with its catalog, maybe after the bot: its "today" then, unless the owner chose a range.
  document.addEventListener('admin:branch', () => {
    if (state.tree && !state.tree.timezone && !state.rangeChosen) { defaultRange(); loadStats(); }
  });
  new MutationObserver(() => { if (!$('app').hidden && location.hash === '#bot' && !ui.bots) route(); })
    .observe($('app'), { attributes: true, attributeFilter: ['hidden'] });
  route();
})();
