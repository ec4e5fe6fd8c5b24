// The visit form of a 首席科技服务员 → the body of POST /cultivation/reserve-pool/{org}/visits.

export const VISIT_FORMS = [
  { value: 'on_site', label: '上门走访' },
  { value: 'phone', label: '电话沟通' },
  { value: 'online', label: '线上会议' },
  { value: 'meeting', label: '座谈会' },
]

export const URGENCIES = [
  { value: 'high', label: '紧急' },
  { value: 'normal', label: '一般' },
  { value: 'low', label: '不急' },
]

export function emptyNeed() {
  return { text: '', field: '', urgency: 'normal' }
}

export function emptyVisit(today) {
  return { visited_on: today, form: 'on_site', summary: '', tech_needs: [] }
}

/** Needs left blank are dropped (an added row never filled in); text and field are trimmed. */
export function visitBody(form) {
  return {
    visited_on: form.visited_on,
    form: form.form,
    summary: form.summary.trim(),
    tech_needs: form.tech_needs
      .filter((n) => n.text.trim() !== '')
      .map((n) => ({ text: n.text.trim(), field: n.field.trim(), urgency: n.urgency })),
  }
}
