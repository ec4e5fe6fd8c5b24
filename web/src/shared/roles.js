// Roles of docs/api.md ("Users and roles") and who may do what with them in the UI.
// The server enforces every rule again; the UI only hides what the user cannot use.

export const ROLE_NAMES = {
  admin: '系统管理员',
  city_admin: '市科技局管理员',
  city_officer: '市科技局工作人员',
  county_officer: '县（区）科技局工作人员',
  org_admin: '单位管理员',
  org_user: '单位用户',
  expert: '评审专家',
}

export const ALL_ROLES = Object.keys(ROLE_NAMES)
export const BUREAU_ROLES = ['city_admin', 'city_officer', 'county_officer']
export const ORG_ROLES = ['org_admin', 'org_user']

/** Which roles may open each area of the UI. */
const AREA_ROLES = {
  home: ALL_ROLES,
  account: ALL_ROLES,
  orgDetail: ALL_ROLES,
  orgs: ['admin', ...BUREAU_ROLES, 'expert'],
  orgCreate: ['admin', ...BUREAU_ROLES],
  orgReview: ['admin', ...BUREAU_ROLES],
  myOrg: ORG_ROLES,
  users: ['admin', 'city_admin', 'org_admin'],
  roles: ['admin', 'city_admin', 'org_admin'],
  audit: ['admin', 'city_admin'],
  marketContracts: ['admin', ...BUREAU_ROLES, ...ORG_ROLES],
  marketContractFile: ORG_ROLES,
  marketStats: ['admin', ...BUREAU_ROLES],
  marketListings: ['admin', ...BUREAU_ROLES, ...ORG_ROLES],
  marketMatchmaking: ['admin', ...BUREAU_ROLES, ...ORG_ROLES],
  marketEvents: ['admin', ...BUREAU_ROLES, ...ORG_ROLES],
  marketEventStats: ['admin', ...BUREAU_ROLES],
  cultivationReport: ORG_ROLES,
  cultivationReview: ['admin', ...BUREAU_ROLES],
  targets: ['admin', ...BUREAU_ROLES],
  notifications: ALL_ROLES,
}

export function canAccess(role, area) {
  const allowed = AREA_ROLES[area]
  if (!allowed) throw new Error(`unknown area: ${area}`)
  return allowed.includes(role)
}

// Until a bureau approves their organisation, its users may read only `me` and the organisation itself
// (403 ORG_NOT_APPROVED otherwise, docs/api.md "Sessions").
const AREAS_BEFORE_APPROVAL = new Set(['home', 'account', 'orgDetail', 'myOrg'])
const UNAPPROVED_ORG_STATUSES = new Set(['pending', 'rejected'])

/** canAccess for a signed-in user, also honouring the approval of their organisation. */
export function userCanAccess(user, area) {
  if (!user || !canAccess(user.role, area)) return false
  return !UNAPPROVED_ORG_STATUSES.has(user.org_status) || AREAS_BEFORE_APPROVAL.has(area)
}

/** Roles a user of `role` may give to new accounts (org admins stay inside their organisation). */
export function assignableRoles(role) {
  if (role === 'admin') return ALL_ROLES
  if (role === 'city_admin') return ALL_ROLES.filter((r) => r !== 'admin')
  if (role === 'org_admin') return ORG_ROLES
  return []
}
