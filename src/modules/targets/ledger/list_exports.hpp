#pragma once
// Spreadsheet columns of the targets ledger's lists (GET …/export, see src/api/list_export.hpp).
#include "api/list_export.hpp"

namespace kc::targets::ledger {

inline api::ListExport ledger_items_export() {
  using api::CellFormat;
  return {"目标任务台账",
          {{"事项", "title"},
           {"类型", "kind"},
           {"年度", "year"},
           {"目标值", "target_value"},
           {"计量单位", "unit"},
           {"牵头单位", "lead_unit"},
           {"配合单位", "partners"},
           {"开始日期", "start_date"},
           {"截止日期", "end_date"},
           {"当前进度", "progress"},
           {"已完成", "completed", CellFormat::Bool},
           {"进度滞后", "at_risk", CellFormat::Bool},
           {"地区代码", "region_code"}}};
}

inline api::ListExport policy_documents_export() {
  using api::CellFormat;
  return {"政策文件",
          {{"文件名称", "title"},
           {"文号", "number"},
           {"发文机关", "issuer"},
           {"发文日期", "date"},
           {"年度", "year"},
           {"地区代码", "region_code"},
           {"上传时间", "created_at", CellFormat::Time}}};
}

}  // namespace kc::targets::ledger
