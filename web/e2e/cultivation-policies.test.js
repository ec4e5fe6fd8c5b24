// Cultivation in the browser, continued: a city administrator publishes a tier policy version from the form the
// server's parameter list generates; a county officer becomes an enterprise's 首席科技服务员 and logs a visit with
// a technology need.
import { test } from 'node:test'
import { SKIP, ADMIN_USER, ADMIN_PASSWORD, runStamp, strongPassword } from './helpers/env.js'
import { ApiSession } from './helpers/api.js'
import { randomCreditCode } from './helpers/credit-code.js'
import { withBrowser } from './helpers/browser.js'
import { byTestId, login, logout, chooseOption, waitForText } from './helpers/ui.js'

const COUNTY = '410421'
const CITY = '410400'

async function makeWorld(stamp) {
  const admin = await ApiSession.login(ADMIN_USER, ADMIN_PASSWORD)
  const org = (name, kind, region) =>
    admin.post('/orgs', { name: `${name}${stamp}`, kind, region_code: region, credit_code: randomCreditCode(region) })
  const city = await org('平顶山市科学技术局', 'city_bureau', CITY)
  const county = await org('宝丰县科学技术局', 'county_bureau', COUNTY)
  const enterprise = await org('宝丰新材料有限公司', 'enterprise', COUNTY)
  const user = async (prefix, role, orgId) => {
    const account = { username: `${prefix}${stamp}`, password: strongPassword(), display_name: `测试${prefix}${stamp}` }
    await admin.post('/users', { ...account, role, org_id: orgId })
    return account
  }
  return { enterprise, cityAdmin: await user('e2ecadm', 'city_admin', city.id), officer: await user('e2esvc', 'county_officer', county.id) }
}

test('a city administrator publishes a tier policy version; a service officer logs a visit', { skip: SKIP }, async (t) => {
  const world = await makeWorld(runStamp())
  await withBrowser(t, async (page) => {
    await login(page, world.cityAdmin.username, world.cityAdmin.password)
    await page.goto('/cultivation/tier-policies')
    const gazelle = byTestId(page, 'tier-table').locator('.el-table__row', { hasText: '瞪羚企业' })
    await waitForText(gazelle, '平台默认值')
    await byTestId(page, 'tier-publish-gazelle').click()
    const dialog = page.locator('.el-dialog:visible')
    await byTestId(page, 'tier-basis').fill('平科〔2026〕8号')
    await dialog.locator('.el-form-item', { hasText: '销售收入增长率不低于' }).locator('input').first().fill('25')
    await byTestId(page, 'tier-publish-submit').click()
    await waitForText(gazelle, '第1版')
    await waitForText(gazelle, '销售收入增长率不低于：25%')
    await logout(page)

    const officerApi = await ApiSession.login(world.officer.username, world.officer.password)
    await officerApi.post('/cultivation/reserve-pool', { org_id: world.enterprise.id, reason: '新材料领域，研发投入高' })
    await login(page, world.officer.username, world.officer.password)
    await page.goto('/cultivation/reserve-pool')
    await byTestId(page, 'pool-table').locator('.el-table__row', { hasText: world.enterprise.name })
      .locator('[data-testid="pool-officer"]').click()
    await chooseOption(page, 'officer-select', world.officer.display_name)
    await byTestId(page, 'officer-assign').click()
    await waitForText(byTestId(page, 'pool-table').locator('.el-table__row', { hasText: world.enterprise.name }), world.officer.display_name)
    await byTestId(page, 'visit-add').click()
    await byTestId(page, 'visit-summary').fill('上门了解中试线建设进度')
    const drawer = page.locator('.el-drawer:visible')
    await drawer.getByRole('button', { name: '添加需求' }).click()
    await drawer.getByPlaceholder('需求内容').fill('高温合金检测设备共享')
    await byTestId(page, 'visit-submit').click()
    await waitForText(drawer.locator('.el-timeline-item'), '高温合金检测设备共享')
  })
})
