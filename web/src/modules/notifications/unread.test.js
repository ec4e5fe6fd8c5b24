import { describe, it, expect } from 'vitest'
import { badgeText } from './unread.js'

describe('badgeText', () => {
  it('hides zero and caps large counts', () => {
    expect(badgeText(0)).toBe('')
    expect(badgeText(undefined)).toBe('')
    expect(badgeText(7)).toBe('7')
    expect(badgeText(100)).toBe('99+')
  })
})
