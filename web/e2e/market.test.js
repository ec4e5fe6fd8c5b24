// Technology market in the browser: an enterprise files a technology contract, the county registrar registers
// it, the county's turnover shows it; a published achievement is found on the public portal by a Chinese query.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { SKIP, runStamp } from './helpers/env.js'
import { ApiSession } from './helpers/api.js'
import { withBrowser } from './helpers/browser.js'
import { byTestId, login, logout, waitForText } from './helpers/ui.js'
import { COUNTY, makeCounty, fileContractThroughPage, registerContractThroughPage, countyTurnoverRow, countyOutput, FILED_CONTRACT } from './helpers/market.js'
import { fenToYuan } from '../src/modules/market/money.js'

async function makeWorld(stamp) {
  const county = await makeCounty(stamp)
  return { enterprise: county.enterprise.org, seller: county.enterprise.account, officer: county.officer }
}

test('a contract is filed, registered by the county, and counted in its turnover', { skip: SKIP }, async (t) => {
  const stamp = runStamp()
  const world = await makeWorld(stamp)
  const title = `储能材料技术开发${stamp}`
  // Other tests register contracts in the same county: the turnover must rise by this one's amounts.
  const before = await countyOutput(await ApiSession.login(world.officer.username, world.officer.password))
  await withBrowser(t, async (page) => {
    await login(page, world.seller.username, world.seller.password)
    await fileContractThroughPage(page, title)
    const row = page.locator('[data-testid="contract-table"] .el-table__body tr', { hasText: title })
    await waitForText(row, '待登记')
    await waitForText(row, '剩余 30 天')
    await logout(page)

    await login(page, world.officer.username, world.officer.password)
    await registerContractThroughPage(page, title)

    await page.goto('/market/contracts/stats')
    const county = countyTurnoverRow(page)
    await waitForText(county, fenToYuan(before.total + FILED_CONTRACT.total))
    await waitForText(county, fenToYuan(before.technical + FILED_CONTRACT.technical))
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
