import { describe, it, expect } from 'vitest'
import { emptyVisit, emptyNeed, visitBody } from './visit-form.js'

describe('visit form', () => {
  it('maps the form to the API body, dropping needs left blank', () => {
    const form = emptyVisit('2026-11-20')
    form.summary = '  上门了解中试需求 '
    form.form = 'meeting'
    form.tech_needs.push({ ...emptyNeed(), text: ' 中试基地 ', field: ' 新材料 ', urgency: 'high' }, emptyNeed())
    expect(visitBody(form)).toEqual({
      visited_on: '2026-11-20', form: 'meeting', summary: '上门了解中试需求',
      tech_needs: [{ text: '中试基地', field: '新材料', urgency: 'high' }],
    })
  })

  it('starts on site with no needs and normal urgency for a new need', () => {
    expect(emptyVisit('2026-01-02')).toEqual({ visited_on: '2026-01-02', form: 'on_site', summary: '', tech_needs: [] })
    expect(emptyNeed().urgency).toBe('normal')
  })
})
