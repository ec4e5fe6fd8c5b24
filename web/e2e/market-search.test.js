// The public portal's expert search in the browser: an enterprise enters an expert, the county bureau approves it,
// a visitor picks the 专家 tab, gets a suggestion while typing, finds the expert with the term marked and opens the
// profile, which shows no contact data.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { SKIP, ADMIN_USER, ADMIN_PASSWORD, runStamp, strongPassword } from './helpers/env.js'
import { ApiSession } from './helpers/api.js'
import { randomCreditCode } from './helpers/credit-code.js'
import { withBrowser } from './helpers/browser.js'
import { byTestId } from './helpers/ui.js'

const COUNTY = '410421'

async function makeWorld(stamp) {
  const admin = await ApiSession.login(ADMIN_USER, ADMIN_PASSWORD)
  const org = (name, kind) => admin.post('/orgs', { name: `${name}${stamp}`, kind, region_code: COUNTY, credit_code: randomCreditCode(COUNTY) })
  const bureau = await org('宝丰县科学技术局', 'county_bureau')
  const enterprise = await org('宝丰超导科技有限公司', 'enterprise')
  const user = async (prefix, role, orgId) => {
    const account = { username: `${prefix}${stamp}`, password: strongPassword() }
    await admin.post('/users', { ...account, display_name: `测试${prefix}`, role, org_id: orgId })
    return ApiSession.login(account.username, account.password)
  }
  return { seller: await user('e2esx', 'org_user', enterprise.id), officer: await user('e2eso', 'county_officer', bureau.id) }
}

test('a visitor finds a published expert by a suggested keyword and opens the profile without contact data', { skip: SKIP }, async (t) => {
  const stamp = runStamp()
  const { seller, officer } = await makeWorld(`${stamp}s`)
  const keyword = `超导磁体${stamp.replace(/\d/g, '')}`
  const expert = await seller.post('/market/experts', {
    name: `周研究员${stamp}`, professional_title: '研究员', hightech_field_codes: ['10101'], keywords: `${keyword} 低温`,
    research_summary: '从事超导磁体设计与低温工程。', region_code: COUNTY, contact_name: '周联系', contact_phone: '13700137000',
  })
  await officer.post(`/market/experts/${expert.id}/approve`)
  await withBrowser(t, async (page) => {
    await page.goto('/market')
    await page.locator('#tab-expert').click()
    await byTestId(page, 'market-q').fill(keyword.slice(0, 4))
    const suggestion = page.locator('.el-autocomplete-suggestion li', { hasText: keyword })
    await suggestion.first().waitFor()
    await suggestion.first().click()
    const hit = page.locator('[data-testid="market-hit"]', { hasText: expert.name })
    await hit.waitFor()
    assert.ok(await hit.locator('mark').count() > 0, 'the matched term is marked')
    await hit.locator('a').first().click()
    const detail = byTestId(page, 'profile-detail')
    await detail.waitFor()
    assert.ok((await detail.textContent()).includes('从事超导磁体设计'))
    assert.equal((await page.content()).includes('13700137000'), false, 'the public profile shows contact data')
  })
})
