import { randomBytes } from 'node:crypto'

// Settings of a browser-test run, all from the environment so the tests need no local data.
export const BASE_URL = (process.env.KC_BASE_URL ?? '').replace(/\/$/, '')
export const ADMIN_USER = process.env.KC_ADMIN_USER ?? 'admin'
export const ADMIN_PASSWORD = process.env.KC_ADMIN_PASSWORD ?? ''
export const CHROMIUM = process.env.KC_CHROMIUM ?? '/usr/bin/chromium'
// Optional: the county to register test organisations in (default: the admin's region, else the first county).
export const REGION_CODE = process.env.KC_REGION_CODE ?? ''

/** node:test `skip` value: a reason when the run is not configured, else false. */
export const SKIP = !BASE_URL || !ADMIN_PASSWORD ? 'set KC_BASE_URL and KC_ADMIN_PASSWORD to run browser tests' : false

/** Long, with four character classes and unrelated to any username, so any sensible policy accepts it. */
export function strongPassword() {
  return `Kc#${randomBytes(6).toString('hex')}-Xy9`
}

/** Unique suffix so that repeated runs against one database never collide. */
export function runStamp() {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`
}
