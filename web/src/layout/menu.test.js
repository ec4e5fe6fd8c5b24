import { describe, it, expect } from 'vitest'
import { menuFor } from './menu.js'
import { canAccess, assignableRoles, ALL_ROLES } from '../shared/roles.js'

function user(role, extra = {}) {
  return { id: 1, role, org_id: 7, ...extra }
}

/** Paths of every visible entry, groups flattened. */
function paths(role, extra) {
  return menuFor(user(role, extra)).flatMap((item) => (item.children ? item.children.map((c) => c.path) : [item.path]))
}

describe('menuFor', () => {
  it('shows the administrator every area', () => {
    const admin = paths('admin', { org_id: null })
    expect(admin).toEqual(expect.arrayContaining(['/', '/orgs', '/users', '/roles', '/audit', '/account/password']))
    expect(admin).not.toContain('/orgs/null')
  })

  it('gives organisation users their own organisation, the technology market, the annual report and their account', () => {
    expect(paths('org_user')).toEqual(['/', '/orgs/7', '/platforms', '/market/contracts', '/market/demands', '/market/achievements',
      '/market/experts', '/market/agencies',
      '/market/matchmaking', '/market/events', '/market/import', '/cultivation/report', '/account/password'])
  })

  it('shows the enterprise import to the administrator and bureau staff only', () => {
    const withImport = ALL_ROLES.filter((role) => paths(role).includes('/cultivation/import'))
    expect(withImport.sort()).toEqual(['admin', 'city_admin', 'city_officer', 'county_officer'])
  })

  it('shows the turnover statistics to the administrator and bureau staff only', () => {
    const withStats = ALL_ROLES.filter((role) => paths(role).includes('/market/contracts/stats'))
    expect(withStats.sort()).toEqual(['admin', 'city_admin', 'city_officer', 'county_officer'])
  })

  it('lets organisation administrators manage users but not see the audit trail', () => {
    const orgAdmin = paths('org_admin', { org_id: 12 })
    expect(orgAdmin).toContain('/orgs/12')
    expect(orgAdmin).toContain('/users')
    expect(orgAdmin).not.toContain('/audit')
    expect(orgAdmin).not.toContain('/orgs')
  })

  it('gives bureau officers the organisation list for approval, without users or audit', () => {
    for (const role of ['city_officer', 'county_officer']) {
      const visible = paths(role)
      expect(visible).toContain('/orgs')
      expect(visible).not.toContain('/users')
      expect(visible).not.toContain('/audit')
    }
  })

  it('shows the audit trail only to admin and city_admin', () => {
    const withAudit = ALL_ROLES.filter((role) => paths(role).includes('/audit'))
    expect(withAudit.sort()).toEqual(['admin', 'city_admin'])
  })

  it('shows user management only to admin, city_admin and org_admin', () => {
    const withUsers = ALL_ROLES.filter((role) => paths(role).includes('/users'))
    expect(withUsers.sort()).toEqual(['admin', 'city_admin', 'org_admin'])
  })

  it('drops a group whose children are all hidden', () => {
    const groups = menuFor(user('city_officer')).filter((item) => item.children).map((item) => item.key)
    expect(groups).toEqual(['market', 'cultivation', 'me'])
    expect(menuFor(user('expert')).map((item) => item.key)).not.toContain('market')
  })

  it('shows users of an organisation awaiting approval only their organisation and account', () => {
    expect(paths('org_admin', { org_status: 'pending' })).toEqual(['/', '/orgs/7', '/account/password'])
    expect(paths('org_admin', { org_status: 'approved' })).toContain('/users')
  })

  it('is empty without a user', () => {
    expect(menuFor(null)).toEqual([])
  })
})

describe('roles', () => {
  it('gives the annual report to enterprises and the cultivation review to bureaus', () => {
    expect(ALL_ROLES.filter((role) => canAccess(role, 'cultivationReport')).sort()).toEqual(['org_admin', 'org_user'])
    expect(ALL_ROLES.filter((role) => canAccess(role, 'cultivationReview')).sort())
      .toEqual(['admin', 'city_admin', 'city_officer', 'county_officer'])
  })

  it('lets only bureau roles and admin review organisations', () => {
    const reviewers = ALL_ROLES.filter((role) => canAccess(role, 'orgReview'))
    expect(reviewers.sort()).toEqual(['admin', 'city_admin', 'city_officer', 'county_officer'])
  })

  it('rejects an unknown area instead of silently hiding it', () => {
    expect(() => canAccess('admin', 'nonsense')).toThrow('unknown area')
  })

  it('keeps organisation administrators inside their organisation when creating users', () => {
    expect(assignableRoles('org_admin')).toEqual(['org_admin', 'org_user'])
    expect(assignableRoles('city_admin')).not.toContain('admin')
    expect(assignableRoles('org_user')).toEqual([])
  })
})
