// Scenario 2: an organisation registers itself, the administrator approves it in the UI, and the
// organisation list then shows it as 已通过.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { SKIP, ADMIN_USER, ADMIN_PASSWORD, runStamp, strongPassword } from './helpers/env.js'
import { ApiSession } from './helpers/api.js'
import { randomCreditCode } from './helpers/credit-code.js'
import { testRegionPath } from './helpers/regions.js'
import { withBrowser } from './helpers/browser.js'
import { byTestId, login, chooseOption, chooseCascaderPath, confirmDialog, waitForText } from './helpers/ui.js'

async function registerThroughPage(page, org, user, regionNames) {
  await page.goto('/register')
  await byTestId(page, 'org-name').fill(org.name)
  await chooseOption(page, 'org-kind', '企业')
  await byTestId(page, 'org-credit-code').fill(org.creditCode)
  await chooseCascaderPath(page, 'org-region', regionNames)
  await byTestId(page, 'reg-username').fill(user.username)
  await byTestId(page, 'reg-display-name').fill(user.displayName)
  await byTestId(page, 'reg-password').fill(user.password)
  await byTestId(page, 'reg-confirm').fill(user.password)
  await byTestId(page, 'reg-submit').click()
  await page.locator('.el-message-box:visible', { hasText: '注册成功' }).waitFor()
  await confirmDialog(page)
  await page.waitForURL(/\/login/)
}

async function searchOrgList(page, name) {
  await page.goto('/orgs')
  await byTestId(page, 'org-filter-q').fill(name)
  await byTestId(page, 'org-search').click()
  const row = page.locator('.el-table__body tr', { hasText: name })
  await row.first().waitFor()
  return row
}

test('a registered organisation is approved by the administrator', { skip: SKIP }, async (t) => {
  const stamp = runStamp()
  const admin = await ApiSession.login(ADMIN_USER, ADMIN_PASSWORD)
  const region = await testRegionPath(admin)
  const county = region.at(-1)
  const org = { name: `测试科技有限公司${stamp}`, creditCode: randomCreditCode(county.code) }
  const user = { username: `e2ereg${stamp}`, displayName: '测试管理员', password: strongPassword() }
  t.diagnostic(`org ${org.name} ${org.creditCode} in ${region.map((r) => r.name).join('/')}`)

  await withBrowser(t, async (page) => {
    await registerThroughPage(page, org, user, region.map((r) => r.name))

    await login(page, ADMIN_USER, ADMIN_PASSWORD)
    const pendingRow = await searchOrgList(page, org.name)
    await waitForText(pendingRow.locator('[data-testid="org-status"]'), '待审核')

    await pendingRow.locator('[data-testid="org-name-link"]').click()
    await waitForText(byTestId(page, 'org-detail-name'), org.name)
    await byTestId(page, 'org-approve').click()
    await confirmDialog(page)
    await waitForText(byTestId(page, 'org-detail-status'), '已通过')

    const approvedRow = await searchOrgList(page, org.name)
    assert.equal(await approvedRow.count(), 1)
    await waitForText(approvedRow.locator('[data-testid="org-status"]'), '已通过')
  })
})
