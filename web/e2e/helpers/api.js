// A signed-in API session from node (cookie + CSRF token), used to prepare data for browser tests.
import { BASE_URL } from './env.js'

export class ApiSession {
  constructor() {
    this.cookie = ''
    this.csrfToken = ''
  }

  static async login(username, password) {
    const session = new ApiSession()
    const result = await session.post('/auth/login', { username, password })
    session.csrfToken = result.csrf_token
    return session
  }

  async request(method, path, body) {
    const headers = { Accept: 'application/json' }
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    if (this.cookie) headers.Cookie = this.cookie
    if (method !== 'GET' && this.csrfToken) headers['X-CSRF-Token'] = this.csrfToken
    const response = await fetch(`${BASE_URL}/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const setCookie = response.headers.get('set-cookie')
    const session = setCookie && /kc_session=[^;]+/.exec(setCookie)
    if (session) this.cookie = session[0]
    const text = await response.text()
    const payload = text ? JSON.parse(text) : {}
    if (!response.ok) {
      throw new Error(`${method} ${path} -> ${response.status} ${payload.error?.code ?? ''} ${payload.error?.message ?? text}`)
    }
    return payload
  }

  get(path) {
    return this.request('GET', path)
  }

  post(path, body = {}) {
    return this.request('POST', path, body)
  }
}
