import { api } from '../../api/client.js'

export const orgApi = {
  list: (query) => api.get('/orgs', query),
  get: (id) => api.get(`/orgs/${id}`),
  create: (org) => api.post('/orgs', org),
  update: (id, changes) => api.patch(`/orgs/${id}`, changes),
  approve: (id) => api.post(`/orgs/${id}/approve`, {}),
  reject: (id, reason) => api.post(`/orgs/${id}/reject`, { reason }),
}

export const attachmentApi = {
  list: (recordType, recordId) => api.get('/attachments', { record_type: recordType, record_id: recordId }),
  upload: (recordType, recordId, file) =>
    api.upload('/attachments', { record_type: recordType, record_id: recordId, filename: file.name }, file),
  downloadUrl: (id) => `/api/v1/attachments/${id}/download`,
}
