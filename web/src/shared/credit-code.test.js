import { describe, it, expect } from 'vitest'
import { creditCodeCheckChar, isValidCreditCode, orgCodeCheckChar } from './credit-code.js'

// Codes of well-known companies as printed on their business licences.
const PUBLISHED_CODES = ['9144030071526726XG', '91110108551385082Q', '91330100799655058B']

describe('GB 32100-2015 check character', () => {
  it('accepts published codes', () => {
    for (const code of PUBLISHED_CODES) expect(isValidCreditCode(code), code).toBe(true)
  })

  it('rejects a code whose check character was changed', () => {
    for (const code of PUBLISHED_CODES) {
      const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0')
      expect(isValidCreditCode(wrong), wrong).toBe(false)
    }
  })

  it('rejects characters outside the code set and wrong lengths', () => {
    expect(isValidCreditCode('9144030071526726XI')).toBe(false)
    expect(isValidCreditCode('9144030071526726X')).toBe(false)
    expect(creditCodeCheckChar('9144030071526726O')).toBeNull()
  })

  it('accepts lower case input', () => {
    expect(isValidCreditCode('9144030071526726xg')).toBe(true)
  })
})

describe('GB 11714 organisation code check character', () => {
  it('matches the organisation codes inside published credit codes', () => {
    for (const code of PUBLISHED_CODES) expect(orgCodeCheckChar(code.slice(8, 16))).toBe(code[16])
  })
})
