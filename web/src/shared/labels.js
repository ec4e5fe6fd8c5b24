// Display names of the enumerations of docs/api.md ("Organisations").

export const ORG_KINDS = [
  { value: 'enterprise', label: '企业' },
  { value: 'university', label: '高等院校' },
  { value: 'institute', label: '科研院所' },
  { value: 'service_provider', label: '服务机构' },
  { value: 'city_bureau', label: '市科技局' },
  { value: 'county_bureau', label: '县（区）科技局' },
]

/** Kinds an organisation may choose when it registers itself (bureaus are created by the platform). */
export const SELF_REGISTERED_KINDS = ORG_KINDS.filter((k) => !k.value.endsWith('_bureau'))

export const ORG_STATUSES = [
  { value: 'pending', label: '待审核', tag: 'warning' },
  { value: 'approved', label: '已通过', tag: 'success' },
  { value: 'rejected', label: '未通过', tag: 'danger' },
]

export function orgStatusTag(status) {
  return ORG_STATUSES.find((s) => s.value === status)?.tag ?? 'info'
}

const USER_STATUS_LABELS = { active: '正常', disabled: '已停用', locked: '已锁定' }

export function userStatusLabel(status) {
  return USER_STATUS_LABELS[status] ?? status
}

// Audit results: the contract leaves the words open, so unknown ones are shown as they come.
const AUDIT_RESULTS = {
  ok: { label: '成功', tag: 'success' },
  success: { label: '成功', tag: 'success' },
  fail: { label: '失败', tag: 'danger' },
  failed: { label: '失败', tag: 'danger' },
  failure: { label: '失败', tag: 'danger' },
  error: { label: '失败', tag: 'danger' },
  denied: { label: '拒绝', tag: 'danger' },
}

export function auditResult(result) {
  return AUDIT_RESULTS[result] ?? { label: result, tag: 'info' }
}

/** "2026-11-22T08:00:00Z" shown in the browser's local time, to the minute. */
export function formatTime(iso) {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const pad = (n) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** A Date as the contract's UTC ISO 8601 form without milliseconds. */
export function toIsoUtc(date) {
  return date ? new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z') : ''
}
