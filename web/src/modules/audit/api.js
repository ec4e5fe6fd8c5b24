import { api } from '../../api/client.js'

export const auditApi = {
  list: (query) => api.get('/audit', query),
  exportXlsx: (query) => api.download('/audit/export', query),
  verify: () => api.get('/audit/verify'),
}
