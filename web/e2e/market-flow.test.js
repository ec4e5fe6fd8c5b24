// Issue 4's whole technology-market flow in the browser: an enterprise posts a demand, the county officer
// approves it, a university finds it on the portal by a Chinese query and asks for contact (and sees the phone),
// a matchmaking event records the signed intention, the university's contract is registered and the county's
// turnover rises by its amount.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { SKIP, runStamp } from './helpers/env.js'
import { ApiSession } from './helpers/api.js'
import { withBrowser } from './helpers/browser.js'
import { byTestId, login, logout, waitForText } from './helpers/ui.js'
import { COUNTY, makeCounty, fileContractThroughPage, registerContractThroughPage, countyTurnoverRow, countyOutput, FILED_CONTRACT } from './helpers/market.js'
import { fenToYuan } from '../src/modules/market/money.js'

const PHONE = '13900139000'
const INTENDED_FEN = 1_000_000_00 // the intention typed on the event page

async function postDemandThroughPage(page, title) {
  await page.goto('/market/demands')
  await byTestId(page, 'listing-new').click()
  const form = byTestId(page, 'listing-form')
  const item = (label) => form.locator('.el-form-item').filter({ has: page.locator('.el-form-item__label', { hasText: label }) })
  await item('名称').locator('input').fill(title)
  await item('需求描述').locator('textarea').fill('需要在线检测帘子布表面缺陷的机器视觉系统，检出率不低于99%。')
  await item('技术领域代码').locator('input').fill('10101')
  await item('行政区划').locator('input').fill(COUNTY.code)
  await item('合作方式').locator('.el-select').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '委托开发' }).first().click()
  await item('联系人').locator('input').fill('赵工')
  await item('联系电话').locator('input').fill(PHONE)
  await byTestId(page, 'listing-submit').click()
  await waitForText(page.locator('[data-testid="listing-table"] .el-table__body tr', { hasText: title }), '待审核')
}

async function approveThroughPage(page, title) {
  await page.goto('/market/demands')
  const row = page.locator('[data-testid="listing-table"] .el-table__body tr', { hasText: title })
  await row.locator('[data-testid="listing-approve"]').click()
  await waitForText(row, '已发布')
}

async function findAndAskForContact(page, title) {
  await page.goto('/market')
  await page.locator('#tab-demand').click()
  await byTestId(page, 'market-q').fill('帘子布视觉检测')
  await byTestId(page, 'market-search').click()
  const hit = page.locator('[data-testid="market-hit"]', { hasText: title })
  await hit.waitFor()
  assert.equal(await hit.filter({ hasText: PHONE }).count(), 0, 'the phone shows before any request')
  await hit.locator('[data-testid="contact-ask"]').click()
  await waitForText(hit.locator('[data-testid="contact-phone"]'), PHONE)
}

// An event starting in a few seconds, with the demand invited and the university registered before it starts
// (the server has no test clock here), so that its outcomes can be recorded once it has begun.
async function eventAboutToStart(officer, university, demandId, stamp) {
  const startsAt = new Date(Date.now() + 4000)
  startsAt.setMilliseconds(0)
  const event = await officer.post('/market/events', {
    title: `新材料供需对接会${stamp}`, starts_at: startsAt.toISOString().replace('.000Z', 'Z'), place: '宝丰县科技大厦',
  })
  await officer.post(`/market/events/${event.id}/invite`, { listing_ids: [demandId] })
  await university.post(`/market/events/${event.id}/register`, {})
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, startsAt - Date.now()) + 1000))
  return event
}

async function recordIntentionThroughPage(page, eventId, enterpriseName, universityName) {
  await page.goto(`/market/events/${eventId}`)
  await waitForText(byTestId(page, 'event-status'), '已举办')
  const form = byTestId(page, 'outcome-form')
  const pick = async (label, option) => {
    await form.locator('.el-form-item').filter({ has: page.locator('.el-form-item__label', { hasText: label }) }).locator('.el-select').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click()
    // The next select's options are only reachable once this dropdown has faded out.
    await page.locator('.el-select__popper:visible').first().waitFor({ state: 'hidden' })
  }
  await pick('甲方', enterpriseName)
  await pick('乙方', universityName)
  await byTestId(page, 'outcome-amount').fill('1000000')
  await byTestId(page, 'outcome-submit').click()
  await waitForText(page.locator('[data-testid="event-outcomes"] .el-table__body tr'), '1,000,000.00')
}

test('demand → approval → portal search and contact → event intention → registered contract → county turnover', { skip: SKIP }, async (t) => {
  const stamp = runStamp()
  const world = await makeCounty(stamp, { enterprise: ['宝丰帘子布有限公司', 'enterprise'], university: ['宝丰理工学院', 'university'] })
  const title = `帘子布视觉检测需求${stamp}`
  const contractTitle = `帘子布视觉检测技术开发${stamp}`
  const officerApi = await ApiSession.login(world.officer.username, world.officer.password)
  const universityApi = await ApiSession.login(world.university.account.username, world.university.account.password)
  const year = new Date(Date.now() + 8 * 3600e3).getUTCFullYear()
  const turnoverBefore = (await countyOutput(officerApi)).total
  const quarter = Math.floor(new Date(Date.now() + 8 * 3600e3).getUTCMonth() / 3)
  const intendedBefore = (await officerApi.get(`/market/events/stats?year=${year}`)).items
    .find((i) => i.region_code === COUNTY.code)?.quarters[quarter].intended_amount_fen ?? 0

  await withBrowser(t, async (page) => {
    await login(page, world.enterprise.account.username, world.enterprise.account.password)
    await postDemandThroughPage(page, title)
    await logout(page)

    await login(page, world.officer.username, world.officer.password)
    await approveThroughPage(page, title)
    await logout(page)

    await login(page, world.university.account.username, world.university.account.password)
    await findAndAskForContact(page, title)
    await page.goto('/market/matchmaking')
    await waitForText(page.locator('[data-testid="matchmaking-table"] .el-table__body tr', { hasText: title }), '意向')

    const demand = (await officerApi.get('/market/demands?status=published&page_size=200')).items.find((d) => d.title === title)
    const event = await eventAboutToStart(officerApi, universityApi, demand.id, stamp)
    await fileContractThroughPage(page, contractTitle)
    await logout(page)

    await login(page, world.officer.username, world.officer.password)
    await recordIntentionThroughPage(page, event.id, world.enterprise.org.name, world.university.org.name)
    await registerContractThroughPage(page, contractTitle)
    await page.goto('/market/contracts/stats')
    await waitForText(countyTurnoverRow(page), fenToYuan(turnoverBefore + FILED_CONTRACT.total))
    await page.goto('/market/events/stats')
    await waitForText(page.locator('[data-testid="event-stats-table"] .el-table__body tr', { hasText: `第${quarter + 1}季度` }),
      fenToYuan(intendedBefore + INTENDED_FEN))
  })
})
