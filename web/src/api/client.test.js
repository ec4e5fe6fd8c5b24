import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest'

vi.mock('./notify.js', () => ({ notifyError: vi.fn(), notifySuccess: vi.fn() }))

const { request, api, ApiError, toApiError, setCsrfToken, configureClient, buildUrl } = await import('./client.js')
const { notifyError } = await import('./notify.js')

function jsonResponse(status, body) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

function errorResponse(status, code, message, field) {
  return jsonResponse(status, { error: { code, message, field, request_id: 'req-1' } })
}

let fetchMock
const onAuthRequired = vi.fn()
const onPasswordChangeRequired = vi.fn()

beforeEach(() => {
  fetchMock = vi.fn()
  vi.stubGlobal('fetch', fetchMock)
  configureClient({ onAuthRequired, onPasswordChangeRequired })
  setCsrfToken(null)
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.clearAllMocks()
})

describe('toApiError', () => {
  it('takes code, Chinese message and field from the error body', () => {
    const error = toApiError(400, { error: { code: 'FIELD_UNKNOWN', message: '未知字段：foo', field: 'foo', request_id: 'r9' } })
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 400, code: 'FIELD_UNKNOWN', message: '未知字段：foo', field: 'foo', requestId: 'r9' })
  })

  it('falls back to a Chinese message naming the status when the body is not an error object', () => {
    const error = toApiError(502, null)
    expect(error.code).toBe('HTTP_ERROR')
    expect(error.message).toBe('请求失败（HTTP 502）')
    expect(toApiError(500, { unexpected: true }).message).toBe('请求失败（HTTP 500）')
  })
})

describe('request', () => {
  it('throws the server message and shows it to the user', async () => {
    fetchMock.mockResolvedValue(errorResponse(409, 'CREDIT_CODE_TAKEN', '该统一社会信用代码已注册', 'credit_code'))
    const failure = api.post('/orgs', { name: 'x' })
    await expect(failure).rejects.toMatchObject({ code: 'CREDIT_CODE_TAKEN', message: '该统一社会信用代码已注册', field: 'credit_code', status: 409 })
    expect(notifyError).toHaveBeenCalledWith('该统一社会信用代码已注册')
  })

  it('does not show the message when asked to stay quiet', async () => {
    fetchMock.mockResolvedValue(errorResponse(404, 'NOT_FOUND', '记录不存在'))
    await expect(api.get('/orgs/9', undefined, { quiet: true })).rejects.toThrow('记录不存在')
    expect(notifyError).not.toHaveBeenCalled()
  })

  it('sends the user to login on 401 but not for a failed login', async () => {
    fetchMock.mockResolvedValueOnce(errorResponse(401, 'SESSION_EXPIRED', '会话已过期，请重新登录'))
    await expect(api.get('/orgs')).rejects.toThrow('会话已过期')
    expect(onAuthRequired).toHaveBeenCalledTimes(1)

    fetchMock.mockResolvedValueOnce(errorResponse(401, 'LOGIN_FAILED', '用户名或密码错误'))
    await expect(api.post('/auth/login', {})).rejects.toMatchObject({ code: 'LOGIN_FAILED' })
    expect(onAuthRequired).toHaveBeenCalledTimes(1)
  })

  it('sends the user to change the password on 403 PASSWORD_CHANGE_REQUIRED only', async () => {
    fetchMock.mockResolvedValueOnce(errorResponse(403, 'FORBIDDEN', '没有执行此操作的权限'))
    await expect(api.get('/audit')).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(onPasswordChangeRequired).not.toHaveBeenCalled()

    fetchMock.mockResolvedValueOnce(errorResponse(403, 'PASSWORD_CHANGE_REQUIRED', '请先修改密码'))
    await expect(api.get('/orgs')).rejects.toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' })
    expect(onPasswordChangeRequired).toHaveBeenCalledTimes(1)
    expect(onAuthRequired).not.toHaveBeenCalled()
  })

  it('leaves navigation alone when handleAuth is false', async () => {
    fetchMock.mockResolvedValue(errorResponse(401, 'AUTH_REQUIRED', '请先登录'))
    await expect(request('GET', '/auth/me', { handleAuth: false, quiet: true })).rejects.toMatchObject({ status: 401 })
    expect(onAuthRequired).not.toHaveBeenCalled()
  })

  it('maps a network failure to a Chinese message', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    await expect(api.get('/orgs')).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: 0 })
    expect(notifyError).toHaveBeenCalledWith(expect.stringContaining('网络'))
  })

  it('adds the CSRF token to unsafe methods only and keeps cookies same-origin', async () => {
    setCsrfToken('tok-123')
    fetchMock.mockImplementation(async () => jsonResponse(200, {}))
    await api.get('/orgs')
    await api.post('/orgs/1/approve')
    await api.patch('/orgs/1', { name: 'n' })

    const [getInit, postInit, patchInit] = fetchMock.mock.calls.map((call) => call[1])
    expect(getInit.credentials).toBe('same-origin')
    expect(getInit.headers['X-CSRF-Token']).toBeUndefined()
    expect(postInit.headers['X-CSRF-Token']).toBe('tok-123')
    expect(postInit.body).toBe('{}')
    expect(patchInit.headers['X-CSRF-Token']).toBe('tok-123')
    expect(JSON.parse(patchInit.body)).toEqual({ name: 'n' })
  })

  it('returns the parsed body on success', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { items: [{ id: 1 }], total: 1 }))
    await expect(api.get('/orgs', { q: '科技' })).resolves.toEqual({ items: [{ id: 1 }], total: 1 })
    expect(fetchMock.mock.calls[0][0]).toBe(`/api/v1/orgs?q=${encodeURIComponent('科技')}`)
  })
})

describe('buildUrl', () => {
  it('skips empty filters and encodes the rest', () => {
    expect(buildUrl('/orgs', { q: '', kind: 'enterprise', status: null, region_code: undefined, page: 2 })).toBe(
      '/api/v1/orgs?kind=enterprise&page=2',
    )
    expect(buildUrl('/audit', { username: 'a b' })).toBe('/api/v1/audit?username=a+b')
  })
})
