// Pure helpers of the bulk-import panel (server: src/tabular/imports): what the batch says and what the user
// may do next. Kept apart from the component so that they are unit-tested.

/** A short Chinese summary of a batch: "共 5 行：3 行正确，2 行有误". */
export function batchSummary(batch) {
  if (!batch) return ''
  if (batch.status === 'applied') return `已导入 ${batch.applied_rows} 条（共 ${batch.total_rows} 行，${batch.invalid_rows} 行未导入）`
  return `共 ${batch.total_rows} 行：${batch.valid_rows} 行正确，${batch.invalid_rows} 行有误`
}

/**
 * The apply actions offered for a batch: none once applied or when nothing is valid; "import all" only when
 * every row is valid (the server refuses it otherwise); "import the valid rows" when some rows are wrong.
 */
export function applyActions(batch) {
  if (!batch || batch.status !== 'validated' || batch.valid_rows === 0) return []
  if (batch.invalid_rows === 0) return [{ label: `导入全部 ${batch.valid_rows} 行`, onlyValidRows: false }]
  return [{ label: `只导入正确的 ${batch.valid_rows} 行`, onlyValidRows: true }]
}

/** "第3行 · 统一社会信用代码" for an error row; the field key when the column has no label. */
export function errorPlace(error) {
  const where = error.column || error.field
  return where ? `第${error.line}行 · ${where}` : `第${error.line}行`
}

/** Accepted file types of the upload control. */
export const IMPORT_ACCEPT = '.xlsx,.csv,.jsonl,.ndjson,.txt'
