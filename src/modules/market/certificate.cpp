#include "modules/market/certificate.hpp"

#include <boost/json.hpp>

#include "core/errors.hpp"
#include "modules/market/contracts.hpp"
#include "modules/market/domain/amount_text.hpp"
#include "modules/market/permissions.hpp"
#include "modules/market/repository.hpp"
#include "modules/registry/domain/validation.hpp"
#include "pdf/renderer.hpp"
#include "pdf/response.hpp"
#include "pdf/time_text.hpp"

namespace kc::market {
namespace {

namespace json = boost::json;

std::string text_of(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : "";
}

std::vector<std::vector<std::string>> party_rows(const json::object& contract, std::string_view key,
                                                 const std::string& role) {
  const auto& party = contract.at(key).as_object();
  return {{role, text_of(party, "name")},
          {role + "统一社会信用代码", text_of(party, "credit_code")},
          {role + "所在地区", text_of(party, "region_name")}};
}

std::string tax_flag_text(const json::object& contract, std::string_view flag) {
  const auto& f = contract.at("tax").at(flag).as_object();
  return (f.at("eligible").as_bool() ? "符合：" : "不符合：") + text_of(f, "reason");
}

std::string category_text(const json::object& contract) {
  auto text = text_of(contract, "category_name");
  if (auto sub = text_of(contract, "sub_type_name"); !sub.empty() && sub != text) text += " · " + sub;
  return text;
}

}  // namespace

pdf::Document certificate_document(const json::object& contract, const std::string& registrar_region_name,
                                   EpochMs registered_at, EpochMs now) {
  const auto number = text_of(contract, "registration_number");
  pdf::Table facts{{{"项目", 0.3}, {"内容", 0.7}}, {}, false};
  auto add = [&](std::vector<std::vector<std::string>> rows) {
    for (auto& r : rows) facts.rows.push_back(std::move(r));
  };
  add({{"登记编号", number}, {"合同名称", text_of(contract, "title")}, {"合同类别", category_text(contract)},
       {"技术领域", text_of(contract, "hightech_field_name")}, {"签订日期", text_of(contract, "signed_on")}});
  add(party_rows(contract, "seller", "卖方（技术输出方）"));
  add(party_rows(contract, "buyer", "买方（技术吸纳方）"));
  add({{"合同成交额", amount_text(contract.at("total_amount_fen").as_int64())},
       {"技术交易额", amount_text(contract.at("technical_amount_fen").as_int64())},
       {"登记日期", pdf::beijing_date_text(registered_at)},
       {"登记机构所在地区", registrar_region_name},
       {"增值税免税", tax_flag_text(contract, "vat_exemption")},
       {"技术转让所得税减免", tax_flag_text(contract, "income_tax_relief")}});
  return pdf::Document{
      "技术合同登记证明",
      {"登记编号：" + number},
      pdf::beijing_time_text(now),
      {facts,
       pdf::Paragraph{"经审查，该合同符合《技术合同认定规则》（国科发政字〔2001〕253号）的规定，予以认定登记。"},
       pdf::Paragraph{"登记机构：" + registrar_region_name + "技术合同认定登记机构    " +
                      pdf::beijing_date_text(registered_at)},
       pdf::Paragraph{"税收标记仅供参考，以主管税务机关的认定为准。"}}};
}

namespace {

http::Response certificate_pdf(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  auto row = contract_in_scope_or_404(ctx, *c, ctx.id());
  if (row.text(22) != "registered")
    throw ApiError(Err::InvalidState, "合同尚未登记，不能出具登记证明");
  auto costs = c->query(sql::kCostsOf, {row.i64(0)});
  auto contract = contract_json(row, ctx.now_ms(), &costs);
  auto registrar = c->query_one(sql::kRegistrarRegion, {row.i64(0)});
  auto region = registry::region_full_name(registrar ? registrar->text(0) : "");
  auto doc = certificate_document(contract, region, row.opt_i64(24).value_or(ctx.now_ms()), ctx.now_ms());
  auto number = text_of(contract, "registration_number");
  return pdf::response(pdf::render(doc), "技术合同登记证明-" + number + ".pdf",
                       "contract-certificate-" + std::to_string(row.i64(0)) + ".pdf");
}

}  // namespace

void register_certificate_routes(api::Api& api) {
  api.get("/api/v1/market/contracts/{id:int}/certificate.pdf", "market.contracts.certificate", certificate_pdf,
          {api::Access::Approved, "market.contracts.read"});
}

}  // namespace kc::market
