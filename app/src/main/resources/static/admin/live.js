/*
 * The live calendar: server-sent events read with fetch, so that the token travels in the Authorization header as
 * on every other call (an EventSource cannot send one, and a token in the address would end up in logs and history).
 * One stream at a time, for the branch and dates shown; reopened with a growing pause when it ends or fails.
 */
import { openStream, Unauthorized } from './api.js';
import { setServerNow } from './dates.js';

const FIRST_PAUSE = 1000;
const LONGEST_PAUSE = 30_000;
let current = null;

/** Follows the branch's dates; the same range again keeps the open stream. */
export function watch(company, from, to, handlers) {
  const key = company + '/' + from + '/' + to;
  if (current && current.key === key) {
    current.handlers = handlers;
    return;
  }
  stop();
  current = { key, handlers, controller: null, pause: FIRST_PAUSE, timer: null, opened: false, path:
    '/api/v1/admin/calendar/stream?company_id=' + encodeURIComponent(company) + '&from=' + from + '&to=' + to };
  connect(current);
}

export function stop() {
  if (!current) return;
  if (current.controller) current.controller.abort();
  clearTimeout(current.timer);
  current.handlers.live(false);
  current = null;
}

async function connect(stream) {
  stream.controller = new AbortController();
  try {
    const body = await openStream(stream.path, stream.controller.signal);
    await read(body, stream);
  } catch (error) {
    if (stream !== current || stream.controller.signal.aborted) return;
    if (error instanceof Unauthorized) {
      stream.handlers.failed(error);
      stop();
      return;
    }
  }
  if (stream !== current) return;
  stream.handlers.live(false);
  stream.timer = setTimeout(() => { if (stream === current) connect(stream); }, stream.pause);
  stream.pause = Math.min(stream.pause * 2, LONGEST_PAUSE);
}

async function read(body, stream) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done || stream !== current) return;
    buffer += value.replace(/\r\n?/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      dispatch(buffer.slice(0, end), stream);
      buffer = buffer.slice(end + 2);
    }
  }
}

function dispatch(block, stream) {
  let name = 'message';
  const data = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') name = value;
    if (field === 'data') data.push(value);
  }
  if (data.length === 0) return;
  let payload;
  try { payload = JSON.parse(data.join('\n')); } catch (e) { return; }
  if (name === 'ready') {
    setServerNow(payload.now);
    stream.pause = FIRST_PAUSE;
    stream.handlers.live(true);
    // What changed while the stream was down is read again as a whole.
    if (stream.opened) stream.handlers.reconnected();
    stream.opened = true;
  } else if (name === 'changed') {
    stream.handlers.changed(payload.bookings || []);
  }
}
