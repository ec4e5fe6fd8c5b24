import { describe, it, expect } from 'vitest'
import { clockTag, subTypesOf } from './labels.js'

describe('clockTag', () => {
  it('shows days left, the warning and overdue days', () => {
    expect(clockTag({ state: 'on_time', days_left: 30 })).toEqual({ tag: 'info', label: '剩余 30 天' })
    expect(clockTag({ state: 'warning', days_left: 0 }).tag).toBe('warning')
    expect(clockTag({ state: 'overdue', days_left: -3 }).label).toBe('已超期 3 天')
    expect(clockTag({ state: 'decided_late', days_left: -1 }).label).toBe('超期办结')
  })
})

describe('subTypesOf', () => {
  it('lists the sub-types of a category only', () => {
    expect(subTypesOf('development').map(([v]) => v)).toEqual(['entrusted', 'cooperative'])
    expect(subTypesOf('nothing')).toEqual([])
  })
})
