// What the UI offers on an annual report: the review steps of the server's state machine
// (src/modules/cultivation/domain/report_workflow.cpp). The server checks every step again; this only
// decides which buttons to show.

export const STATE_TAGS = {
  draft: 'info',
  submitted: 'warning',
  returned: 'danger',
  resubmitted: 'warning',
  county_reviewed: 'primary',
  city_confirmed: 'primary',
  registered: 'success',
  publicity: 'success',
  final: 'success',
}

export const STATES = [
  { value: 'submitted', label: '已提交' },
  { value: 'resubmitted', label: '已重新提交' },
  { value: 'returned', label: '已退回' },
  { value: 'county_reviewed', label: '县区已审核' },
  { value: 'city_confirmed', label: '市局已确认' },
  { value: 'registered', label: '已入库登记' },
  { value: 'publicity', label: '公示中' },
  { value: 'final', label: '已终审' },
  { value: 'draft', label: '草稿' },
]

export const OUTCOME_NAMES = {
  QUALIFIED_DIRECT: '直接认定',
  QUALIFIED_BY_SCORE: '评分通过',
  NOT_QUALIFIED: '未通过',
  INELIGIBLE: '不符合条件',
  QUALIFIED: '符合',
}

const ENTERPRISE = ['org_admin', 'org_user']
const COUNTY = ['county_officer']
const CITY = ['admin', 'city_admin', 'city_officer']

// step → {label, who, from, needsComment}
const STEPS = [
  { step: 'submit', label: '提交', who: ENTERPRISE, from: ['draft', 'returned'] },
  { step: 'county-pass', label: '审核通过', who: COUNTY, from: ['submitted', 'resubmitted'] },
  { step: 'county-return', label: '退回', who: COUNTY, from: ['submitted', 'resubmitted'], needsComment: true },
  { step: 'city-confirm', label: '市局确认', who: CITY, from: ['county_reviewed'] },
  { step: 'register', label: '入库登记', who: CITY, from: ['city_confirmed'] },
  { step: 'publicize', label: '发布公示', who: CITY, from: ['registered'] },
  { step: 'finalize', label: '终审', who: CITY, from: ['publicity'] },
]

/** The steps `role` may take on a report in `state`. */
export function stepsFor(state, role) {
  return STEPS.filter((s) => s.who.includes(role) && s.from.includes(state))
}

/** Whether the enterprise may still edit its report. */
export function editable(state) {
  return state === undefined || state === 'draft' || state === 'returned'
}

/** "0.4 个百分点" or "已在最高档" for the distance to the next band of a breakdown row. */
export function nextBandText(row) {
  if (!row.next_band) return '已在最高档'
  return `距 ${row.next_band} 档（${row.next_band_edge_pct}%）差 ${row.gap_pp} 个百分点，可加 ${row.points_gain} 分`
}
