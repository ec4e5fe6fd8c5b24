// A small HTTP client for the kechuang API: keeps the kc_session cookie and the CSRF token itself
// and sends the token on every unsafe request, like the web UI does.
import assert from 'node:assert/strict';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class Client {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.cookies = new Map();
    this.csrfToken = null;
  }

  get sessionCookie() { return this.cookies.get('kc_session'); }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  storeCookies(res) {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a))
        || attrs.some((a) => /^\s*expires\s*=/i.test(a) && Date.parse(a.split('=')[1]) < Date.now());
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /**
   * Sends a request. `body` objects are sent as JSON; strings and Buffers are sent as they are.
   * Options: headers (extra headers), csrf (false: omit the token; a string: send that instead).
   * Resolves {status, headers, text, json, bytes}.
   */
  async request(method, urlPath, body, { headers = {}, csrf } = {}) {
    const h = { ...headers };
    if (this.cookies.size) h.cookie = this.cookieHeader();
    const token = csrf === undefined ? this.csrfToken : csrf;
    if (UNSAFE.has(method) && token) h['x-csrf-token'] = token;
    let payload;
    if (body !== undefined) {
      if (typeof body === 'string' || Buffer.isBuffer(body)) payload = body;
      else payload = JSON.stringify(body);
      if (!Object.keys(h).some((k) => k.toLowerCase() === 'content-type')) h['content-type'] = 'application/json';
    }
    let res;
    try {
      res = await fetch(this.baseUrl + urlPath, { method, headers: h, body: payload, redirect: 'manual' });
    } catch (e) {
      const size = payload === undefined ? 0 : Buffer.byteLength(payload);
      throw new Error(`${method} ${urlPath} (${size} bytes of body) got no response: ${e.cause?.message ?? e.message}`, { cause: e });
    }
    this.storeCookies(res);
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = bytes.toString('utf8');
    let json;
    if ((res.headers.get('content-type') || '').includes('json')) {
      try { json = JSON.parse(text); } catch { json = undefined; }
    }
    return { status: res.status, headers: res.headers, text, json, bytes };
  }

  get(p, o) { return this.request('GET', p, undefined, o); }
  post(p, b = {}, o) { return this.request('POST', p, b, o); }
  patch(p, b = {}, o) { return this.request('PATCH', p, b, o); }
  put(p, b = {}, o) { return this.request('PUT', p, b, o); }
  delete(p, o) { return this.request('DELETE', p, undefined, o); }

  async login(username, password) {
    const res = await this.post('/api/v1/auth/login', { username, password });
    if (res.status === 200 && res.json) this.csrfToken = res.json.csrf_token;
    return res;
  }

  /** Logs in and fails the test unless it worked; returns the `user` object. */
  async loginOk(username, password) {
    const res = await this.login(username, password);
    assert.equal(res.status, 200, `login of ${username} failed: ${res.text}`);
    assert.ok(this.csrfToken, 'login answered no csrf_token');
    assert.ok(this.sessionCookie, 'login set no kc_session cookie');
    return res.json.user;
  }
}

/** Asserts an error response of the documented shape with the given status, code and (optionally) field. */
export function assertError(res, status, code, field) {
  assert.equal(res.status, status, `expected ${status} ${code}, got ${res.status}: ${res.text.slice(0, 500)}`);
  assert.ok(res.json && res.json.error, `error body is not {"error": …}: ${res.text.slice(0, 500)}`);
  const e = res.json.error;
  assert.equal(e.code, code, `error code: ${res.text.slice(0, 500)}`);
  assert.equal(typeof e.message, 'string');
  assert.ok(e.message.length > 0, 'error message is empty');
  assert.ok(e.request_id, 'error has no request_id');
  if (field !== undefined) assert.equal(e.field, field, `error field: ${res.text.slice(0, 500)}`);
}

/** Asserts a 2xx status (or the given one) and returns the JSON body. */
export function assertOk(res, status = 200) {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${res.text.slice(0, 500)}`);
  return res.json;
}

/** Asserts success of an action whose answer docs/api.md leaves open (200 with a body, or 204). */
export function assertDone(res) {
  assert.ok(res.status === 200 || res.status === 204, `expected success, got ${res.status}: ${res.text.slice(0, 500)}`);
  return res.json;
}
