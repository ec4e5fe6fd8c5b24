// fetch wrapper for the /api/v1 contract (docs/api.md): same-origin cookies, the CSRF token on
// unsafe methods, and error bodies {"error": {code, message, field}} turned into ApiError.
import { notifyError } from './notify.js'

export const API_BASE = '/api/v1'
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const NETWORK_ERROR_MESSAGE = '网络连接失败，请检查网络后重试'

export class ApiError extends Error {
  constructor({ status, code, message, field = null, requestId = null }) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.field = field
    this.requestId = requestId
  }
}

let csrfToken = null
const handlers = {
  onAuthRequired: () => {},
  onPasswordChangeRequired: () => {},
}

/** The token comes from the login and `me` responses; it is never persisted. */
export function setCsrfToken(token) {
  csrfToken = token || null
}

/** The app wires navigation here (kept out of this module so it has no router dependency). */
export function configureClient(newHandlers) {
  Object.assign(handlers, newHandlers)
}

export function buildUrl(path, query) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue
    params.append(key, String(value))
  }
  const qs = params.toString()
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`
}

/** Maps an HTTP failure to ApiError; `payload` is the parsed body or null when it was not JSON. */
export function toApiError(status, payload) {
  const error = payload && typeof payload === 'object' ? payload.error : null
  if (error && typeof error.message === 'string') {
    return new ApiError({
      status,
      code: error.code ?? 'UNKNOWN',
      message: error.message,
      field: error.field ?? null,
      requestId: error.request_id ?? null,
    })
  }
  return new ApiError({ status, code: 'HTTP_ERROR', message: `请求失败（HTTP ${status}）` })
}

function dispatchSideEffects(error, { quiet, handleAuth }) {
  if (!quiet) notifyError(error.message)
  if (!handleAuth) return
  if (error.status === 401 && error.code !== 'LOGIN_FAILED') handlers.onAuthRequired(error)
  if (error.status === 403 && error.code === 'PASSWORD_CHANGE_REQUIRED') handlers.onPasswordChangeRequired(error)
}

async function readJson(response) {
  const text = await response.text()
  if (!text) return null
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

function buildInit(method, { body, rawBody, contentType }) {
  const headers = { Accept: 'application/json' }
  const init = { method, credentials: 'same-origin', headers }
  if (rawBody !== undefined) {
    init.body = rawBody
    headers['Content-Type'] = contentType || 'application/octet-stream'
  } else if (body !== undefined) {
    init.body = JSON.stringify(body)
    headers['Content-Type'] = 'application/json'
  }
  if (UNSAFE_METHODS.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken
  return init
}

/**
 * Options: query, body (JSON), rawBody + contentType (uploads), asBlob (downloads),
 * quiet (no message shown), handleAuth (false: no redirect on 401/403, e.g. the first `me`).
 */
export async function request(method, path, options = {}) {
  const { query, asBlob = false, quiet = false, handleAuth = true } = options
  let response
  try {
    response = await fetch(buildUrl(path, query), buildInit(method, options))
  } catch {
    const error = new ApiError({ status: 0, code: 'NETWORK_ERROR', message: NETWORK_ERROR_MESSAGE })
    dispatchSideEffects(error, { quiet, handleAuth: false })
    throw error
  }
  if (!response.ok) {
    const error = toApiError(response.status, await readJson(response))
    dispatchSideEffects(error, { quiet, handleAuth })
    throw error
  }
  if (asBlob) return response.blob()
  return (await readJson(response)) ?? {}
}

export const api = {
  get: (path, query, options) => request('GET', path, { ...options, query }),
  post: (path, body = {}, options) => request('POST', path, { ...options, body }),
  patch: (path, body, options) => request('PATCH', path, { ...options, body }),
  put: (path, body, options) => request('PUT', path, { ...options, body }),
  upload: (path, query, file) =>
    request('POST', path, { query, rawBody: file, contentType: file.type || 'application/octet-stream' }),
  download: (path, query) => request('GET', path, { query, asBlob: true }),
}
