import { describe, it, expect } from 'vitest'
import { guardTarget } from './guard.js'
import { canAccess } from '../shared/roles.js'

function session(user) {
  return {
    loggedIn: user !== null,
    mustChangePassword: Boolean(user?.must_change_password),
    can: (area) => user !== null && canAccess(user.role, area),
  }
}
const route = (name, meta = {}, fullPath = `/${name}`) => ({ name, meta, fullPath })

describe('guardTarget', () => {
  it('sends visitors without a session to login, remembering where they were going', () => {
    expect(guardTarget(route('audit', { area: 'audit' }, '/audit?page=2'), session(null))).toEqual({
      name: 'login',
      query: { redirect: '/audit?page=2' },
    })
  })

  it('lets anyone open public pages, but a signed-in user skips the login page', () => {
    expect(guardTarget(route('register', { public: true }), session(null))).toBe(true)
    expect(guardTarget(route('login', { public: true }), session({ role: 'org_user' }))).toEqual({ name: 'home' })
  })

  it('holds a user whose password was reset on the change-password page', () => {
    const reset = session({ role: 'admin', must_change_password: true })
    expect(guardTarget(route('orgs', { area: 'orgs' }), reset)).toEqual({ name: 'change-password' })
    expect(guardTarget(route('change-password', { area: 'account' }), reset)).toBe(true)
  })

  it('turns users away from areas of other roles', () => {
    expect(guardTarget(route('audit', { area: 'audit' }), session({ role: 'city_officer' }))).toEqual({ name: 'home' })
    expect(guardTarget(route('audit', { area: 'audit' }), session({ role: 'city_admin' }))).toBe(true)
  })
})
