import { describe, it, expect } from 'vitest'
import { blankPlatform, platformToForm, platformRequestBody, platformChanges, needsRecognition } from './platform-form.js'

const stored = {
  id: 5, name: '平顶山市尼龙新材料工程技术研究中心', type: 'eng_research_center', level: 'municipal', host_org_id: 12,
  status: 'recognised', recognised_on: '2023-03-15', document_no: '平科〔2023〕12号', field_code: null,
  contact_name: '王工', contact_phone: '', type_name: '工程技术研究中心',
}

describe('platform form', () => {
  it('drops empty optional fields from a new platform and trims text', () => {
    const form = { ...blankPlatform(), name: ' 宝丰县众创空间 ', type: 'maker_space', level: 'provincial', host_org_id: 3, status: 'under_review' }
    expect(platformRequestBody(form)).toEqual({ name: '宝丰县众创空间', type: 'maker_space', level: 'provincial', host_org_id: 3, status: 'under_review' })
  })

  it('sends only what changed on an edit', () => {
    const form = platformToForm(stored)
    expect(platformChanges(stored, form)).toEqual({})
    form.level = 'provincial'
    form.contact_phone = ' 0375-1234567 '
    expect(platformChanges(stored, form)).toEqual({ level: 'provincial', contact_phone: '0375-1234567' })
  })

  it('turns a missing field code into an empty field, which clears it when sent', () => {
    const form = platformToForm(stored)
    expect(form.field_code).toBe('')
    form.field_code = '101'
    expect(platformChanges(stored, form)).toEqual({ field_code: '101' })
  })

  it('asks for the recognition facts only of a recognised platform', () => {
    expect(needsRecognition({ status: 'recognised' })).toBe(true)
    expect(needsRecognition({ status: 'under_review' })).toBe(false)
  })
})
