import { describe, it, expect } from 'vitest'
import { reasonTags, formatScore, listingPath } from './match-reasons.js'

describe('reasonTags', () => {
  it('keeps the server order and labels, coloured by kind', () => {
    const tags = reasonTags([
      { kind: 'shared_terms', label: '共同关键词：帘子布、缺陷' },
      { kind: 'same_city', label: '同一城市：河南省平顶山市' },
      { kind: 'something_new', label: '新理由' },
    ])
    expect(tags.map((t) => t.label)).toEqual(['共同关键词：帘子布、缺陷', '同一城市：河南省平顶山市', '新理由'])
    expect(tags.map((t) => t.type)).toEqual(['primary', 'info', 'info'])
    expect(new Set(tags.map((t) => t.key)).size).toBe(3)
  })
  it('accepts a missing list', () => {
    expect(reasonTags(undefined)).toEqual([])
  })
})

describe('formatScore and listingPath', () => {
  it('shows one decimal and nothing for a non-number', () => {
    expect(formatScore(4.256)).toBe('4.3')
    expect(formatScore(null)).toBe('')
  })
  it('builds the detail route of either type', () => {
    expect(listingPath('demand', 7)).toBe('/market/demands/7')
    expect(listingPath('achievement', 9)).toBe('/market/achievements/9')
  })
})
