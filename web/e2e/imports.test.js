// Bulk import in the browser: a county officer downloads nothing but uploads a CSV with one good and one bad row,
// sees the counts and the bad row's line and column, imports the good row only, and finds the enterprise listed.
import { test } from 'node:test'
import { SKIP, ADMIN_USER, ADMIN_PASSWORD, runStamp, strongPassword } from './helpers/env.js'
import { ApiSession } from './helpers/api.js'
import { randomCreditCode } from './helpers/credit-code.js'
import { withBrowser } from './helpers/browser.js'
import { login, waitForText } from './helpers/ui.js'

const COUNTY = '410421'

async function makeOfficer(stamp) {
  const admin = await ApiSession.login(ADMIN_USER, ADMIN_PASSWORD)
  const bureau = await admin.post('/orgs', {
    name: `宝丰县科学技术局${stamp}`, kind: 'county_bureau', region_code: COUNTY, credit_code: randomCreditCode(COUNTY),
  })
  const account = { username: `e2eimport${stamp}`, password: strongPassword() }
  await admin.post('/users', { ...account, display_name: '导入测试', role: 'county_officer', org_id: bureau.id })
  return account
}

test('a county officer imports the valid rows of a CSV and sees the bad row reported', { skip: SKIP }, async (t) => {
  const stamp = runStamp()
  const officer = await makeOfficer(stamp)
  const name = `导入示范企业${stamp}`
  const csv = `单位名称*,统一社会信用代码*,行政区划代码*\n${name},${randomCreditCode(COUNTY)},${COUNTY}\n坏行企业${stamp},123,${COUNTY}\n`
  await withBrowser(t, async (page) => {
    await login(page, officer.username, officer.password)
    await page.goto('/cultivation/import')
    await page.locator('.import-panel input[type="file"]').setInputFiles({
      name: 'enterprises.csv', mimeType: 'text/csv', buffer: Buffer.from(csv),
    })
    await waitForText(page.locator('.import-panel .el-alert'), '共 2 行：1 行正确，1 行有误')
    await waitForText(page.locator('.import-panel .el-table'), '第3行 · 统一社会信用代码')
    await page.getByRole('button', { name: '只导入正确的 1 行' }).click()
    await waitForText(page.locator('.import-panel .el-alert'), '已导入 1 条')
    await page.goto(`/orgs?q=${encodeURIComponent(name)}`)
    await waitForText(page.locator('body'), name)
  })
})
