// Scenario: a bureau officer pastes a policy document, confirms a target it read, binds the target to a
// live metric (高企 newly certified in the county), sees its progress move when an enterprise is certified,
// exports the bulletin and the year-end assessment.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { SKIP, ADMIN_USER, ADMIN_PASSWORD, runStamp } from './helpers/env.js'
import { ApiSession } from './helpers/api.js'
import { randomCreditCode } from './helpers/credit-code.js'
import { testRegionPath } from './helpers/regions.js'
import { withBrowser } from './helpers/browser.js'
import { byTestId, chooseOption, login } from './helpers/ui.js'

const YEAR = new Date().getUTCFullYear()
const DOC = `关于印发${YEAR}年科技创新工作要点的通知\n一、主要目标\n${YEAR}年全市新增高新技术企业20家以上。\n`

const progressOf = async (page) => Number(/完成\s*([\d.]+)/.exec(await byTestId(page, 'item-progress').innerText())[1])

test('paste a document, confirm a target, bind it to a live metric, watch progress, export the bulletin and assessment', { skip: SKIP }, async (t) => {
  const stamp = runStamp()
  const admin = await ApiSession.login(ADMIN_USER, ADMIN_PASSWORD)
  const county = (await testRegionPath(admin)).at(-1)

  await withBrowser(t, async (page) => {
    await login(page, ADMIN_USER, ADMIN_PASSWORD)
    await page.goto('/targets/documents')
    await byTestId(page, 'doc-new').click()
    await byTestId(page, 'doc-text').fill(DOC)
    await byTestId(page, 'doc-submit').click()
    await page.waitForURL(/\/targets\/documents\/\d+$/)
    const documentId = new URL(page.url()).pathname.split('/').at(-1)
    await byTestId(page, 'doc-body').locator('mark', { hasText: '20家' }).waitFor()

    const target = byTestId(page, 'review-item').filter({ hasText: '20家' })
    await target.locator('[data-testid="confirm-item"]').click()
    await page.locator('.el-message--success').waitFor()
    const doc = await admin.get(`/policy-documents/${documentId}`)
    const ledgerId = doc.items.find((i) => i.kind === 'target' && i.status === 'confirmed').ledger_item_id
    assert.ok(ledgerId, 'the confirmed target has no ledger item')

    await page.goto(`/targets/ledger/${ledgerId}`)
    await chooseOption(page, 'metric-select', '年度新认定高新技术企业数')
    await byTestId(page, 'metric-params').fill(JSON.stringify({ year: YEAR, region_code: county.code }))
    await byTestId(page, 'save-settings').click()
    await page.locator('.el-message--success').waitFor()
    // Read the bound value from the API: the page may still show the unbound progress for a moment.
    const before = Number((await admin.get(`/ledger/items/${ledgerId}`)).progress)

    const enterprise = await admin.post('/orgs', { name: `台账测试企业${stamp}`, kind: 'enterprise', credit_code: randomCreditCode(county.code), region_code: county.code })
    await admin.post('/cultivation/high-tech-certifications', { org_id: enterprise.id, certificate_no: `GR${stamp}`, certified_on: `${YEAR}-01-15` })
    await page.reload()
    await byTestId(page, 'item-progress').waitFor()
    assert.equal(await progressOf(page), before + 1, 'progress did not move when the enterprise was certified')

    await page.goto('/targets/warnings')
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'export-bulletin').click()])
    assert.match(download.suggestedFilename(), /\.xlsx$/)

    await page.goto('/targets/assessment')
    await byTestId(page, 'assessment-table').locator('.el-table__row').first().waitFor()
    const [sheet] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'export-assessment').click()])
    assert.match(sheet.suggestedFilename(), /年终考核.*\.xlsx$/)
  })
})
