// `platforms`: recognised innovation platforms by type, level and region, either in force now / at a date
// (a stock: recognised on or before it and not revoked by then) or recognised in a year (a flow: new
// platforms of that year, still counted if revoked later — they were recognised that year).
#include "modules/registry/platform_indicator.hpp"

#include "core/errors.hpp"
#include "modules/registry/domain/platform_document.hpp"
#include "modules/registry/domain/platform_kind.hpp"
#include "modules/registry/indicators.hpp"

namespace kc::registry {
namespace {

namespace json = boost::json;
using indicators::Params;

// $1 type, $2 level, $3 region prefix ('' = any each), then the mode's own parameter.
#define KC_PLATFORM_FILTER                                                                                 \
  " FROM platforms p JOIN orgs o ON o.id = p.host_org_id WHERE ($1 = '' OR p.type = $1) "                  \
  "AND ($2 = '' OR p.level = $2) AND ($3 = '' OR substr(o.region_code, 1, length($3)) = $3) "
const db::Query kInForceNow{"registry.indicator.platforms_now", "SELECT COUNT(*)" KC_PLATFORM_FILTER "AND p.status = 'recognised'"};
// $4 the date (YYYY-MM-DD): a platform revoked on that very day no longer counts.
const db::Query kInForceAt{"registry.indicator.platforms_at",
                           "SELECT COUNT(*)" KC_PLATFORM_FILTER "AND p.status IN ('recognised', 'revoked') "
                           "AND p.recognised_on <= $4 AND (p.revoked_on IS NULL OR p.revoked_on > $4)"};
// $4 the year as four digits.
const db::Query kRecognisedIn{"registry.indicator.platforms_in_year",
                              "SELECT COUNT(*)" KC_PLATFORM_FILTER "AND p.status IN ('recognised', 'revoked') "
                              "AND substr(p.recognised_on, 1, 4) = $4"};

indicators::ParamSpec code_param(const char* name, const char* label, const std::vector<PlatformCode>& table) {
  return {name, label, false, [&table, label](const json::value& v, const std::string& field) {
            if (!v.is_string() || platform_code_name(table, std::string_view(v.as_string())).empty())
              throw ApiError(Err::FieldInvalid, std::string(label) + "不正确", field);
          }};
}

indicators::ParamSpec date_param() {
  return {"date", "日期（默认今天）", false, [](const json::value& v, const std::string& field) {
            if (!v.is_string() || !is_civil_date(std::string_view(v.as_string())))
              throw ApiError(Err::FieldInvalid, "日期应写作 YYYY-MM-DD", field);
          }};
}

indicators::ParamSpec optional_year_param() {
  auto spec = indicators::year_param("认定年度（填写则统计当年新认定数）");
  spec.required = false;
  return spec;
}

}  // namespace

indicators::Indicator platforms_indicator() {
  return {"platforms", "创新平台数（按类型、级别、地区；当前、指定日期或年度新认定）", "家",
          {code_param("type", "平台类型", platform_types()), code_param("level", "平台级别", platform_levels()),
           registry::region_indicator_param(), date_param(), optional_year_param()},
          [](db::Connection& c, const Params& p) {
            std::vector<db::Value> params{indicators::text_of(p, "type"), indicators::text_of(p, "level"), region_prefix_of(p)};
            const db::Query* query = &kInForceNow;
            if (p.contains("year")) {  // a year takes precedence over a date: it asks for a flow, not a stock
              query = &kRecognisedIn;
              params.emplace_back(std::to_string(indicators::year_of(p)));
            } else if (auto date = indicators::text_of(p, "date"); !date.empty()) {
              query = &kInForceAt;
              params.emplace_back(date);
            }
            return indicators::kValueScale * c.query_one(*query, params)->i64(0);
          }};
}

}  // namespace kc::registry
