#include "modules/registry/orgs.hpp"

#include "api/util.hpp"
#include "core/errors.hpp"
#include "modules/registry/domain/org_kind.hpp"
#include "modules/registry/domain/credit_code.hpp"
#include "modules/registry/domain/reference_data.hpp"
#include "modules/registry/domain/validation.hpp"
#include "modules/registry/repository.hpp"

namespace kc::registry {

namespace json = boost::json;

OrgInput read_org_input(http::BodyReader& body) {
  OrgInput in;
  in.name = body.str("name", 100);
  in.kind = body.str("kind", 40);
  if (!parse_org_kind(in.kind)) throw ApiError(Err::FieldInvalid, "kind 不是有效的单位类型", "kind");
  in.credit_code = normalise_credit_code(body.str("credit_code", 18));
  require_valid_credit_code(in.credit_code, "credit_code");
  in.region_code = body.str("region_code", 6);
  require_valid_region(in.region_code, "region_code");
  in.industry_code = body.opt_str("industry_code", 5);
  if (in.industry_code && in.industry_code->empty()) in.industry_code.reset();
  if (in.industry_code) require_valid_industry(*in.industry_code, "industry_code");
  in.address = body.opt_str("address", 200).value_or("");
  in.contact_name = body.opt_str("contact_name", 50).value_or("");
  in.contact_phone = body.opt_str("contact_phone", 30).value_or("");
  return in;
}

std::int64_t insert_org(db::Connection& c, const OrgInput& in, const std::string& status, std::int64_t now_ms,
                        std::optional<std::int64_t> reviewer) {
  if (c.query_one(sql::kCreditCodeExists, {in.credit_code})) throw ApiError(Err::CreditCodeTaken, in.credit_code, "credit_code");
  db::Value industry = in.industry_code ? db::Value(*in.industry_code) : db::kNull;
  db::Value reviewed_at = reviewer ? db::Value(now_ms) : db::kNull;
  db::Value reviewed_by = reviewer ? db::Value(*reviewer) : db::kNull;
  try {
    return c.query_one(sql::kInsertOrg, {in.name, in.kind, in.credit_code, in.region_code, industry, in.address,
                                         in.contact_name, in.contact_phone, status, now_ms, reviewed_at, reviewed_by})
        ->i64(0);
  } catch (const db::DbError& e) {
    if (e.unique_violation()) throw ApiError(Err::CreditCodeTaken, in.credit_code, "credit_code");
    throw;
  }
}

json::object org_json(const db::Row& r) {
  std::string kind = r.text(2), status = r.text(9), region = r.text(4);
  auto industry = r.opt_text(5);
  return json::object{{"id", r.i64(0)},
                      {"name", r.text(1)},
                      {"kind", kind},
                      {"kind_name", org_kind_name(std::string_view(kind))},
                      {"credit_code", r.text(3)},
                      {"region_code", region},
                      {"region_name", region_name(region)},
                      {"region_full_name", region_full_name(region)},
                      {"industry_code", industry ? json::value(*industry) : json::value(nullptr)},
                      {"industry_name", industry ? industry_name(*industry) : ""},
                      {"address", r.text(6)},
                      {"contact_name", r.text(7)},
                      {"contact_phone", r.text(8)},
                      {"status", status},
                      {"status_name", org_status_name(status)},
                      {"reject_reason", r.text(10)},
                      {"created_at", api::iso_time(r.i64(11))},
                      {"reviewed_at", api::iso_time_or_null(r.opt_i64(12))}};
}

std::string like_escape(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') o.push_back('\\');
    o.push_back(c);
  }
  return o;
}

}  // namespace kc::registry
