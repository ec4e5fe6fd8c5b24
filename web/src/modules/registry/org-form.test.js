import { describe, it, expect } from 'vitest'
import { blankOrg, orgRequestBody, orgToForm, orgChanges } from './org-form.js'

const RECORD = {
  id: 5,
  name: '示例科技有限公司',
  kind: 'enterprise',
  kind_name: '企业',
  credit_code: '9144030071526726XG',
  region_code: '410402',
  region_name: '新华区',
  industry_code: null,
  address: '建设路1号',
  contact_name: '',
  contact_phone: '',
  status: 'approved',
}

describe('orgRequestBody', () => {
  it('sends required fields and only the optional fields that were filled in', () => {
    const form = { ...blankOrg(), name: 'A', kind: 'university', credit_code: '9144030071526726xg', region_code: '410402', address: '路' }
    expect(orgRequestBody(form)).toEqual({ name: 'A', kind: 'university', credit_code: '9144030071526726XG', region_code: '410402', address: '路' })
  })
})

describe('orgChanges', () => {
  it('is empty when nothing was edited, even with null fields in the record', () => {
    expect(orgChanges(RECORD, orgToForm(RECORD))).toEqual({})
  })

  it('lists only edited fields, including cleared ones', () => {
    const form = { ...orgToForm(RECORD), name: '新名称', address: '', contact_phone: '0375-1234567' }
    expect(orgChanges(RECORD, form)).toEqual({ name: '新名称', address: '', contact_phone: '0375-1234567' })
  })

  it('does not report a credit code that differs only in letter case', () => {
    expect(orgChanges(RECORD, { ...orgToForm(RECORD), credit_code: '9144030071526726xg' })).toEqual({})
  })
})
