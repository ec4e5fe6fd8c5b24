import { describe, it, expect } from 'vitest'
import { progressText, growthText, tierSeries, targetRows, targetsBody } from './dashboard.js'

describe('dashboard helpers', () => {
  it('sets entries against the target', () => {
    expect(progressText(3, 6)).toBe('3 / 6（50%）')
    expect(progressText(3, null)).toBe('3')
    expect(progressText(1, 0)).toBe('1 / 0')
  })

  it('writes growth with its sign, and a dash without a previous year', () => {
    expect(growthText(12.5)).toBe('+12.5%')
    expect(growthText(-3)).toBe('-3%')
    expect(growthText(0)).toBe('0%')
    expect(growthText(null)).toBe('—')
  })

  it('stacks one series per tier over the counties', () => {
    const series = tierSeries([{ tiers: { gazelle: 2, hnte_reserve: 5 } }, { tiers: { gazelle: 1 } }])
    expect(series.find((s) => s.name === '瞪羚').data).toEqual([2, 1])
    expect(series.find((s) => s.name === '高企后备').data).toEqual([5, 0])
    expect(series.every((s) => s.stack === 'tiers')).toBe(true)
  })

  it('lists every county in the targets editor and sends integers', () => {
    const rows = targetRows([{ code: '410421', name: '宝丰县' }, { code: '410422', name: '叶县' }],
      [{ region_code: '410422', tech_sme: 3, high_tech: 1 }])
    expect(rows).toEqual([
      { region_code: '410421', region_name: '宝丰县', tech_sme: 0, high_tech: 0 },
      { region_code: '410422', region_name: '叶县', tech_sme: 3, high_tech: 1 },
    ])
    rows[0].tech_sme = 4.0
    expect(targetsBody(rows)).toEqual({ items: [
      { region_code: '410421', tech_sme: 4, high_tech: 0 }, { region_code: '410422', tech_sme: 3, high_tech: 1 }] })
  })
})
