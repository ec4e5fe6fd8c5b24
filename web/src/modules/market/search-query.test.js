import { describe, it, expect } from 'vitest'
import { searchQuery, totalLabel, bodyOf } from './search-query.js'

describe('searchQuery', () => {
  const form = { q: ' 储能 ', type: 'achievement', field: '101', industry: '', region: '410400', mode: 'license', maturity: 'pilot', dates: ['2026-01-01', '2026-03-31'] }

  it('keeps the filters of the type, drops empty ones and turns the page into an offset', () => {
    expect(searchQuery(form, 3, 20)).toEqual({
      type: 'achievement', limit: 20, offset: 40, q: '储能', field: '101', region: '410400', mode: 'license',
      maturity: 'pilot', published_from: '2026-01-01', published_to: '2026-03-31',
    })
  })

  it('sends no mode or maturity for experts, and no maturity for demands', () => {
    const expert = searchQuery({ ...form, type: 'expert' }, 1, 10)
    expect(expert.mode).toBeUndefined()
    expect(expert.maturity).toBeUndefined()
    const demand = searchQuery({ ...form, type: 'demand', dates: null }, 1, 10)
    expect(demand.mode).toBe('license')
    expect(demand.maturity).toBeUndefined()
    expect(demand.published_from).toBeUndefined()
  })
})

describe('totalLabel and bodyOf', () => {
  it('says when the count was capped', () => {
    expect(totalLabel({ total: 12, total_is_estimate: false })).toBe('共 12 条')
    expect(totalLabel({ total: 10000, total_is_estimate: true })).toBe('超过 10000 条')
  })
  it('finds the body of every type', () => {
    expect(bodyOf({ services: '评估' })).toBe('评估')
    expect(bodyOf({ description: '需求' })).toBe('需求')
  })
})
