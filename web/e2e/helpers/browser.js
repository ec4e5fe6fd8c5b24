// Debian's chromium driven by playwright-core (no browser download). Every test gets a fresh
// browser (playwright gives each launch a new temporary profile) and a screenshot when it fails.
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { BASE_URL, CHROMIUM } from './env.js'

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts')
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

function artifactName(title) {
  return title.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 80)
}

/** Runs `scenario(page)` in a new browser; on failure saves e2e/artifacts/<test name>.png and rethrows. */
export async function withBrowser(t, scenario) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
  const context = await browser.newContext({ baseURL: BASE_URL, locale: 'zh-CN', viewport: { width: 1366, height: 860 } })
  context.setDefaultTimeout(15_000)
  const page = await context.newPage()
  try {
    await scenario(page, context)
  } catch (error) {
    mkdirSync(ARTIFACTS, { recursive: true })
    const file = join(ARTIFACTS, `${artifactName(t.name)}.png`)
    await page.screenshot({ path: file, fullPage: true }).catch(() => {})
    t.diagnostic(`screenshot: ${file}`)
    throw error
  } finally {
    await browser.close()
  }
}
