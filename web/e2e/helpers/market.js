// Technology-market steps shared by the market browser tests: a county with its bureau, organisations and users
// made through the API; a contract filed through the page; its registration by the county registrar.
import { ADMIN_USER, ADMIN_PASSWORD, strongPassword } from './env.js'
import { ApiSession } from './api.js'
import { randomCreditCode } from './credit-code.js'
import { byTestId, confirmDialog, waitForText } from './ui.js'

export const COUNTY = { code: '410421', name: '宝丰县' }
export const BUYER_COUNTY = '410422'

/**
 * A county bureau with one officer, and organisations each with one org_user: `orgs` maps a key to
 * [name, kind]. Returns {officer, <key>: {org, account}}; accounts are {username, password}.
 */
export async function makeCounty(stamp, orgs = { enterprise: ['宝丰储能科技有限公司', 'enterprise'] }) {
  const admin = await ApiSession.login(ADMIN_USER, ADMIN_PASSWORD)
  const org = (name, kind) =>
    admin.post('/orgs', { name: `${name}${stamp}`, kind, region_code: COUNTY.code, credit_code: randomCreditCode(COUNTY.code) })
  const user = async (prefix, role, orgId) => {
    const account = { username: `${prefix}${stamp}`, password: strongPassword() }
    await admin.post('/users', { ...account, display_name: `测试${prefix}`, role, org_id: orgId })
    return account
  }
  const bureau = await org('宝丰县科学技术局', 'county_bureau')
  const world = { officer: await user('e2eofficer', 'county_officer', bureau.id) }
  for (const [key, [name, kind]] of Object.entries(orgs)) {
    const created = await org(name, kind)
    world[key] = { org: created, account: await user(`e2e${key.toLowerCase()}`, 'org_user', created.id) }
  }
  return world
}

/** On /market/contracts/new as a seller's user: files a 1,000,000.00 元 contract with 200,000.50 元 non-technical costs. */
export async function fileContractThroughPage(page, title) {
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

/** As the county registrar: registers the pending contract `title` and waits for its number. */
export async function registerContractThroughPage(page, title) {
  await page.goto('/market/contracts')
  const pending = page.locator('[data-testid="contract-table"] .el-table__body tr', { hasText: title })
  await pending.locator('[data-testid="contract-register"]').click()
  await confirmDialog(page)
  await waitForText(pending, '已登记')
  await waitForText(pending, `${COUNTY.code}-`)
}

/** The county's 输出 turnover of this Beijing year so far, {total, technical} in 分, read through the API as `officer`. */
export async function countyOutput(officer) {
  const year = new Date(Date.now() + 8 * 3600e3).getUTCFullYear()
  const row = (await officer.get(`/market/contracts/stats?year=${year}`)).items.find((i) => i.region_code === COUNTY.code)
  return { total: row?.output.total_amount_fen ?? 0, technical: row?.output.technical_amount_fen ?? 0 }
}

/** What fileContractThroughPage's contract adds to its seller's county, in 分. */
export const FILED_CONTRACT = { total: 1_000_000_00, technical: 799_999_50 }

/** The county's row of the turnover statistics page. */
export function countyTurnoverRow(page) {
  return page.locator('[data-testid="stats-table"] .el-table__body tr', { hasText: COUNTY.name })
}
