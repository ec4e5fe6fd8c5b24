// Technology market in the browser: an enterprise files a technology contract, the county registrar registers
// it, the county's turnover shows it; a published achievement is found on the public portal by a Chinese query.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { SKIP, ADMIN_USER, ADMIN_PASSWORD, runStamp, strongPassword } from './helpers/env.js'
import { ApiSession } from './helpers/api.js'
import { randomCreditCode } from './helpers/credit-code.js'
import { withBrowser } from './helpers/browser.js'
import { byTestId, login, logout, confirmDialog, waitForText } from './helpers/ui.js'

const COUNTY = { code: '410421', name: '宝丰县' }
const BUYER_COUNTY = '410422'

async function makeWorld(stamp) {
  const admin = await ApiSession.login(ADMIN_USER, ADMIN_PASSWORD)
  const org = (name, kind, region) =>
    admin.post('/orgs', { name: `${name}${stamp}`, kind, region_code: region, credit_code: randomCreditCode(region) })
  const bureau = await org('宝丰县科学技术局', 'county_bureau', COUNTY.code)
  const enterprise = await org('宝丰储能科技有限公司', 'enterprise', COUNTY.code)
  const user = async (prefix, role, orgId) => {
    const account = { username: `${prefix}${stamp}`, password: strongPassword() }
    await admin.post('/users', { ...account, display_name: `测试${prefix}`, role, org_id: orgId })
    return account
  }
  return { enterprise, seller: await user('e2eseller', 'org_user', enterprise.id), officer: await user('e2eofficer', 'county_officer', bureau.id) }
}

async function fileContractThroughPage(page, title) {
  await page.goto('/market/contracts/new')
  const form = byTestId(page, 'contract-form')
  const field = (label) => form.locator('.el-form-item', { hasText: label }).locator('input').first()
  await field('项目名称').fill(title)
  await field('技术领域代码').fill('10101')
  await field('签订日期').fill('2026-10-08')
  await field('签订日期').press('Enter')
  await field('买方名称').fill(`叶县买方企业${title}`)
  await field('买方信用代码').fill(randomCreditCode(BUYER_COUNTY))
  await field('买方行政区划').fill(BUYER_COUNTY)
  await field('合同成交额').fill('1000000')
  await form.getByRole('button', { name: '添加一项' }).click()
  await form.locator('input[placeholder="金额（元）"]').fill('200000.50')
  await waitForText(byTestId(page, 'technical-amount'), '799,999.50')
  await byTestId(page, 'contract-submit').click()
  await page.waitForURL(/\/market\/contracts(\?|$)/)
}

test('a contract is filed, registered by the county, and counted in its turnover', { skip: SKIP }, async (t) => {
  const stamp = runStamp()
  const world = await makeWorld(stamp)
  const title = `储能材料技术开发${stamp}`
  await withBrowser(t, async (page) => {
    await login(page, world.seller.username, world.seller.password)
    await fileContractThroughPage(page, title)
    const row = page.locator('[data-testid="contract-table"] .el-table__body tr', { hasText: title })
    await waitForText(row, '待登记')
    await waitForText(row, '剩余 30 天')
    await logout(page)

    await login(page, world.officer.username, world.officer.password)
    await page.goto('/market/contracts')
    const pending = page.locator('[data-testid="contract-table"] .el-table__body tr', { hasText: title })
    await pending.locator('[data-testid="contract-register"]').click()
    await confirmDialog(page)
    await waitForText(pending, '已登记')
    await waitForText(pending, `${COUNTY.code}-`)

    await page.goto('/market/contracts/stats')
    const county = page.locator('[data-testid="stats-table"] .el-table__body tr', { hasText: COUNTY.name })
    await waitForText(county, '1,000,000.00')
    await waitForText(county, '799,999.50')
  })
})

test('the public portal finds a published achievement by a two-character Chinese query', { skip: SKIP }, async (t) => {
  const stamp = runStamp()
  const world = await makeWorld(`${stamp}b`)
  const seller = await ApiSession.login(world.seller.username, world.seller.password)
  const officer = await ApiSession.login(world.officer.username, world.officer.password)
  const title = `固态储能隔膜${stamp}`
  const item = await seller.post('/market/achievements', {
    title, abstract: '耐高温陶瓷涂覆隔膜。', hightech_field_code: '10101', region_code: COUNTY.code, transfer_mode: 'license',
    maturity: 'pilot', contact_name: '王联系', contact_phone: '13800138000', external_id: `e2e-${stamp}`,
  })
  await officer.post(`/market/achievements/${item.id}/approve`)
  await withBrowser(t, async (page) => {
    await page.goto('/market')
    await byTestId(page, 'market-q').fill('储能')
    await byTestId(page, 'market-search').click()
    const hit = page.locator('[data-testid="market-hit"]', { hasText: title })
    await hit.waitFor()
    assert.equal(await hit.locator('mark', { hasText: '储能' }).count() > 0, true)
    assert.equal(await hit.filter({ hasText: '13800138000' }).count(), 0, 'the portal shows contact data')
  })
})
