import { describe, expect, it } from 'vitest'
import { highlightSegments, itemSummary, percent } from './review-text.js'

describe('highlightSegments', () => {
  it('cuts the text at code-point spans, in order', () => {
    const text = '新增高企20家，总数达到140家。'
    const a = { id: 1, start: 0, end: 7 }
    const b = { id: 2, start: 8, end: 16 }
    const parts = highlightSegments(text, [b, a])
    expect(parts.map((p) => p.text)).toEqual(['新增高企20家', '，', '总数达到140家', '。'])
    expect(parts.map((p) => p.item?.id ?? null)).toEqual([1, null, 2, null])
    expect(parts.map((p) => p.text).join('')).toBe(text)
  })
  it('skips overlapping and out-of-range spans without losing text', () => {
    const text = 'abcdef'
    const parts = highlightSegments(text, [{ id: 1, start: 1, end: 4 }, { id: 2, start: 2, end: 5 }, { id: 3, start: 5, end: 99 }])
    expect(parts.map((p) => p.text).join('')).toBe(text)
    expect(parts.filter((p) => p.item).map((p) => p.item.id)).toEqual([1])
  })
})

describe('itemSummary and percent', () => {
  it('describes a target and a task', () => {
    expect(itemSummary({ kind: 'target', fields: { year: 2026, indicator: '新增高企', comparator: 'at_least', value: 20, unit: '家' } }))
      .toBe('2026年 新增高企 不少于 20家')
    expect(itemSummary({ kind: 'responsibility', fields: { task: '倍增工程', lead: ['市科技局'], partners: ['市财政局'] } }))
      .toBe('倍增工程（牵头：市科技局；配合：市财政局）')
  })
  it('caps progress at 100%', () => {
    expect(percent(1500)).toBe(100)
    expect(percent(455)).toBe(46)
    expect(percent(null)).toBe(0)
  })
})
