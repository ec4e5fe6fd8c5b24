#pragma once
// Spreadsheet columns of the cultivation lists (GET …/export, see src/api/list_export.hpp).
#include "api/list_export.hpp"

namespace kc::cultivation {

inline api::ListExport reports_export() {
  using api::CellFormat;
  return {"企业年报",
          {{"企业名称", "org_name"},
           {"所在地区", "region_name"},
           {"年度", "fiscal_year"},
           {"状态", "state_name"},
           {"科技型中小企业评价", "summary.tech_sme.outcome"},
           {"评价得分", "summary.tech_sme.total"},
           {"高新技术企业评价", "summary.high_tech.outcome"},
           {"入库登记编号", "registration_no"},
           {"公示截止", "publicity_end", CellFormat::Time},
           {"提交时间", "submitted_at", CellFormat::Time},
           {"更新时间", "updated_at", CellFormat::Time}}};
}

inline api::ListExport pool_export() {
  using api::CellFormat;
  return {"高企后备库",
          {{"企业名称", "org_name"},
           {"所在地区", "region_name"},
           {"状态", "status_name"},
           {"入库方式", "source"},
           {"入库理由", "reason"},
           {"规则版本", "rule_set"},
           {"入库时间", "nominated_at", CellFormat::Time},
           {"首席科技服务员", "service_officer_name"},
           {"出库理由", "exit_reason"},
           {"出库年度", "exit_year"},
           {"处理决定", "decision"},
           {"决定说明", "decision_comment"},
           {"决定时间", "decided_at", CellFormat::Time}}};
}

inline api::ListExport near_threshold_export() {
  return {"临界企业",
          {{"企业名称", "org_name"},
           {"所在地区", "region_name"},
           {"年报状态", "state"},
           {"指标", "indicator_name"},
           {"当前比例（%）", "ratio_pct"},
           {"所在档", "band"},
           {"下一档", "next_band"},
           {"下一档起点（%）", "next_band_edge_pct"},
           {"差距（百分点）", "gap_pp"},
           {"可增加分数", "points_gain"}}};
}

inline api::ListExport certifications_export() {
  using api::CellFormat;
  return {"高企认定记录",
          {{"企业名称", "org_name"},
           {"地区代码", "region_code"},
           {"证书编号", "certificate_no"},
           {"认定日期", "certified_on"},
           {"认定年度", "year"},
           {"登记时间", "recorded_at", CellFormat::Time}}};
}

}  // namespace kc::cultivation
