#pragma once
// Spreadsheet columns of the technology market's lists (GET …/export, see src/api/list_export.hpp).
#include "api/list_export.hpp"

namespace kc::market {

inline api::ListExport contracts_export() {
  using api::CellFormat;
  return {"技术合同",
          {{"合同名称", "title"},
           {"合同类别", "category_name"},
           {"子类", "sub_type_name"},
           {"卖方", "seller.name"},
           {"卖方地区", "seller.region_name"},
           {"买方", "buyer.name"},
           {"买方地区", "buyer.region_name"},
           {"签订日期", "signed_on"},
           {"合同金额（元）", "total_amount_fen", CellFormat::Money},
           {"技术交易额（元）", "technical_amount_fen", CellFormat::Money},
           {"技术领域", "hightech_field_name"},
           {"状态", "status_name"},
           {"申请时间", "filed_at", CellFormat::Time},
           {"审核时间", "decided_at", CellFormat::Time}}};
}

// `title`: 技术需求 or 科技成果 — demands and achievements share one list handler and one layout.
inline api::ListExport listings_export(std::string title) {
  using api::CellFormat;
  return {std::move(title),
          {{"标题", "title"},
           {"发布单位", "org_name"},
           {"所在地区", "region_name"},
           {"关键词", "keywords"},
           {"技术领域", "hightech_field_name"},
           {"所属行业", "industry_name"},
           {"状态", "status_name"},
           {"提交时间", "created_at", CellFormat::Time},
           {"审核时间", "reviewed_at", CellFormat::Time}}};
}

inline api::ListExport matchmaking_export() {
  using api::CellFormat;
  return {"对接记录",
          {{"对接项目", "listing.title"},
           {"项目类型", "listing.type"},
           {"发布方", "owner.name"},
           {"意向方", "requester.name"},
           {"状态", "status_name"},
           {"留言", "message"},
           {"关联合同", "contract_id"},
           {"发起时间", "created_at", CellFormat::Time},
           {"更新时间", "updated_at", CellFormat::Time}}};
}

inline api::ListExport events_export() {
  using api::CellFormat;
  return {"对接活动",
          {{"活动名称", "title"},
           {"开始时间", "starts_at", CellFormat::Time},
           {"地点", "place"},
           {"线上活动", "online", CellFormat::Bool},
           {"所在地区", "region_name"},
           {"状态", "status_name"},
           {"邀请单位数", "invitation_count"},
           {"报名单位数", "registration_count"},
           {"成果数", "outcome_count"},
           {"创建时间", "created_at", CellFormat::Time}}};
}

// `title`: 专家 or 技术转移机构 — experts and agencies share one list handler; the summary column differs.
inline api::ListExport profiles_export(std::string title, bool expert) {
  using api::CellFormat;
  std::vector<api::ExportColumn> columns{{"名称", "name"}, {"所属单位", "org_name"}};
  if (expert) columns.push_back({"职称", "professional_title"});
  columns.insert(columns.end(), {{"技术领域", "hightech_fields.name"},
                                 {"所属行业", "industries.name"},
                                 {"关键词", "keywords"},
                                 {expert ? "研究方向" : "服务内容", expert ? "research_summary" : "services"},
                                 {"所在地区", "region_name"},
                                 {"状态", "status_name"},
                                 {"提交时间", "created_at", CellFormat::Time},
                                 {"发布时间", "published_at", CellFormat::Time}});
  return {std::move(title), std::move(columns)};
}

}  // namespace kc::market
