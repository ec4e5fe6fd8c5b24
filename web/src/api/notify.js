// The one place that shows feedback to the user; kept apart so unit tests can replace it.
import { ElMessage } from 'element-plus'
import 'element-plus/es/components/message/style/css'

export function notifyError(message) {
  ElMessage({ type: 'error', message, grouping: true, showClose: true })
}

export function notifySuccess(message) {
  ElMessage({ type: 'success', message, grouping: true })
}
