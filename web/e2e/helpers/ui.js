// Page actions shared by the scenarios; selectors use data-testid where Element Plus markup would be fragile.
export const byTestId = (page, id) => page.locator(`[data-testid="${id}"]`)

export async function login(page, username, password) {
  await page.goto('/login')
  await byTestId(page, 'login-username').fill(username)
  await byTestId(page, 'login-password').fill(password)
  await byTestId(page, 'login-submit').click()
  // Either the layout or the server's error message appears; fail at once with the message.
  await page.locator('[data-testid="current-user"], .el-message--error').first().waitFor()
  const error = page.locator('.el-message--error')
  if (await error.count()) throw new Error(`login as ${username} failed: ${await error.first().innerText()}`)
}

export async function logout(page) {
  await byTestId(page, 'current-user').click()
  await byTestId(page, 'logout').click()
  await page.waitForURL(/\/login/)
}

/** Picks `label` in the el-select carrying data-testid `testId`. */
export async function chooseOption(page, testId, label) {
  await byTestId(page, testId).click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: label }).first().click()
}

/** Opens a RefCascader and clicks one name per level (each level is its own menu column). */
export async function chooseCascaderPath(page, testId, names) {
  await byTestId(page, testId).click()
  const popper = page.locator('.ref-cascader-regions:visible')
  for (const [level, name] of names.entries()) {
    const column = popper.locator('.el-cascader-menu').nth(level)
    await column.locator('.el-cascader-node', { hasText: name }).first().click()
  }
  await popper.waitFor({ state: 'hidden' })
}

/** Confirms the open Element Plus message box. */
export async function confirmDialog(page) {
  await page.locator('.el-message-box:visible .el-message-box__btns .el-button--primary').click()
}

/** Waits until one element of `locator` shows `expected`; the timeout error names what was missing. */
export async function waitForText(locator, expected) {
  try {
    await locator.filter({ hasText: expected }).first().waitFor({ timeout: 10_000 })
  } catch {
    const seen = await locator.allTextContents().catch(() => [])
    throw new Error(`expected "${expected}", saw ${JSON.stringify(seen)}`)
  }
}
