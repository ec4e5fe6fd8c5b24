// Scenario 1: the administrator signs in and sees the layout with every area of the side menu.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { SKIP, ADMIN_USER, ADMIN_PASSWORD } from './helpers/env.js'
import { withBrowser } from './helpers/browser.js'
import { byTestId, login } from './helpers/ui.js'

test('admin logs in and sees the layout', { skip: SKIP }, async (t) => {
  await withBrowser(t, async (page) => {
    await login(page, ADMIN_USER, ADMIN_PASSWORD)

    const menu = byTestId(page, 'side-menu')
    for (const entry of ['工作台', '单位管理', '账号管理', '审计日志', '我的账号']) {
      assert.ok(await menu.getByText(entry, { exact: true }).isVisible(), `menu shows ${entry}`)
    }
    assert.match(await byTestId(page, 'current-user').innerText(), /系统管理员/)
    await byTestId(page, 'status-chart').waitFor()

    // A deep link survives a reload: the server answers unknown paths with index.html.
    await page.goto('/audit')
    await byTestId(page, 'audit-table').waitFor()
    assert.equal(new URL(page.url()).pathname, '/audit')
  })
})

test('a wrong password shows the server message in Chinese', { skip: SKIP }, async (t) => {
  await withBrowser(t, async (page) => {
    await page.goto('/login')
    await byTestId(page, 'login-username').fill(ADMIN_USER)
    await byTestId(page, 'login-password').fill(`${ADMIN_PASSWORD}-wrong`)
    await byTestId(page, 'login-submit').click()
    const message = page.locator('.el-message--error')
    await message.waitFor()
    assert.match(await message.innerText(), /用户名或密码错误/)
    assert.equal(new URL(page.url()).pathname, '/login')
  })
})
