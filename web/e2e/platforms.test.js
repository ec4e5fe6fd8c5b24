// Scenario: a bureau user records an innovation platform for an organisation in the 创新平台 page, finds it in
// the list as 已认定, then revokes it and sees it as 已撤销.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { SKIP, ADMIN_USER, ADMIN_PASSWORD, runStamp } from './helpers/env.js'
import { ApiSession } from './helpers/api.js'
import { randomCreditCode } from './helpers/credit-code.js'
import { testRegionPath } from './helpers/regions.js'
import { withBrowser } from './helpers/browser.js'
import { byTestId, login, chooseOption, waitForText } from './helpers/ui.js'

async function pickDate(page, scope, date) {
  const input = page.locator(`${scope} .el-date-editor input`).first()
  await input.fill(date)
  await input.press('Enter')
}

async function findRow(page, name) {
  await byTestId(page, 'platform-filter-q').fill(name)
  await byTestId(page, 'platform-search').click()
  const row = page.locator('.el-table__body tr', { hasText: name })
  await row.first().waitFor()
  return row
}

test('a bureau user records a platform, then revokes it', { skip: SKIP }, async (t) => {
  const stamp = runStamp()
  const admin = await ApiSession.login(ADMIN_USER, ADMIN_PASSWORD)
  const county = (await testRegionPath(admin)).at(-1)
  const host = await admin.post('/orgs', {
    name: `平台依托测试有限公司${stamp}`, kind: 'enterprise', credit_code: randomCreditCode(county.code), region_code: county.code,
  })
  const name = `测试新材料工程技术研究中心${stamp}`

  await withBrowser(t, async (page) => {
    await login(page, ADMIN_USER, ADMIN_PASSWORD)
    await page.goto('/platforms')
    await byTestId(page, 'platform-create').click()
    await byTestId(page, 'platform-name').fill(name)
    await chooseOption(page, 'platform-type', '工程技术研究中心')
    await page.locator('.el-dialog:visible .el-radio', { hasText: '市级' }).click()
    await byTestId(page, 'platform-host').click()
    await page.keyboard.type(host.name)
    await page.locator('.el-select-dropdown__item:visible', { hasText: host.name }).first().click()
    await waitForText(byTestId(page, 'platform-host'), host.name) // the choice took (not replaced by a late answer)
    await pickDate(page, '.el-dialog:visible', '2024-05-10')
    await byTestId(page, 'platform-document').fill('平科[2024]18号')
    await byTestId(page, 'platform-save').click()
    await page.locator('.el-dialog:visible').waitFor({ state: 'hidden' })

    const row = await findRow(page, name)
    await waitForText(row.locator('[data-testid="platform-status"]'), '已认定')
    assert.match(await row.first().innerText(), /平科〔2024〕18号/)

    await row.locator('[data-testid="platform-row-revoke"]').click()
    await pickDate(page, '.el-dialog:visible', '2025-01-20')
    await byTestId(page, 'platform-revoke-reason').fill('绩效评估不合格')
    await byTestId(page, 'platform-revoke-confirm').click()
    await waitForText(page.locator('.el-table__body tr', { hasText: name }).locator('[data-testid="platform-status"]'), '已撤销')
  })
})
