import { api } from '../../api/client.js'

export const userApi = {
  list: (query) => api.get('/users', query),
  create: (user) => api.post('/users', user),
  resetPassword: (id, newPassword) => api.post(`/users/${id}/reset-password`, { new_password: newPassword }),
  disable: (id) => api.post(`/users/${id}/disable`),
  enable: (id) => api.post(`/users/${id}/enable`),
  unlock: (id) => api.post(`/users/${id}/unlock`),
}

export const roleApi = {
  list: () => api.get('/roles'),
}
