#include "modules/registry/indicators.hpp"

#include "core/errors.hpp"
#include "modules/registry/domain/org_kind.hpp"
#include "modules/registry/domain/reference_data.hpp"

namespace kc::registry {
namespace {

namespace json = boost::json;
using indicators::kValueScale;
using indicators::Params;

// $1 kind ('' = any), $2 status ('' = any), $3..$4 the year in epoch ms, $5 region prefix ('' = any).
const db::Query kOrgsCreated{
    "registry.indicator.orgs_created",
    "SELECT COUNT(*) FROM orgs o WHERE ($1 = '' OR o.kind = $1) AND ($2 = '' OR o.status = $2) "
    "AND o.created_at >= $3 AND o.created_at < $4 AND ($5 = '' OR substr(o.region_code, 1, length($5)) = $5)"};
// Approved in the year: the review time (bureau-created organisations are reviewed when created).
const db::Query kOrgsApproved{
    "registry.indicator.orgs_approved",
    "SELECT COUNT(*) FROM orgs o WHERE ($1 = '' OR o.kind = $1) AND o.status = 'approved' "
    "AND o.reviewed_at >= $2 AND o.reviewed_at < $3 AND ($4 = '' OR substr(o.region_code, 1, length($4)) = $4)"};

indicators::ParamSpec kind_param() {
  return {"kind", "单位类型", false, [](const json::value& v, const std::string& field) {
            if (!v.is_string() || !parse_org_kind(std::string_view(v.as_string())))
              throw ApiError(Err::FieldInvalid, "单位类型不正确", field);
          }};
}

indicators::ParamSpec status_param() {
  return {"status", "状态", false, [](const json::value& v, const std::string& field) {
            if (!v.is_string() || (v.as_string() != "pending" && v.as_string() != "approved" && v.as_string() != "rejected"))
              throw ApiError(Err::FieldInvalid, "状态应为 pending、approved 或 rejected", field);
          }};
}

indicators::Indicator orgs_created() {
  return {"orgs_created", "年度新增单位数（按类型、状态、地区）", "家",
          {indicators::year_param(), kind_param(), status_param(), region_indicator_param()},
          [](db::Connection& c, const Params& p) {
            int year = indicators::year_of(p);
            return kValueScale * c.query_one(kOrgsCreated, {indicators::text_of(p, "kind"), indicators::text_of(p, "status"),
                                                            indicators::beijing_year_start(year), indicators::beijing_year_start(year + 1),
                                                            region_prefix_of(p)})->i64(0);
          }};
}

indicators::Indicator orgs_approved() {
  return {"orgs_approved", "年度审核通过单位数（按类型、地区）", "家",
          {indicators::year_param(), kind_param(), region_indicator_param()},
          [](db::Connection& c, const Params& p) {
            int year = indicators::year_of(p);
            return kValueScale * c.query_one(kOrgsApproved, {indicators::text_of(p, "kind"), indicators::beijing_year_start(year),
                                                             indicators::beijing_year_start(year + 1), region_prefix_of(p)})->i64(0);
          }};
}

}  // namespace

indicators::ParamSpec region_indicator_param(const char* label_zh) {
  return {"region_code", label_zh, false, [](const json::value& v, const std::string& field) {
            if (!v.is_string()) throw ApiError(Err::FieldInvalid, "行政区划代码应为字符串", field);
            require_valid_region(std::string_view(v.as_string()), field);
          }};
}

std::string region_prefix_of(const Params& params) {
  auto code = indicators::text_of(params, "region_code");
  return code.empty() ? code : region_scope_prefix(code);
}

void register_indicators(indicators::Registry& registry) {
  registry.add(orgs_created());
  registry.add(orgs_approved());
}

}  // namespace kc::registry
