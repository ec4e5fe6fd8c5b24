#include "modules/targets/ledger/metrics.hpp"

#include <boost/json.hpp>

#include "core/errors.hpp"
#include "modules/registry/domain/org_kind.hpp"
#include "modules/registry/domain/reference_data.hpp"
#include "modules/targets/ledger/domain/calendar.hpp"
#include "modules/targets/ledger/domain/decimal.hpp"

namespace kc::targets::ledger {
namespace {

namespace json = boost::json;

// $1 kind ('' = any), $2 status ('' = any), $3..$4 the year in epoch ms, $5 region prefix ('' = any).
inline const db::Query kOrgsCreated{
    "ledger.metric.orgs_created",
    "SELECT COUNT(*) FROM orgs o WHERE ($1 = '' OR o.kind = $1) AND ($2 = '' OR o.status = $2) "
    "AND o.created_at >= $3 AND o.created_at < $4 AND ($5 = '' OR substr(o.region_code, 1, length($5)) = $5)"};
// Approved in the year: the review time (bureau-created organisations are reviewed when created).
inline const db::Query kOrgsApproved{
    "ledger.metric.orgs_approved",
    "SELECT COUNT(*) FROM orgs o WHERE ($1 = '' OR o.kind = $1) AND o.status = 'approved' "
    "AND o.reviewed_at >= $2 AND o.reviewed_at < $3 AND ($4 = '' OR substr(o.region_code, 1, length($4)) = $4)"};

// Technology-contract turnover (技术合同成交额) registered in the year, by the seller's region, in 万元 scaled by
// 10^4, i.e. whole 元 (分 / 100, truncated: a target in 万元 needs no finer grain). Reads the market module's
// table; it can move to the market module through metric_registry().add without changing the ledger.
inline const db::Query kContractTurnover{
    "ledger.metric.contract_turnover",
    "SELECT CAST(COALESCE(SUM(m.total_fen), 0) AS BIGINT) / 100 FROM market_contracts m WHERE m.status = 'registered' "
    "AND m.registration_year = $1 AND ($2 = '' OR substr(m.seller_region, 1, length($2)) = $2)"};

std::string text_param(const json::object& p, const char* key) {
  auto it = p.find(key);
  return it == p.end() || !it->value().is_string() ? "" : std::string(it->value().as_string());
}

std::string region_prefix_param(const json::object& p) {
  auto code = text_param(p, "region_code");
  return code.empty() ? code : registry::region_scope_prefix(code);
}

void check_year(const json::value& v, const std::string& field) {
  if (!v.is_int64() || v.as_int64() < 1949 || v.as_int64() > 2100) throw ApiError(Err::FieldInvalid, "年度应为整数年份", field);
}
void check_kind(const json::value& v, const std::string& field) {
  if (!v.is_string() || !registry::parse_org_kind(std::string_view(v.as_string())))
    throw ApiError(Err::FieldInvalid, "单位类型不正确", field);
}
void check_status(const json::value& v, const std::string& field) {
  if (!v.is_string() || (v.as_string() != "pending" && v.as_string() != "approved" && v.as_string() != "rejected"))
    throw ApiError(Err::FieldInvalid, "状态应为 pending、approved 或 rejected", field);
}
void check_region(const json::value& v, const std::string& field) {
  if (!v.is_string()) throw ApiError(Err::FieldInvalid, "行政区划代码应为字符串", field);
  registry::require_valid_region(std::string_view(v.as_string()), field);
}

Metric orgs_created() {
  return {"orgs_created", "年度新增单位数（按类型、状态、地区）", "家",
          {{"year", "年度", true, check_year}, {"kind", "单位类型", false, check_kind},
           {"status", "状态", false, check_status}, {"region_code", "地区", false, check_region}},
          [](db::Connection& c, const json::object& p) {
            int year = static_cast<int>(p.at("year").as_int64());
            return kDecimalScale * c.query_one(kOrgsCreated, {text_param(p, "kind"), text_param(p, "status"),
                                                              year_start(year), year_start(year + 1),
                                                              region_prefix_param(p)})->i64(0);
          }};
}

Metric orgs_approved() {
  return {"orgs_approved", "年度审核通过单位数（按类型、地区）", "家",
          {{"year", "年度", true, check_year}, {"kind", "单位类型", false, check_kind},
           {"region_code", "地区", false, check_region}},
          [](db::Connection& c, const json::object& p) {
            int year = static_cast<int>(p.at("year").as_int64());
            return kDecimalScale * c.query_one(kOrgsApproved, {text_param(p, "kind"), year_start(year),
                                                               year_start(year + 1), region_prefix_param(p)})->i64(0);
          }};
}

Metric contract_turnover() {
  return {"contract_turnover", "年度技术合同登记成交额（按卖方地区）", "万元",
          {{"year", "登记年度", true, check_year}, {"region_code", "地区", false, check_region}},
          [](db::Connection& c, const json::object& p) {
            return c.query_one(kContractTurnover, {p.at("year").as_int64(), region_prefix_param(p)})->i64(0);
          }};
}

}  // namespace

void MetricRegistry::add(Metric m) { metrics_[m.id] = std::move(m); }

const Metric* MetricRegistry::find(const std::string& id) const {
  auto it = metrics_.find(id);
  return it == metrics_.end() ? nullptr : &it->second;
}

std::vector<const Metric*> MetricRegistry::all() const {
  std::vector<const Metric*> out;
  for (const auto& [id, m] : metrics_) out.push_back(&m);
  return out;
}

void MetricRegistry::validate(const Metric& m, const json::object& params) const {
  for (const auto& [key, value] : params) {
    std::string field = "metric.params." + std::string(key);
    auto it = std::find_if(m.params.begin(), m.params.end(), [&](const MetricParam& p) { return p.name == key; });
    if (it == m.params.end()) throw ApiError(Err::FieldUnknown, field, field);
    it->check(value, field);
  }
  for (const auto& p : m.params)
    if (p.required && !params.contains(p.name))
      throw ApiError(Err::FieldMissing, "metric.params." + p.name + "（" + p.label_zh + "）", "metric.params." + p.name);
}

MetricRegistry& metric_registry() {
  static MetricRegistry registry = [] {
    MetricRegistry r;
    r.add(orgs_created());
    r.add(orgs_approved());
    r.add(contract_turnover());
    return r;
  }();
  return registry;
}

}  // namespace kc::targets::ledger
