// Validation of a technology-contract filing. Codes are checked against the registry's reference data.
#include "api/util.hpp"
#include "core/errors.hpp"
#include "modules/market/contracts.hpp"
#include "modules/market/domain/registration_clock.hpp"
#include "modules/registry/domain/credit_code.hpp"
#include "modules/registry/domain/reference_data.hpp"

namespace kc::market {

namespace {

// Strict YYYY-MM-DD (api::parse_time also accepts full times); returns the Beijing day number.
std::int64_t read_day(const std::string& text, const std::string& field) {
  if (text.size() != 10) throw ApiError(Err::FieldInvalid, field + " 应为 YYYY-MM-DD 格式的日期", field);
  EpochMs ms = api::parse_time(text, field);  // midnight UTC of that calendar date
  constexpr EpochMs kDay = 86'400'000;
  return ms >= 0 ? ms / kDay : -((-ms + kDay - 1) / kDay);
}

Party read_party(http::BodyReader party, const std::string& prefix) {
  Party p;
  p.name = party.str("name", 100);
  if (p.name.empty()) throw ApiError(Err::FieldMissing, prefix + ".name 不能为空", prefix + ".name");
  p.credit_code = registry::normalise_credit_code(party.str("credit_code", 18));
  registry::require_valid_credit_code(p.credit_code, prefix + ".credit_code");
  p.region_code = party.str("region_code", 6);
  registry::require_valid_region(p.region_code, prefix + ".region_code");
  party.done();
  return p;
}

std::vector<NonTechnicalCost> read_costs(http::BodyReader& body) {
  std::vector<NonTechnicalCost> costs;
  const auto* raw = body.raw("non_technical_costs");
  if (!raw || raw->is_null()) return costs;
  if (!raw->is_array()) throw ApiError(Err::FieldInvalid, "non_technical_costs 应为数组", "non_technical_costs");
  const auto& items = raw->as_array();
  if (items.size() > kMaxNonTechnicalCosts)
    throw ApiError(Err::FieldInvalid, "非技术性费用最多100项", "non_technical_costs");
  for (std::size_t i = 0; i < items.size(); ++i) {
    std::string prefix = "non_technical_costs[" + std::to_string(i) + "]";
    if (!items[i].is_object()) throw ApiError(Err::FieldInvalid, prefix + " 应为对象", prefix);
    http::BodyReader item(items[i].as_object(), prefix);
    std::string kind = item.str("kind", 20);
    auto parsed = parse_cost_kind(kind);
    if (!parsed)
      throw ApiError(Err::FieldInvalid,
                     "费用类别应为 equipment、instrument、parts、raw_material 或 other（技术载体费用不得扣除）",
                     prefix + ".kind");
    std::string description = item.opt_str("description", 200).value_or("");
    costs.push_back({*parsed, description, item.int64("amount_fen")});
    item.done();
  }
  return costs;
}

void read_classification(http::BodyReader& body, ContractInput& in) {
  std::string category = body.str("category", 20);
  in.category = find_category(category);
  if (!in.category)
    throw ApiError(Err::FieldInvalid, "category 应为 development、transfer、license、consulting 或 service", "category");
  std::string sub_type = body.str("sub_type", 40);
  in.sub_type = find_sub_type(in.category->category, sub_type);
  if (!in.sub_type) throw ApiError(Err::FieldInvalid, "sub_type 不是" + std::string(in.category->name) + "的子类", "sub_type");
  auto scope = body.opt_str("license_scope", 20);
  auto years = body.opt_int64("license_years");
  if (in.category->category == ContractCategory::License) {
    if (!scope) throw ApiError(Err::FieldMissing, "技术许可合同须填写许可方式 license_scope", "license_scope");
    in.license_scope = parse_license_scope(*scope);
    if (!in.license_scope)
      throw ApiError(Err::FieldInvalid, "license_scope 应为 exclusive、sole 或 non_exclusive", "license_scope");
    if (!years) throw ApiError(Err::FieldMissing, "技术许可合同须填写许可年限 license_years", "license_years");
    if (*years < 1 || *years > 99) throw ApiError(Err::FieldInvalid, "license_years 应为1–99年", "license_years");
    in.license_years = *years;
  } else if ((scope && !scope->empty()) || years) {
    throw ApiError(Err::FieldInvalid, "只有技术许可合同填写许可方式和年限", scope ? "license_scope" : "license_years");
  }
  in.related_to_main = body.opt_bool("related_to_main_contract").value_or(false);
  auto ip = parse_ip_kind(body.str("ip_kind", 20));
  if (!ip) throw ApiError(Err::FieldInvalid, "ip_kind 不是有效的知识产权类型", "ip_kind");
  in.ip_kind = *ip;
  in.hightech_field = body.str("hightech_field_code", 5);
  if (!registry::find_hightech_field(in.hightech_field))
    throw ApiError(Err::FieldInvalid, "hightech_field_code 不是《国家重点支持的高新技术领域》代码", "hightech_field_code");
}

void read_dates(http::BodyReader& body, ContractInput& in, EpochMs now) {
  in.signed_on = body.str("signed_on", 10);
  if (read_day(in.signed_on, "signed_on") > beijing_day(now))
    throw ApiError(Err::FieldInvalid, "签订日期不能晚于今天（合同成立后方可申请登记）", "signed_on");
  in.valid_from = body.opt_str("valid_from", 10).value_or("");
  in.valid_until = body.opt_str("valid_until", 10).value_or("");
  std::int64_t from = in.valid_from.empty() ? 0 : read_day(in.valid_from, "valid_from");
  if (!in.valid_until.empty() && read_day(in.valid_until, "valid_until") < from)
    throw ApiError(Err::FieldInvalid, "有效期截止日期不能早于起始日期", "valid_until");
}

}  // namespace

ContractInput read_contract_input(http::BodyReader& body, EpochMs now) {
  ContractInput in;
  in.title = body.str("title", 200);
  if (in.title.empty()) throw ApiError(Err::FieldMissing, "title 不能为空", "title");
  read_classification(body, in);
  read_dates(body, in, now);
  in.buyer = read_party(body.object("buyer"), "buyer");
  in.total_fen = body.int64("total_amount_fen");
  in.costs = read_costs(body);
  if (auto p = amounts_problem(in.total_fen, in.costs)) throw ApiError(Err::FieldInvalid, p->message, p->field);
  return in;
}

}  // namespace kc::market
