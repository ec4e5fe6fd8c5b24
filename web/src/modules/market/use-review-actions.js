// Submitting a record for the bureau's review and reviewing it, shared by demands/achievements and expert/agency
// profiles: a field the server names in its error is shown beside its input; approve publishes; reject asks for
// the reason the submitter will read. `reload` refreshes the list after each change.
import { ref } from 'vue'
import { runAction } from '../../shared/run-action.js'
import { promptText } from '../../shared/dialogs.js'

export function useReviewActions({ submitOne, approveOne, rejectOne, reload, submittedText }) {
  const fieldError = ref({})

  /** Sends `body`; true when it was accepted (the list is reloaded). */
  async function submit(body) {
    fieldError.value = {}
    const ok = await runAction(async () => {
      try {
        await submitOne(body)
      } catch (e) {
        if (e.field) fieldError.value = { [e.field]: e.message }
        throw e
      }
    }, submittedText)
    if (ok) reload()
    return ok
  }

  async function approve(row) {
    if (await runAction(() => approveOne(row.id), '已发布')) reload()
  }

  async function reject(row) {
    const reason = await promptText('请填写驳回理由', '驳回', { validate: (v) => Boolean(v?.trim()) || '理由不能为空' })
    if (reason && (await runAction(() => rejectOne(row.id, reason), '已驳回'))) reload()
  }

  return { fieldError, submit, approve, reject }
}
