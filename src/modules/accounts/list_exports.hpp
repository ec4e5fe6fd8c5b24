#pragma once
// Spreadsheet columns of the account lists (GET …/export, see src/api/list_export.hpp).
#include "api/list_export.hpp"

namespace kc::accounts {

inline api::ListExport users_export() {
  using api::CellFormat;
  return {"用户列表",
          {{"用户名", "username"},
           {"姓名", "display_name"},
           {"角色", "role_name"},
           {"所属单位", "org_name"},
           {"地区代码", "region_code"},
           {"账号状态", "status"},
           {"手机号", "phone"},
           {"最近登录", "last_login_at", CellFormat::Time},
           {"创建时间", "created_at", CellFormat::Time}}};
}

}  // namespace kc::accounts
