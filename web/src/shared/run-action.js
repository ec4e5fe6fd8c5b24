import { notifySuccess } from '../api/notify.js'

/**
 * Runs an API call made from a button; resolves to true when it succeeded (after showing
 * `successMessage`). A failure has already been shown by the API client, so it only resolves to false.
 */
export async function runAction(call, successMessage) {
  try {
    await call()
  } catch {
    return false
  }
  notifySuccess(successMessage)
  return true
}
