import { describe, expect, it } from 'vitest'
import { applyActions, batchSummary, errorPlace } from './import-batch.js'

const batch = (over) => ({ status: 'validated', total_rows: 5, valid_rows: 3, invalid_rows: 2, applied_rows: 0, ...over })

describe('import batch helpers', () => {
  it('summarises validated and applied batches with their counts', () => {
    expect(batchSummary(batch())).toBe('共 5 行：3 行正确，2 行有误')
    expect(batchSummary(batch({ status: 'applied', applied_rows: 3 }))).toBe('已导入 3 条（共 5 行，2 行未导入）')
    expect(batchSummary(null)).toBe('')
  })

  it('offers "only valid rows" when some rows are wrong, "all" when none are, nothing once applied', () => {
    expect(applyActions(batch())).toEqual([{ label: '只导入正确的 3 行', onlyValidRows: true }])
    expect(applyActions(batch({ valid_rows: 5, invalid_rows: 0 }))).toEqual([{ label: '导入全部 5 行', onlyValidRows: false }])
    expect(applyActions(batch({ valid_rows: 0, invalid_rows: 5 }))).toEqual([])
    expect(applyActions(batch({ status: 'applied' }))).toEqual([])
  })

  it('places an error by line and column', () => {
    expect(errorPlace({ line: 3, field: 'credit_code', column: '统一社会信用代码' })).toBe('第3行 · 统一社会信用代码')
    expect(errorPlace({ line: 4, field: 'org_credit_code', column: '' })).toBe('第4行 · org_credit_code')
    expect(errorPlace({ line: 7, field: '', column: '' })).toBe('第7行')
  })
})
