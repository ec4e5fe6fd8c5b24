// Confirmation and prompt dialogs (Element Plus MessageBox); cancelling resolves to null / false.
import { h } from 'vue'
import { ElMessageBox } from 'element-plus'
import 'element-plus/es/components/message-box/style/css'

export async function confirmAction(message, title = '请确认') {
  try {
    await ElMessageBox.confirm(message, title, { confirmButtonText: '确定', cancelButtonText: '取消', type: 'warning' })
    return true
  } catch {
    return false
  }
}

/** Asks for a text; `validate` returns true or an error message. */
export async function promptText(message, title, { validate, inputType = 'text', placeholder = '' } = {}) {
  try {
    const { value } = await ElMessageBox.prompt(message, title, {
      confirmButtonText: '确定',
      cancelButtonText: '取消',
      inputType,
      inputPlaceholder: placeholder,
      inputValidator: validate,
    })
    return value
  } catch {
    return null
  }
}

/** Line breaks in `message` are kept. */
export function showAlert(message, title, type = 'info') {
  const body = h('div', { style: 'white-space: pre-line' }, message)
  return ElMessageBox.alert(body, title, { confirmButtonText: '知道了', type }).catch(() => {})
}
