// Storing technology contracts and their JSON form (with the registrar's clock and the tax flags).
#include "modules/market/contracts.hpp"

#include "api/util.hpp"
#include "core/errors.hpp"
#include "modules/market/domain/registration_clock.hpp"
#include "modules/market/domain/tax.hpp"
#include "modules/market/repository.hpp"
#include "modules/registry/domain/reference_data.hpp"
#include "modules/registry/domain/validation.hpp"

namespace kc::market {

namespace json = boost::json;

std::int64_t insert_contract(db::Connection& c, const ContractInput& in, std::int64_t seller_org_id,
                             std::int64_t user_id, EpochMs now) {
  auto seller = c.query_one(sql::kSellerOrg, {seller_org_id});
  if (!seller) throw ApiError(Err::NotFound, "卖方单位不存在");
  if (seller->text(1) == in.buyer.credit_code)
    throw ApiError(Err::FieldInvalid, "买方不能与卖方（本单位）相同", "buyer.credit_code");
  auto amounts = contract_amounts(in.total_fen, in.costs);
  db::Value scope = in.license_scope ? db::Value(std::string(license_scope_code(*in.license_scope))) : db::kNull;
  std::int64_t id =
      c.query_one(sql::kInsertContract,
                  {in.title, std::string(in.category->code), std::string(in.sub_type->code), scope, in.license_years,
                   std::int64_t{in.related_to_main ? 1 : 0}, std::string(ip_kind_code(in.ip_kind)), in.hightech_field,
                   in.signed_on, in.valid_from, in.valid_until, seller_org_id, seller->text(0), seller->text(1),
                   seller->text(2), in.buyer.name, in.buyer.credit_code, in.buyer.region_code, amounts.total_fen,
                   amounts.non_technical_fen, amounts.technical_fen, now, user_id})
          ->i64(0);
  for (std::size_t i = 0; i < in.costs.size(); ++i) {
    const auto& cost = in.costs[i];
    c.exec(sql::kInsertCost, {id, static_cast<std::int64_t>(i), std::string(cost_kind_code(cost.kind)),
                              cost.description, cost.amount_fen});
  }
  return id;
}

namespace {

json::object party_json(const std::string& name, const std::string& code, const std::string& region) {
  return {{"name", name}, {"credit_code", code}, {"region_code", region},
          {"region_name", registry::region_full_name(region)}};
}

json::object flag_json(const TaxFlag& f) { return {{"eligible", f.eligible}, {"reason", f.reason}}; }

int ymd_number(const std::string& date) {  // "2026-03-01" -> 20260301
  std::string digits;
  for (char ch : date)
    if (ch != '-') digits.push_back(ch);
  return digits.empty() ? 0 : std::stoi(digits);
}

TaxFacts tax_facts(const db::Row& r, ContractCategory category) {
  TaxFacts f;
  f.category = category;
  f.sub_type = r.text(3);
  if (auto s = r.opt_text(4)) f.license_scope = parse_license_scope(*s);
  f.license_years = static_cast<int>(r.i64(5));
  f.related_to_main_contract = r.i64(6) != 0;
  f.ip_kind = parse_ip_kind(r.text(7)).value_or(IpKind::None);
  f.signed_ymd = ymd_number(r.text(9));
  return f;
}

json::object clock_json(const db::Row& r, EpochMs now) {
  std::optional<EpochMs> decided = r.opt_i64(24);
  auto c = registration_clock(r.i64(23), now, decided);
  return {{"deadline_at", api::iso_time(c.deadline_ms)}, {"days_left", c.days_left},
          {"state", clock_state_code(c.state)}};
}

json::array costs_json(const db::Rows& rows) {
  json::array items;
  for (const auto& c : rows) {
    auto kind = parse_cost_kind(c.text(0)).value_or(CostKind::OtherNonTechnical);
    items.push_back(json::object{{"kind", c.text(0)}, {"kind_name", cost_kind_name(kind)},
                                 {"description", c.text(1)}, {"amount_fen", c.i64(2)}});
  }
  return items;
}

const char* status_name(const std::string& s) {
  return s == "pending" ? "待登记" : s == "registered" ? "已登记" : s == "refused" ? "未予登记" : "";
}

}  // namespace

json::object contract_json(const db::Row& r, EpochMs now, const db::Rows* costs) {
  const CategoryInfo* category = find_category(r.text(2));
  ContractCategory cat = category ? category->category : ContractCategory::Service;
  const SubTypeInfo* sub = find_sub_type(cat, r.text(3));
  const registry::HightechField* field = registry::find_hightech_field(r.text(8));
  auto facts = tax_facts(r, cat);
  auto scope = r.opt_text(4);
  json::object o{
      {"id", r.i64(0)},
      {"title", r.text(1)},
      {"category", r.text(2)},
      {"category_name", category ? category->name : ""},
      {"legacy_category_name", category ? category->legacy_label : ""},
      {"sub_type", r.text(3)},
      {"sub_type_name", sub ? sub->name : ""},
      {"license_scope", scope ? json::value(*scope) : json::value(nullptr)},
      {"license_scope_name", facts.license_scope ? license_scope_name(*facts.license_scope) : ""},
      {"license_years", r.i64(5)},
      {"related_to_main_contract", r.i64(6) != 0},
      {"ip_kind", r.text(7)},
      {"ip_kind_name", ip_kind_name(facts.ip_kind)},
      {"hightech_field_code", r.text(8)},
      {"hightech_field_name", field ? field->name : ""},
      {"signed_on", r.text(9)},
      {"valid_from", r.text(10)},
      {"valid_until", r.text(11)},
      {"seller", [&] {
         auto p = party_json(r.text(13), r.text(14), r.text(15));
         p["org_id"] = r.i64(12);
         return p;
       }()},
      {"buyer", party_json(r.text(16), r.text(17), r.text(18))},
      {"total_amount_fen", r.i64(19)},
      {"non_technical_fen", r.i64(20)},
      {"technical_amount_fen", r.i64(21)},
      {"total_amount_yuan", fen_to_yuan(r.i64(19))},
      {"technical_amount_yuan", fen_to_yuan(r.i64(21))},
      {"status", r.text(22)},
      {"status_name", status_name(r.text(22))},
      {"filed_at", api::iso_time(r.i64(23))},
      {"decided_at", api::iso_time_or_null(r.opt_i64(24))},
      {"registration_number", r.opt_text(25) ? json::value(*r.opt_text(25)) : json::value(nullptr)},
      {"refuse_reason", r.text(26)},
      {"clock", clock_json(r, now)},
      {"tax", json::object{{"vat_exemption", flag_json(vat_exemption(facts))},
                           {"income_tax_relief", flag_json(transfer_income_relief(facts))}}},
  };
  if (costs) o["non_technical_costs"] = costs_json(*costs);
  return o;
}

}  // namespace kc::market
