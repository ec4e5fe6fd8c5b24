import { api } from '../../api/client.js'

// Contact requests, matchmaking records (对接记录) and matchmaking events (对接活动).
export const matchmakingApi = {
  contact: (kind, id, message) => api.post(`/market/${kind}/${id}/contact`, message ? { message } : {}),
  listRecords: (query) => api.get('/market/matchmaking', query),
  getRecord: (id) => api.get(`/market/matchmaking/${id}`),
  changeStatus: (id, status, note) => api.post(`/market/matchmaking/${id}/status`, { status, note }),
  linkContract: (id, contractId) => api.post(`/market/matchmaking/${id}/contract`, { contract_id: contractId }),
  listEvents: (query) => api.get('/market/events', query),
  getEvent: (id) => api.get(`/market/events/${id}`),
  createEvent: (body) => api.post('/market/events', body),
  invite: (id, listingIds) => api.post(`/market/events/${id}/invite`, { listing_ids: listingIds }),
  register: (id, listingId) => api.post(`/market/events/${id}/register`, listingId ? { listing_id: listingId } : {}),
  recordOutcome: (id, body) => api.post(`/market/events/${id}/outcomes`, body),
  closeEvent: (id) => api.post(`/market/events/${id}/close`, {}),
  cancelEvent: (id, reason) => api.post(`/market/events/${id}/cancel`, { reason }),
  eventStats: (year) => api.get('/market/events/stats', { year }),
  exportEventStats: (year) => api.download('/market/events/stats/export', { year }),
}
