/* The admin and function APIs with the owner's token; refusals carry the field they name ("price: expected …"). */
import { state } from './state.js';

export const TOKEN_KEY = 'slotbot.admin.token';

export class Unauthorized extends Error {}

export class Refused extends Error {
  constructor(message, status, code) {
    super(message);
    this.status = status;
    // The booking core's kind of refusal ("slot_taken", "min_notice"), when the server names one.
    this.code = code || null;
    // "schedule.weekly.mon[0]: a working interval …" names its field before the first colon.
    const match = /^([a-z_][a-z0-9_]*(?:\.[A-Za-z0-9_-]+|\[\d+\])*(?:, [a-z_]+)*(?: and [a-z_]+)?): /.exec(message || '');
    this.field = match ? match[1] : null;
  }
}

function headers(extra) {
  return Object.assign({ Authorization: 'Bearer ' + state.token, Accept: 'application/json' }, extra || {});
}

export async function api(method, path, body) {
  const init = { method, headers: headers() };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  if (response.status === 401) throw new Unauthorized();
  let json = null;
  try { json = await response.json(); } catch (e) { /* not JSON */ }
  if (!response.ok) throw new Refused((json && json.message) || ('Ошибка ' + response.status), response.status, json && json.code);
  return json;
}

/** A booking function; its "no" ({"status": false, "message"}) is thrown as a refusal. */
export async function call(name, args, clientId) {
  const body = { args };
  if (clientId) body.client_id = clientId;
  const answer = await api('POST', '/api/v1/functions/' + name, body);
  if (answer && !Array.isArray(answer) && answer.status === false) throw new Refused(answer.message, 200);
  return answer;
}

/** An open response to read as a stream (the live calendar), with the token sent as a header, not in the address. */
export async function openStream(path, signal) {
  const response = await fetch(path, { headers: headers({ Accept: 'text/event-stream' }), signal, cache: 'no-store' });
  if (response.status === 401) throw new Unauthorized();
  if (!response.ok || !response.body) throw new Refused('Ошибка ' + response.status, response.status);
  return response.body;
}
