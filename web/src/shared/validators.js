// Element Plus form rules shared by several forms.
import { isValidCreditCode } from './credit-code.js'

export const required = (label) => ({ required: true, message: `请填写${label}`, trigger: 'blur' })
export const requiredChoice = (label) => ({ required: true, message: `请选择${label}`, trigger: 'change' })

export const creditCodeRule = {
  trigger: 'blur',
  validator: (_rule, value, callback) => {
    if (value && !isValidCreditCode(value)) callback(new Error('统一社会信用代码不合法（18位，校验位不正确）'))
    else callback()
  },
}

export const phoneRule = {
  pattern: /^[0-9+\-\s]{6,20}$/,
  message: '联系电话格式不正确',
  trigger: 'blur',
}

// The server decides the password policy (PASSWORD_WEAK); this only catches the obvious.
const PASSWORD_MIN = 8
const PASSWORD_MAX = 128
export const PASSWORD_LENGTH_MESSAGE = `密码长度为 ${PASSWORD_MIN}–${PASSWORD_MAX} 位`
export const passwordRule = { min: PASSWORD_MIN, max: PASSWORD_MAX, message: PASSWORD_LENGTH_MESSAGE, trigger: 'blur' }

/** For ElMessageBox.prompt: true, or the message to show. */
export function checkPasswordLength(value) {
  const length = (value ?? '').length
  return length >= PASSWORD_MIN && length <= PASSWORD_MAX ? true : PASSWORD_LENGTH_MESSAGE
}

export const usernameRule = {
  pattern: /^[A-Za-z0-9_.-]{3,32}$/,
  message: '用户名为3–32位字母、数字或 _ . -',
  trigger: 'blur',
}

export function sameAs(getOther, message = '两次输入的密码不一致') {
  return {
    trigger: 'blur',
    validator: (_rule, value, callback) => (value === getOther() ? callback() : callback(new Error(message))),
  }
}
