import { api } from '../../api/client.js'

export const marketApi = {
  listContracts: (query) => api.get('/market/contracts', query),
  getContract: (id) => api.get(`/market/contracts/${id}`),
  fileContract: (body) => api.post('/market/contracts', body),
  registerContract: (id) => api.post(`/market/contracts/${id}/register`, {}),
  refuseContract: (id, reason) => api.post(`/market/contracts/${id}/refuse`, { reason }),
  stats: (year) => api.get('/market/contracts/stats', { year }),
  exportStats: (year) => api.download('/market/contracts/stats/export', { year }),
  listListings: (kind, query) => api.get(`/market/${kind}`, query),
  submitListing: (kind, body) => api.post(`/market/${kind}`, body),
  approveListing: (kind, id) => api.post(`/market/${kind}/${id}/approve`, {}),
  rejectListing: (kind, id, reason) => api.post(`/market/${kind}/${id}/reject`, { reason }),
  search: (query) => api.get('/market/search', query),
  suggest: (query) => api.get('/market/suggest', query),
  listProfiles: (kind, query) => api.get(`/market/${kind}`, query),
  submitProfile: (kind, body) => api.post(`/market/${kind}`, body),
  approveProfile: (kind, id) => api.post(`/market/${kind}/${id}/approve`, {}),
  rejectProfile: (kind, id, reason) => api.post(`/market/${kind}/${id}/reject`, { reason }),
  publicProfile: (kind, id) => api.get(`/public/market/${kind}/${id}`),
}
