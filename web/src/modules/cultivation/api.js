import { api } from '../../api/client.js'

const REPORTS = '/cultivation/reports'
const POOL = '/cultivation/reserve-pool'

export const reportApi = {
  list: (query) => api.get(REPORTS, query),
  get: (id) => api.get(`${REPORTS}/${id}`),
  save: (body) => api.post(REPORTS, body),
  // Live preview while typing: field errors are shown beside the form, not as pop-ups.
  preview: (body) => api.post(`${REPORTS}/preview`, body, { quiet: true }),
  step: (id, step, body = {}) => api.post(`${REPORTS}/${id}/${step}`, body),
}

export const publicityApi = {
  list: () => api.get('/cultivation/publicity', undefined, { handleAuth: false }),
}

export const poolApi = {
  list: (query) => api.get(POOL, query),
  nominate: (orgId, reason) => api.post(POOL, { org_id: orgId, reason }),
  decide: (orgId, decision, comment) => api.post(`${POOL}/${orgId}/decision`, { decision, comment }),
  reassess: (fiscalYear) => api.post(`${POOL}/reassess`, { fiscal_year: fiscalYear }),
  officerCandidates: (orgId) => api.get(`${POOL}/${orgId}/officer-candidates`),
  assignOfficer: (orgId, userId) => api.post(`${POOL}/${orgId}/service-officer`, { user_id: userId }),
  visits: (orgId) => api.get(`${POOL}/${orgId}/visits`),
  logVisit: (orgId, body) => api.post(`${POOL}/${orgId}/visits`, body),
}

export const targetsApi = {
  get: (year) => api.get(`/cultivation/targets/${year}`),
  put: (year, body) => api.put(`/cultivation/targets/${year}`, body),
  counties: (cityCode) => api.get('/ref/regions', { parent: cityCode }),
}

export const monitoringApi = {
  counts: (fiscalYear) => api.get('/cultivation/monitoring/counts', { fiscal_year: fiscalYear }),
  exportCounts: (fiscalYear) => api.download('/cultivation/monitoring/counts/export', { fiscal_year: fiscalYear }),
  nearThreshold: (fiscalYear, marginPp) =>
    api.get('/cultivation/monitoring/near-threshold', { fiscal_year: fiscalYear, margin_pp: marginPp }),
}

export const bulletinApi = {
  get: (year) => api.get('/cultivation/bulletin', { year }),
  exportExcel: (year) => api.download('/cultivation/bulletin/export', { year }),
  pdf: (year) => api.download('/cultivation/bulletin.pdf', { year }),
}

const TIERS = '/cultivation/tier-policies'

export const tierPolicyApi = {
  inForce: (region) => api.get(TIERS, { region }),
  versions: (tier, region) => api.get(`${TIERS}/${tier}/versions`, { region }),
  publish: (tier, body) => api.post(`${TIERS}/${tier}`, body),
}
