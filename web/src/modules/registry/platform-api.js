import { api } from '../../api/client.js'

export const platformApi = {
  list: (query) => api.get('/platforms', query),
  codes: () => api.get('/platforms/codes'),
  get: (id) => api.get(`/platforms/${id}`),
  create: (platform) => api.post('/platforms', platform),
  update: (id, changes) => api.patch(`/platforms/${id}`, changes),
  revoke: (id, revokedOn, reason) => api.post(`/platforms/${id}/revoke`, { revoked_on: revokedOn, reason }),
}
