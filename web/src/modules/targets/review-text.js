// Pure helpers of the review page: the document cut into plain and highlighted pieces at the items'
// spans (code points, as the server counts them), and labels of the reader's enumerations.

/**
 * Cuts `text` at the spans of `items` ({id, start, end}, code points). Returns [{text, item}] in order,
 * `item` null for plain text. An item overlapping an earlier one is not highlighted (it stays in the list).
 */
export function highlightSegments(text, items) {
  const chars = [...text]
  const sorted = [...items].filter((i) => i.start < i.end && i.end <= chars.length).sort((a, b) => a.start - b.start || b.end - a.end)
  const out = []
  let pos = 0
  for (const item of sorted) {
    if (item.start < pos) continue
    if (item.start > pos) out.push({ text: chars.slice(pos, item.start).join(''), item: null })
    out.push({ text: chars.slice(item.start, item.end).join(''), item })
    pos = item.end
  }
  if (pos < chars.length) out.push({ text: chars.slice(pos).join(''), item: null })
  return out
}

/** The code-point offsets of the current selection inside `container` (a <pre> holding only the text). */
export function selectionOffsets(container, selection) {
  if (!selection || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null
  const before = document.createRange()
  before.selectNodeContents(container)
  before.setEnd(range.startContainer, range.startOffset)
  const start = [...before.toString()].length
  const end = start + [...range.toString()].length
  return end > start ? { start, end } : null
}

export const KIND_LABELS = { target: '量化目标', responsibility: '任务分工', standard: '资金标准' }
export const STATUS_LABELS = { candidate: '待审核', confirmed: '已确认', rejected: '已驳回' }
export const COMPARATOR_LABELS = { at_least: '不少于', about: '约', at_most: '不超过', between: '区间', exactly: '等于' }
export const REPORT_STATUS = {
  submitted: { label: '待审核', tag: 'warning' },
  accepted: { label: '已采纳', tag: 'success' },
  returned: { label: '已退回', tag: 'danger' },
}

/** One line describing an item's fields. */
export function itemSummary(item) {
  const f = item.fields ?? {}
  if (item.kind === 'target') {
    const value = f.value_max != null ? `${f.value}—${f.value_max}` : f.value
    return `${f.year ?? ''}${f.year ? '年 ' : ''}${f.scope ? `${f.scope} ` : ''}${f.indicator} ${COMPARATOR_LABELS[f.comparator] ?? ''} ${value}${f.unit}`
  }
  if (item.kind === 'responsibility') {
    const partners = f.partners?.length ? `；配合：${f.partners.join('、')}` : ''
    return `${f.task}（牵头：${(f.lead ?? []).join('、')}${partners}）`
  }
  return `${f.kind ?? ''} ${f.amount}${f.unit}${f.purpose ? `：${f.purpose}` : ''}`
}

/** Progress per mille → percentage for el-progress (0..100). */
export function percent(permille) {
  if (permille == null) return 0
  return Math.min(100, Math.round(permille / 10))
}
