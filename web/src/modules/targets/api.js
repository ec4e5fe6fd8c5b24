import { api } from '../../api/client.js'

export const targetsApi = {
  listDocuments: (query) => api.get('/policy-documents', query),
  createDocument: (body) => api.post('/policy-documents', body),
  getDocument: (id) => api.get(`/policy-documents/${id}`),
  addItem: (documentId, body) => api.post(`/policy-documents/${documentId}/items`, body),
  editItem: (id, body) => api.patch(`/policy-items/${id}`, body),
  confirmItem: (id) => api.post(`/policy-items/${id}/confirm`, {}),
  rejectItem: (id) => api.post(`/policy-items/${id}/reject`, {}),
  listLedger: (query) => api.get('/ledger/items', query),
  getLedgerItem: (id) => api.get(`/ledger/items/${id}`),
  updateLedgerItem: (id, body) => api.patch(`/ledger/items/${id}`, body),
  metrics: () => api.get('/ledger/metrics'),
  submitReport: (itemId, body) => api.post(`/ledger/items/${itemId}/reports`, body),
  acceptReport: (id) => api.post(`/ledger/reports/${id}/accept`, {}),
  returnReport: (id, reason) => api.post(`/ledger/reports/${id}/return`, { reason }),
  dashboard: () => api.get('/ledger/dashboard'),
  notify: () => api.post('/ledger/warnings/notify', {}),
  matrix: () => api.get('/ledger/matrix'),
  bulletin: () => api.get('/ledger/bulletin'),
  exportBulletin: () => api.download('/ledger/bulletin/export'),
  exportMatrix: () => api.download('/ledger/matrix/export'),
}
