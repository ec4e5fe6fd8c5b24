// Every list page has an "导出 Excel" button: a county officer exports the organisation list and the file holds
// every organisation of their county and none of another county's.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { SKIP, ADMIN_USER, ADMIN_PASSWORD, runStamp, strongPassword } from './helpers/env.js'
import { ApiSession } from './helpers/api.js'
import { randomCreditCode } from './helpers/credit-code.js'
import { withBrowser } from './helpers/browser.js'
import { byTestId, login } from './helpers/ui.js'
import { readXlsxRows } from '../../tests/api/lib/xlsx-read.mjs'

const COUNTY = '410421'
const OTHER_COUNTY = '410422'

async function makeCountyWorld(stamp) {
  const admin = await ApiSession.login(ADMIN_USER, ADMIN_PASSWORD)
  const org = (name, kind, region) => admin.post('/orgs', { name, kind, region_code: region, credit_code: randomCreditCode(region) })
  const bureau = await org(`宝丰县科学技术局${stamp}`, 'county_bureau', COUNTY)
  const own = await org(`导出示范企业${stamp}`, 'enterprise', COUNTY)
  const other = await org(`叶县导出企业${stamp}`, 'enterprise', OTHER_COUNTY)
  const account = { username: `e2eexport${stamp}`, password: strongPassword() }
  await admin.post('/users', { ...account, display_name: '导出测试', role: 'county_officer', org_id: bureau.id })
  return { account, own, other }
}

test('a county officer exports the organisation list of their county', { skip: SKIP }, async (t) => {
  const stamp = runStamp()
  const { account, own, other } = await makeCountyWorld(stamp)
  await withBrowser(t, async (page) => {
    await login(page, account.username, account.password)
    await page.goto('/orgs')
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'orgs-export').click()])
    assert.match(download.suggestedFilename(), /^单位名录-\d{8}\.xlsx$/)
    const names = readXlsxRows(await readFile(await download.path())).slice(1).map((row) => row[0])
    assert.ok(names.includes(own.name), `${own.name} is missing from the export`)
    assert.ok(!names.includes(other.name), 'another county\'s organisation was exported')
  })
})
