// Approve / reject of a pending organisation (bureau roles), shared by the list and the detail page.
import { orgApi } from './api.js'
import { confirmAction, promptText } from '../../shared/dialogs.js'
import { runAction } from '../../shared/run-action.js'

const MAX_REASON_LENGTH = 500

function validateReason(value) {
  const text = (value ?? '').trim()
  if (!text) return '请填写驳回原因'
  if (text.length > MAX_REASON_LENGTH) return `驳回原因不超过${MAX_REASON_LENGTH}字`
  return true
}

/** Each action resolves to true when the organisation changed. */
export function useOrgReview() {
  async function approve(org) {
    if (!(await confirmAction(`确定通过“${org.name}”的注册审核吗？`, '审核通过'))) return false
    return runAction(() => orgApi.approve(org.id), '已审核通过')
  }

  async function reject(org) {
    const reason = await promptText(`请填写驳回“${org.name}”的原因：`, '驳回注册', {
      validate: validateReason,
      inputType: 'textarea',
      placeholder: '驳回原因将告知申请单位',
    })
    if (reason === null) return false
    return runAction(() => orgApi.reject(org.id, reason.trim()), '已驳回')
  }

  return { approve, reject }
}
