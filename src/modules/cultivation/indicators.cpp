#include "modules/cultivation/indicators.hpp"

#include "core/errors.hpp"
#include "modules/cultivation/domain/civil_date.hpp"
#include "modules/registry/indicators.hpp"

namespace kc::cultivation {
namespace {

namespace json = boost::json;
using indicators::kValueScale;
using indicators::Params;

// $1 is always the region prefix ('' = any region).
#define KC_REGION_OF_ORG " ($1 = '' OR substr(o.region_code, 1, length($1)) = $1) "

// 入库: an annual report whose 科技型中小企业 registration (入库登记, the "register" step that assigns the
// registration number) happened in the Beijing civil year [$2, $3). An enterprise counts once a year.
const db::Query kTechSmeEntered{
    "cultivation.indicator.tech_sme_entered",
    "SELECT COUNT(DISTINCT r.org_id) FROM cultivation_report_events e JOIN cultivation_reports r ON r.id = e.report_id "
    "JOIN orgs o ON o.id = r.org_id WHERE e.action = 'register' AND e.at >= $2 AND e.at < $3 AND" KC_REGION_OF_ORG};
// Certificates recorded with a 认定日期 in year $2.
const db::Query kHighTechCertified{
    "cultivation.indicator.high_tech_certified",
    "SELECT COUNT(*) FROM cultivation_hnte_certifications h JOIN orgs o ON o.id = h.org_id "
    "WHERE h.certified_year = $2 AND" KC_REGION_OF_ORG};
// Members now (active or waiting for an exit decision).
const db::Query kPoolNow{
    "cultivation.indicator.pool_now",
    "SELECT COUNT(*) FROM cultivation_reserve_pool p JOIN orgs o ON o.id = p.org_id "
    "WHERE p.status IN ('active', 'exit_candidate') AND" KC_REGION_OF_ORG};
// Members at the instant $2: nominated before it and not exited by then. The pool keeps one row per
// enterprise, so an enterprise that left and re-entered counts from its latest entry only.
const db::Query kPoolAt{
    "cultivation.indicator.pool_at",
    "SELECT COUNT(*) FROM cultivation_reserve_pool p JOIN orgs o ON o.id = p.org_id WHERE p.nominated_at < $2 "
    "AND (p.status <> 'exited' OR p.decided_at >= $2) AND" KC_REGION_OF_ORG};

std::int64_t count(db::Connection& c, const db::Query& q, const Params& p, std::vector<db::Value> more = {}) {
  std::vector<db::Value> params{registry::region_prefix_of(p)};
  params.insert(params.end(), more.begin(), more.end());
  return kValueScale * c.query_one(q, params)->i64(0);
}

indicators::ParamSpec date_param() {
  return {"date", "日期（默认今天）", false, [](const json::value& v, const std::string& field) {
            if (!v.is_string() || !CivilDate::parse(std::string_view(v.as_string())))
              throw ApiError(Err::FieldInvalid, "日期应写作 YYYY-MM-DD", field);
          }};
}

// The end of a Beijing civil day (00:00 CST of the next day) as epoch ms.
std::int64_t end_of_beijing_day(const CivilDate& d) {
  auto next_day_utc_ms = (static_cast<std::int64_t>(d.days_since(CivilDate{})) + 1) * 86'400'000;
  return next_day_utc_ms - 8 * 3'600'000;
}

indicators::Indicator tech_sme_entered() {
  return {"tech_sme_entered", "年度新入库科技型中小企业数（按地区）", "家",
          {indicators::year_param("入库年度"), registry::region_indicator_param()},
          [](db::Connection& c, const Params& p) {
            int year = indicators::year_of(p);
            return count(c, kTechSmeEntered, p, {indicators::beijing_year_start(year), indicators::beijing_year_start(year + 1)});
          }};
}

indicators::Indicator high_tech_certified() {
  return {"high_tech_certified", "年度新认定高新技术企业数（按地区）", "家",
          {indicators::year_param("认定年度"), registry::region_indicator_param()},
          [](db::Connection& c, const Params& p) {
            return count(c, kHighTechCertified, p, {std::int64_t{indicators::year_of(p)}});
          }};
}

indicators::Indicator reserve_pool_size() {
  return {"reserve_pool_size", "高新技术企业后备库在库企业数（当前或指定日期，按地区）", "家",
          {date_param(), registry::region_indicator_param()},
          [](db::Connection& c, const Params& p) {
            auto date = indicators::text_of(p, "date");
            if (date.empty()) return count(c, kPoolNow, p);
            return count(c, kPoolAt, p, {end_of_beijing_day(*CivilDate::parse(date))});
          }};
}

}  // namespace

void register_indicators(indicators::Registry& registry) {
  registry.add(tech_sme_entered());
  registry.add(high_tech_certified());
  registry.add(reserve_pool_size());
}

}  // namespace kc::cultivation
