import { describe, it, expect } from 'vitest'
import { nextStatuses, quarterSeries } from './matchmaking-labels.js'

describe('matchmaking labels', () => {
  it('offers 洽谈 or 终止 after 意向, 签约 or 终止 after 洽谈, nothing after a final status', () => {
    expect(nextStatuses('intention').map(([s]) => s)).toEqual(['negotiating', 'terminated'])
    expect(nextStatuses('negotiating').map(([s]) => s)).toEqual(['signed', 'terminated'])
    expect(nextStatuses('signed')).toEqual([])
    expect(nextStatuses('terminated')).toEqual([])
    expect(nextStatuses('unknown')).toEqual([])
  })

  it('turns the quarterly totals into chart series in quarter order', () => {
    const q = (quarter, n) => ({ quarter, events_held: n, registrations: n * 10, signed_intentions: n * 2, intended_amount_fen: 0 })
    const s = quarterSeries({ totals: { quarters: [q(1, 2), q(2, 0), q(3, 1), q(4, 3)] } })
    expect(s.labels).toEqual(['第1季度', '第2季度', '第3季度', '第4季度'])
    expect(s.events).toEqual([2, 0, 1, 3])
    expect(s.registrations).toEqual([20, 0, 10, 30])
    expect(s.intentions).toEqual([4, 0, 2, 6])
    expect(quarterSeries(null).events).toEqual([])
  })
})
