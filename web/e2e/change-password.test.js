// Scenario 3: a user created through the API changes their password in the UI, logs out and logs in
// again with the new password (the old one no longer works).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { SKIP, ADMIN_USER, ADMIN_PASSWORD, runStamp, strongPassword } from './helpers/env.js'
import { ApiSession } from './helpers/api.js'
import { randomCreditCode } from './helpers/credit-code.js'
import { testRegionPath } from './helpers/regions.js'
import { withBrowser } from './helpers/browser.js'
import { byTestId, login, logout } from './helpers/ui.js'

/** An approved organisation with one org_user, both created by the administrator through the API. */
async function createUser(stamp) {
  const admin = await ApiSession.login(ADMIN_USER, ADMIN_PASSWORD)
  const county = (await testRegionPath(admin)).at(-1)
  const org = await admin.post('/orgs', {
    name: `测试用户单位${stamp}`,
    kind: 'enterprise',
    credit_code: randomCreditCode(county.code),
    region_code: county.code,
  })
  const user = { username: `e2epw${stamp}`, password: strongPassword() }
  await admin.post('/users', { ...user, display_name: '改密测试用户', role: 'org_user', org_id: org.id })
  return user
}

test('a user changes their password and logs in with the new one', { skip: SKIP }, async (t) => {
  const stamp = runStamp()
  const user = await createUser(stamp)
  const newPassword = strongPassword()

  await withBrowser(t, async (page) => {
    await login(page, user.username, user.password)
    await byTestId(page, 'current-user').click()
    await byTestId(page, 'menu-change-password').click()
    await byTestId(page, 'pw-old').fill(user.password)
    await byTestId(page, 'pw-new').fill(newPassword)
    await byTestId(page, 'pw-confirm').fill(newPassword)
    await byTestId(page, 'pw-submit').click()
    await page.locator('.el-message--success', { hasText: '密码已修改' }).waitFor()

    await logout(page)
    await byTestId(page, 'login-username').fill(user.username)
    await byTestId(page, 'login-password').fill(user.password)
    await byTestId(page, 'login-submit').click()
    await page.locator('.el-message--error').waitFor()
    assert.equal(new URL(page.url()).pathname, '/login', 'the old password no longer works')

    await login(page, user.username, newPassword)
    assert.match(await byTestId(page, 'current-user').innerText(), /改密测试用户/)
  })
})
