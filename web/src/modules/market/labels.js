// Display names of the market module's enumerations (the server also answers *_name fields).

export const CONTRACT_CATEGORIES = [
  { value: 'development', label: '技术开发', subTypes: [['entrusted', '委托开发'], ['cooperative', '合作开发']] },
  { value: 'transfer', label: '技术转让', subTypes: [['patent', '专利权转让'], ['patent_application', '专利申请权转让'], ['technical_secret', '技术秘密转让'], ['other_transfer', '其他技术转让']] },
  { value: 'license', label: '技术许可', subTypes: [['patent_license', '专利实施许可'], ['secret_license', '技术秘密使用许可'], ['other_license', '其他技术许可']] },
  { value: 'consulting', label: '技术咨询', subTypes: [['feasibility', '可行性论证'], ['forecast', '技术预测'], ['investigation', '专题技术调查'], ['evaluation', '分析评价报告']] },
  { value: 'service', label: '技术服务', subTypes: [['product_design', '产品设计'], ['process', '工艺编制与改进'], ['testing', '测试分析'], ['computing', '计算机技术应用'], ['production_line', '新型或复杂生产线调试'], ['other_service', '其他解决特定技术问题的服务'], ['training', '技术培训'], ['intermediary', '技术中介']] },
]

export const LICENSE_SCOPES = [['exclusive', '独占许可'], ['sole', '排他许可'], ['non_exclusive', '普通许可']]
export const IP_KINDS = [['patent', '专利'], ['software', '计算机软件著作权'], ['ic_layout', '集成电路布图设计'], ['plant_variety', '植物新品种'], ['biomed_variety', '生物医药新品种'], ['technical_secret', '技术秘密'], ['other', '其他'], ['none', '不涉及']]
export const COST_KINDS = [['equipment', '购置设备'], ['instrument', '购置仪器'], ['parts', '零部件'], ['raw_material', '原材料'], ['other', '其他非技术性费用']]
export const COOPERATION_MODES = [['entrusted_dev', '委托开发'], ['cooperative_dev', '合作开发'], ['transfer', '转让'], ['license', '许可'], ['consulting', '咨询'], ['service', '服务'], ['open_competition', '揭榜挂帅']]
export const TRANSFER_MODES = [['transfer', '转让'], ['license', '许可'], ['cooperation', '合作开发'], ['investment', '作价投资'], ['other', '其他']]
export const MATURITIES = [['research', '研发'], ['pilot', '小试'], ['intermediate', '中试'], ['industrial', '产业化']]

export function subTypesOf(category) {
  return CONTRACT_CATEGORIES.find((c) => c.value === category)?.subTypes ?? []
}

const CLOCK_TAGS = {
  on_time: { tag: 'info', label: (d) => `剩余 ${d} 天` },
  warning: { tag: 'warning', label: (d) => `即将到期，剩余 ${d} 天` },
  overdue: { tag: 'danger', label: (d) => `已超期 ${-d} 天` },
  decided_in_time: { tag: 'success', label: () => '按期办结' },
  decided_late: { tag: 'danger', label: () => '超期办结' },
}

/** The registrar's 30-day clock as a tag {tag, label}. */
export function clockTag(clock) {
  const c = CLOCK_TAGS[clock?.state]
  return c ? { tag: c.tag, label: c.label(clock.days_left) } : { tag: 'info', label: '' }
}

export const STATUS_TAGS = { pending: 'warning', registered: 'success', refused: 'danger', published: 'success', rejected: 'danger' }
