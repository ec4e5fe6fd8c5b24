// Enterprise cultivation in the browser: an enterprise fills its annual report and sees the live score
// breakdown, submits; the county officer passes it; the city officer confirms it; it shows on the dashboard.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { SKIP, ADMIN_USER, ADMIN_PASSWORD, runStamp, strongPassword } from './helpers/env.js'
import { ApiSession } from './helpers/api.js'
import { randomCreditCode } from './helpers/credit-code.js'
import { withBrowser } from './helpers/browser.js'
import { byTestId, login, logout, confirmDialog, waitForText } from './helpers/ui.js'

const COUNTY = { code: '410421', name: '宝丰县' }
const CITY = '410400'

async function makeWorld(stamp) {
  const admin = await ApiSession.login(ADMIN_USER, ADMIN_PASSWORD)
  const org = (name, kind, region) =>
    admin.post('/orgs', { name: `${name}${stamp}`, kind, region_code: region, credit_code: randomCreditCode(region) })
  const city = await org('平顶山市科学技术局', 'city_bureau', CITY)
  const county = await org('宝丰县科学技术局', 'county_bureau', COUNTY.code)
  const enterprise = await org('宝丰智能装备有限公司', 'enterprise', COUNTY.code)
  const user = async (prefix, role, orgId) => {
    const account = { username: `${prefix}${stamp}`, password: strongPassword() }
    await admin.post('/users', { ...account, display_name: `测试${prefix}`, role, org_id: orgId })
    return account
  }
  return {
    enterprise,
    filer: await user('e2efiler', 'org_user', enterprise.id),
    officer: await user('e2ecounty', 'county_officer', county.id),
    cityOfficer: await user('e2ecity', 'city_officer', city.id),
  }
}

async function fillReport(page) {
  await page.goto('/cultivation/report')
  const form = byTestId(page, 'report-form')
  const field = (label) => form.locator('.el-form-item', { hasText: label }).locator('input').first()
  await field('所属行业').fill('6513')
  await field('职工总数').fill('100')
  await field('科技人员数').fill('30')
  await field('销售收入').fill('5000')
  await field('资产总额').fill('3000')
  await field('研发费用').fill('280')
  await field('成本费用支出总额').fill('4500')
  await form.getByRole('button', { name: '添加知识产权' }).click()
}

async function reviewStep(page, orgName, step) {
  await page.goto('/cultivation/reviews')
  const row = byTestId(page, 'review-table').locator('.el-table__row', { hasText: orgName })
  await row.locator(`[data-testid="review-${step}"]`).click()
  await confirmDialog(page)
  await page.locator('.el-message--success').first().waitFor()
}

test('an annual report goes from the enterprise through the county and the city to the dashboard', { skip: SKIP }, async (t) => {
  const stamp = runStamp()
  const world = await makeWorld(stamp)
  await withBrowser(t, async (page) => {
    await login(page, world.filer.username, world.filer.password)
    await fillReport(page)
    // 5.6 % of sales: band B (40 points), 0.4 points below band A.
    await waitForText(byTestId(page, 'preview-breakdown').locator('.el-table__row'), '差 0.4 个百分点')
    await waitForText(byTestId(page, 'preview-total'), '90')
    assert.match(await byTestId(page, 'preview-outcome').innerText(), /评分通过/)
    await byTestId(page, 'report-submit').click()
    await waitForText(byTestId(page, 'report-state'), '已提交')
    await logout(page)

    await login(page, world.officer.username, world.officer.password)
    await reviewStep(page, world.enterprise.name, 'county-pass')
    await logout(page)

    await login(page, world.cityOfficer.username, world.cityOfficer.password)
    await page.goto('/cultivation/reviews')
    await reviewStep(page, world.enterprise.name, 'city-confirm')
    await waitForText(byTestId(page, 'review-table').locator('.el-table__row', { hasText: world.enterprise.name }), '市局已确认')
    await page.goto('/cultivation/dashboard')
    await waitForText(byTestId(page, 'dashboard-counts').locator('.el-table__row'), COUNTY.name)
    await waitForText(byTestId(page, 'dashboard-near').locator('.el-table__row'), world.enterprise.name)

    // The city officer nominates it to the 高企 reserve pool by hand.
    await page.goto('/cultivation/reserve-pool')
    await byTestId(page, 'pool-nominate').click()
    const dialog = page.locator('.el-dialog:visible')
    await dialog.locator('.el-select input').fill(world.enterprise.name.slice(0, 6))
    await page.locator('.el-select-dropdown__item:visible', { hasText: world.enterprise.name }).first().click()
    await dialog.locator('textarea').fill('研发投入接近高企标准，重点培育')
    await byTestId(page, 'pool-nominate-submit').click()
    await waitForText(byTestId(page, 'pool-table').locator('.el-table__row'), world.enterprise.name)
    await waitForText(byTestId(page, 'pool-table').locator('.el-table__row', { hasText: world.enterprise.name }), '县区推荐')
  })
})
