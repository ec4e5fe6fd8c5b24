import { describe, it, expect } from 'vitest'
import { yuanToFen, fenToYuan } from './money.js'

describe('yuanToFen', () => {
  it('converts on the digits, without floating point error', () => {
    expect(yuanToFen('0.1')).toBe(10)
    expect(yuanToFen('1234.56')).toBe(123456)
    expect(yuanToFen('19.99')).toBe(1999)
    expect(yuanToFen('1,000,000')).toBe(100000000)
    expect(yuanToFen(' 7 ')).toBe(700)
  })
  it('rejects what is not an amount', () => {
    for (const bad of ['', '-1', '1.234', 'abc', '1e5', '1.']) expect(yuanToFen(bad)).toBeNull()
  })
})

describe('fenToYuan', () => {
  it('formats with thousands separators and two decimals', () => {
    expect(fenToYuan(0)).toBe('0.00')
    expect(fenToYuan(5)).toBe('0.05')
    expect(fenToYuan(123456789)).toBe('1,234,567.89')
    expect(fenToYuan(-101)).toBe('-1.01')
  })
})
