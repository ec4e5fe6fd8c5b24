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
export const passwordRule = { min: 8, max: 64, message: '密码长度为 8–64 位', trigger: 'blur' }

export function sameAs(getOther, message = '两次输入的密码不一致') {
  return {
    trigger: 'blur',
    validator: (_rule, value, callback) => (value === getOther() ? callback() : callback(new Error(message))),
  }
}
