// Matching in the browser: an enterprise's demand is published, then a university's matching achievement; the
// enterprise user sees the bell's unread count, opens the notice, lands on the achievement's detail page and finds
// its own demand in the 匹配推荐 card with the reasons as tags — and no contact data of the other side.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { SKIP, ADMIN_USER, ADMIN_PASSWORD, runStamp, strongPassword } from './helpers/env.js'
import { ApiSession } from './helpers/api.js'
import { randomCreditCode } from './helpers/credit-code.js'
import { withBrowser } from './helpers/browser.js'
import { byTestId, login, waitForText } from './helpers/ui.js'

const COUNTY = '410421'
const PHONE = '13800138000'

async function makeWorld(stamp) {
  const admin = await ApiSession.login(ADMIN_USER, ADMIN_PASSWORD)
  const org = (name, kind) => admin.post('/orgs', { name: `${name}${stamp}`, kind, region_code: COUNTY, credit_code: randomCreditCode(COUNTY) })
  const bureau = await org('宝丰县科学技术局', 'county_bureau')
  const enterprise = await org('宝丰帘子布有限公司', 'enterprise')
  const university = await org('平顶山视觉技术学院', 'university')
  const user = async (prefix, role, orgId) => {
    const account = { username: `${prefix}${stamp}`, password: strongPassword() }
    await admin.post('/users', { ...account, display_name: `测试${prefix}`, role, org_id: orgId })
    return ApiSession.login(account.username, account.password).then((session) => ({ ...account, session }))
  }
  return {
    buyer: await user('e2ebuyer', 'org_user', enterprise.id),
    seller: await user('e2eseller', 'org_user', university.id),
    officer: await user('e2eofficer', 'county_officer', bureau.id),
  }
}

async function publish(world, owner, kind, body) {
  const item = await owner.session.post(`/market/${kind}`, { ...body, hightech_field_code: '10101', region_code: COUNTY, contact_name: '王联系', contact_phone: PHONE })
  await world.officer.session.post(`/market/${kind}/${item.id}/approve`)
  return item
}

test('a new matching achievement reaches the demand owner through the bell and shows why it matches', { skip: SKIP }, async (t) => {
  const stamp = runStamp()
  const world = await makeWorld(stamp)
  // The stamp is a word of both texts, so this run's pair matches whatever earlier runs left in the database.
  const demand = await publish(world, world.buyer, 'demands', {
    title: `帘子布表面缺陷机器视觉检测${stamp}`, description: `帘子布生产线需要机器视觉在线检测表面缺陷 ${stamp}。`,
    cooperation_mode: 'entrusted_dev',
  })
  const achievement = await publish(world, world.seller, 'achievements', {
    title: `帘子布缺陷视觉检测系统${stamp}`, abstract: `面向帘子布生产线的机器视觉缺陷检测系统 ${stamp}。`,
    transfer_mode: 'license', maturity: 'pilot',
  })
  await withBrowser(t, async (page) => {
    await login(page, world.buyer.username, world.buyer.password)
    const bell = byTestId(page, 'notification-bell')
    await waitForText(bell.locator('.el-badge__content'), '1')
    await bell.locator('button').click()
    await page.waitForURL(/\/notifications$/)
    await byTestId(page, 'notifications-table').locator('.el-table__body tr', { hasText: achievement.title }).first().click()
    await page.waitForURL(new RegExp(`/market/achievements/${achievement.id}$`))
    await waitForText(byTestId(page, 'listing-detail'), achievement.title)
    const match = byTestId(page, 'match-listing').filter({ hasText: demand.title })
    await match.waitFor()
    await waitForText(match.locator('.el-tag'), '共同关键词')
    await waitForText(match.locator('.el-tag'), '同一技术领域')
    assert.equal(await page.locator('body', { hasText: PHONE }).count(), 0, 'the other side\'s contact data is shown')
  })
})
