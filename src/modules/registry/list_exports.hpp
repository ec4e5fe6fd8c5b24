#pragma once
// Spreadsheet columns of the registry's lists (GET …/export, see src/api/list_export.hpp).
#include "api/list_export.hpp"

namespace kc::registry {

inline api::ListExport orgs_export() {
  using api::CellFormat;
  return {"单位名录",
          {{"单位名称", "name"},
           {"单位类型", "kind_name"},
           {"统一社会信用代码", "credit_code"},
           {"所在地区", "region_full_name"},
           {"所属行业", "industry_name"},
           {"地址", "address"},
           {"联系人", "contact_name"},
           {"联系电话", "contact_phone"},
           {"状态", "status_name"},
           {"注册时间", "created_at", CellFormat::Time},
           {"审核时间", "reviewed_at", CellFormat::Time}}};
}

inline api::ListExport platforms_export() {
  using api::CellFormat;
  return {"创新平台",
          {{"平台名称", "name"},
           {"平台类型", "type_name"},
           {"级别", "level_name"},
           {"依托单位", "host_org_name"},
           {"所在地区", "region_name"},
           {"认定日期", "recognised_on"},
           {"认定文号", "document_no"},
           {"技术领域", "field_name"},
           {"联系人", "contact_name"},
           {"联系电话", "contact_phone"},
           {"状态", "status_name"},
           {"撤销日期", "revoked_on"},
           {"更新时间", "updated_at", CellFormat::Time}}};
}

}  // namespace kc::registry
