import { describe, it, expect } from 'vitest'
import { formFromParameters, parametersFromForm, describeParameters } from './tier-policy-form.js'

const SPECS = [
  { key: 'prerequisite', label: '前置条件', unit: '', kind: 'choice',
    choices: [{ value: 'none', label: '无' }, { value: 'high_tech_enterprise', label: '须为有效期内的高新技术企业' }] },
  { key: 'min_years_registered', label: '注册成立年限不少于', unit: '年', kind: 'integer' },
  { key: 'revenue_min_wan', label: '最近一年销售收入下限', unit: '万元', kind: 'money' },
  { key: 'rd_ratio_min_percent', label: '研发费用占销售收入比例不低于', unit: '%', kind: 'percent' },
  { key: 'exclude_serious_dishonesty', label: '排除严重违法失信企业', unit: '', kind: 'boolean' },
  { key: 'note', label: '说明', unit: '', kind: 'text' },
]

describe('tier policy form', () => {
  it('round-trips a version\'s parameters', () => {
    const parameters = { prerequisite: 'high_tech_enterprise', min_years_registered: 2, revenue_min_wan: '10000',
      rd_ratio_min_percent: '3.5', exclude_serious_dishonesty: false, note: '平科〔2026〕8号' }
    expect(parametersFromForm(SPECS, formFromParameters(SPECS, parameters))).toEqual(parameters)
  })

  it('sends an empty field as "not set" and decimals as exact strings', () => {
    const form = formFromParameters(SPECS, {})
    expect(form.prerequisite).toBe('none')
    form.rd_ratio_min_percent = ' 3.25 '
    const out = parametersFromForm(SPECS, form)
    expect(out.rd_ratio_min_percent).toBe('3.25')
    expect(out.revenue_min_wan).toBeNull()
    expect(out.min_years_registered).toBeNull()
    expect(out.exclude_serious_dishonesty).toBe(true)
  })

  it('refuses a value that is not a decimal, naming the field', () => {
    const form = formFromParameters(SPECS, {})
    form.revenue_min_wan = '1e4'
    expect(() => parametersFromForm(SPECS, form)).toThrow('最近一年销售收入下限')
  })

  it('describes only the criteria that are set, with units and choice labels', () => {
    expect(describeParameters(SPECS, { prerequisite: 'high_tech_enterprise', min_years_registered: null,
      revenue_min_wan: '10000', rd_ratio_min_percent: null, exclude_serious_dishonesty: true, note: 'x' }))
      .toEqual(['前置条件：须为有效期内的高新技术企业', '最近一年销售收入下限：10000万元', '排除严重违法失信企业：是'])
  })
})
