import { api } from '../../api/client.js'

export const authApi = {
  login: (username, password) => api.post('/auth/login', { username, password }, { handleAuth: false }),
  logout: () => api.post('/auth/logout', {}, { handleAuth: false, quiet: true }),
  // The first `me` of a visit decides whether a session exists: no message, no redirect.
  me: () => api.get('/auth/me', undefined, { quiet: true, handleAuth: false }),
  changePassword: (oldPassword, newPassword) =>
    api.post('/auth/change-password', { old_password: oldPassword, new_password: newPassword }, { handleAuth: false }),
  register: (org, user) => api.post('/auth/register', { org, user }, { handleAuth: false }),
}
