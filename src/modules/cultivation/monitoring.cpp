// Monitoring (监测): counts per county and fiscal year — reports filed, entered 科技型中小企业, outcomes of
// both rule sets, the reserve pool — as JSON and as Excel, and the list of enterprises just below the
// next band of a 科技型中小企业 ratio (临界企业). Everything within the caller's data scope.
#include <boost/json.hpp>

#include <algorithm>
#include <map>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "export/xlsx.hpp"
#include "modules/cultivation/domain/assessment_json.hpp"
#include "modules/cultivation/domain/near_threshold.hpp"
#include "modules/cultivation/domain/score_breakdown.hpp"
#include "modules/cultivation/domain/report_workflow.hpp"
#include "modules/cultivation/monitoring.hpp"
#include "modules/cultivation/monitoring_counts.hpp"
#include "modules/cultivation/repository_monitoring.hpp"
#include "modules/registry/domain/validation.hpp"

namespace kc::cultivation {

namespace json = boost::json;

namespace {

const std::vector<std::string> kTechSmeOutcomes{"QUALIFIED_DIRECT", "QUALIFIED_BY_SCORE", "NOT_QUALIFIED", "INELIGIBLE"};
const std::vector<std::string> kHighTechOutcomes{"QUALIFIED", "NOT_QUALIFIED"};

int fiscal_year_param(const http::Request& req) { return year_param(req, "fiscal_year"); }

}  // namespace

int year_param(const http::Request& req, const std::string& key) {
  auto year = api::query_int(req, key);
  if (!year) throw ApiError(Err::FieldMissing, key, key);
  if (*year < 2000 || *year > 2100) throw ApiError(Err::FieldInvalid, key + " 应在 2000–2100 之间", key);
  return static_cast<int>(*year);
}

std::vector<db::Value> scoped(api::Ctx& ctx, std::vector<db::Value> extra) {
  auto params = registry::scope_params(registry::org_scope_for(ctx.me()));
  params.insert(params.end(), extra.begin(), extra.end());
  return params;
}

std::map<std::string, CountyCounts> count_by_county(api::Ctx& ctx, int year) {
  std::map<std::string, CountyCounts> counties;
  auto c = ctx.svc.db.read();
  for (const auto& row : c->query(sql::kReportCountsByCounty, scoped(ctx, {std::int64_t{year}}))) {
    auto& county = counties[row.text(0)];
    auto state = parse_state(row.text(1)).value_or(ReportState::Draft);
    auto n = row.i64(4);
    county.reports += n;
    if (state != ReportState::Draft) county.filed += n;
    if (counts_as_entered(state)) county.entered += n;
    county.tech_sme[row.text(2)] += n;
    if (!row.text(3).empty()) county.high_tech[row.text(3)] += n;
  }
  for (const auto& row : c->query(sql::kPoolCountsByCounty, scoped(ctx, {})))
    counties[row.text(0)].pool[row.text(1)] += row.i64(2);
  return counties;
}

namespace {

json::object outcome_counts(const std::map<std::string, std::int64_t>& counts, const std::vector<std::string>& keys) {
  json::object out;
  for (const auto& k : keys) out[k] = counts.count(k) ? counts.at(k) : 0;
  return out;
}

json::object counts_json(const CountyCounts& c) {
  return {{"reports", c.reports},
          {"filed", c.filed},
          {"entered", c.entered},
          {"tech_sme", outcome_counts(c.tech_sme, kTechSmeOutcomes)},
          {"high_tech", outcome_counts(c.high_tech, kHighTechOutcomes)},
          {"reserve_pool", outcome_counts(c.pool, {"active", "exit_candidate", "exited"})}};
}

http::Response counts(api::Ctx& ctx) {
  auto year = fiscal_year_param(ctx.req);
  CountyCounts total;
  json::array items;
  for (const auto& [region, county] : count_by_county(ctx, year)) {
    auto item = counts_json(county);
    item["region_code"] = region;
    item["region_name"] = registry::region_name(region);
    items.push_back(std::move(item));
    total.add(county);
  }
  return http::Response::json(json::object{{"fiscal_year", year}, {"items", std::move(items)}, {"total", counts_json(total)}});
}

std::int64_t count_of(const std::map<std::string, std::int64_t>& m, const std::string& k) {
  return m.count(k) ? m.at(k) : 0;
}

std::vector<std::string> counts_row(const std::string& name, const CountyCounts& c) {
  std::vector<std::string> cells{name, std::to_string(c.reports), std::to_string(c.filed), std::to_string(c.entered)};
  for (const auto& k : kTechSmeOutcomes) cells.push_back(std::to_string(count_of(c.tech_sme, k)));
  for (const auto& k : kHighTechOutcomes) cells.push_back(std::to_string(count_of(c.high_tech, k)));
  for (const auto* k : {"active", "exit_candidate"}) cells.push_back(std::to_string(count_of(c.pool, k)));
  return cells;
}

http::Response counts_export(api::Ctx& ctx) {
  auto year = fiscal_year_param(ctx.req);
  auto counties = count_by_county(ctx, year);
  http::Response r;
  r.body = xlsx::build(
      std::to_string(year) + "年度培育统计",
      {"县（区）", "年报数", "已报送", "入库科技型中小企业", "直接认定", "评分通过", "评分未通过", "不符合条件",
       "高企评价符合", "高企评价不符合", "后备库在库", "后备库拟出库"},
      [&](xlsx::Writer& w) {
        CountyCounts total;
        for (const auto& [region, county] : counties) {
          w.row(counts_row(registry::region_name(region) + "（" + region + "）", county));
          total.add(county);
        }
        w.row(counts_row("合计", total));
      },
      ctx.svc.data_dir + "/tmp");
  r.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  r.set_header("Content-Disposition", "attachment; filename=\"cultivation-" + std::to_string(year) + ".xlsx\"");
  return r;
}

http::Response near_threshold(api::Ctx& ctx) {
  auto year = fiscal_year_param(ctx.req);
  auto margin_text = ctx.req.has_query("margin_pp") ? ctx.req.query("margin_pp") : std::string("0.5");
  auto margin = percentage_points(margin_text);
  if (!margin) throw ApiError(Err::FieldInvalid, "margin_pp 应为 0–100 之间的小数（百分点）", "margin_pp");
  std::vector<std::pair<Fraction, json::object>> found;
  ctx.svc.db.read()->for_each(sql::kFiledReportsOfYear, scoped(ctx, {std::int64_t{year}}), [&](const db::Row& row) {
    auto input = parse_tech_sme_input(json::parse(row.text(5)).as_object().at("tech_sme"));
    for (const auto& indicator : tech_sme_breakdown(input)) {
      if (!indicator.ratio || !indicator.next || indicator.next->gap > *margin) continue;
      const auto& near = *indicator.next;
      found.emplace_back(near.gap, json::object{{"report_id", row.i64(0)}, {"org_id", row.i64(1)}, {"org_name", row.text(2)},
                                                {"region_code", row.text(3)}, {"region_name", registry::region_name(row.text(3))},
                                                {"state", row.text(4)}, {"indicator", indicator.code},
                                                {"indicator_name", indicator.name}, {"ratio_pct", indicator.ratio->percent_rounded()},
                                                {"band", near.band}, {"next_band", near.next_band},
                                                {"next_band_edge_pct", near.edge.percent_rounded()},
                                                {"gap_pp", near.gap.percent_rounded()}, {"points_gain", near.points_gain}});
    }
  });
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  json::array items;
  for (auto& [gap, item] : found) items.push_back(std::move(item));
  return http::Response::json(json::object{{"fiscal_year", year}, {"margin_pp", margin_text}, {"items", std::move(items)}});
}

}  // namespace

void register_monitoring_routes(api::Api& api, auth::Permissions& perms) {
  using auth::Role;
  perms.grant("cultivation.monitoring", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer});
  const api::RouteOptions opts{api::Access::Approved, "cultivation.monitoring"};
  api.get("/api/v1/cultivation/monitoring/counts", "cultivation.monitoring.counts", counts, opts);
  api.get("/api/v1/cultivation/monitoring/counts/export", "cultivation.monitoring.export", counts_export, opts);
  api.get("/api/v1/cultivation/monitoring/near-threshold", "cultivation.monitoring.near_threshold", near_threshold, opts);
}

}  // namespace kc::cultivation
