// Administrator actions on one account; each resolves to true when the account changed.
import { userApi } from './api.js'
import { confirmAction, promptText } from '../../shared/dialogs.js'
import { runAction } from '../../shared/run-action.js'
import { checkPasswordLength } from '../../shared/validators.js'

export function useUserActions() {
  async function resetPassword(user) {
    const password = await promptText(`为用户“${user.display_name}”设置新密码（用户下次登录时须修改）：`, '重置密码', {
      validate: checkPasswordLength,
      inputType: 'password',
    })
    if (password === null) return false
    return runAction(() => userApi.resetPassword(user.id, password), '密码已重置')
  }

  async function setEnabled(user, enabled) {
    const verb = enabled ? '启用' : '停用'
    if (!(await confirmAction(`确定${verb}用户“${user.display_name}”吗？`))) return false
    return runAction(() => (enabled ? userApi.enable(user.id) : userApi.disable(user.id)), `已${verb}`)
  }

  function unlock(user) {
    return runAction(() => userApi.unlock(user.id), `已解除“${user.display_name}”的登录锁定`)
  }

  return { resetPassword, setEnabled, unlock }
}
