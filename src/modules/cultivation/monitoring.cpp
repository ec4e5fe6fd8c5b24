// Monitoring (监测): counts per county and fiscal year — reports filed, entered 科技型中小企业, outcomes of
// both rule sets, the reserve pool — as JSON and as Excel, and the list of enterprises just below the
// next band of a 科技型中小企业 ratio (临界企业). Everything within the caller's data scope.
#include <boost/json.hpp>

#include <algorithm>
#include <map>
#include <optional>

#include "api/util.hpp"
#include "http/download.hpp"
#include "core/errors.hpp"
#include "export/xlsx.hpp"
#include "modules/cultivation/domain/assessment_json.hpp"
#include "modules/cultivation/domain/near_threshold.hpp"
#include "modules/cultivation/domain/score_breakdown.hpp"
#include "modules/cultivation/domain/report_workflow.hpp"
#include "modules/cultivation/monitoring.hpp"
#include "modules/cultivation/domain/tier_policy_params.hpp"
#include "modules/cultivation/monitoring_counts.hpp"
#include "modules/cultivation/repository_monitoring.hpp"
#include "modules/cultivation/targets.hpp"
#include "modules/registry/domain/reference_data.hpp"
#include "modules/registry/domain/validation.hpp"
#include "modules/cultivation/list_exports.hpp"

namespace kc::cultivation {

namespace json = boost::json;

namespace {

const std::vector<std::string> kTechSmeOutcomes{"QUALIFIED_DIRECT", "QUALIFIED_BY_SCORE", "NOT_QUALIFIED", "INELIGIBLE"};
const std::vector<std::string> kHighTechOutcomes{"QUALIFIED", "NOT_QUALIFIED"};

int fiscal_year_param(const http::Request& req) { return year_param(req, "fiscal_year"); }

std::int64_t count_of(const std::map<std::string, std::int64_t>& m, const std::string& k) {
  return m.count(k) ? m.at(k) : 0;
}

json::object outcome_counts(const std::map<std::string, std::int64_t>& counts, const std::vector<std::string>& keys) {
  json::object out;
  for (const auto& k : keys) out[k] = counts.count(k) ? counts.at(k) : 0;
  return out;
}

std::vector<std::string> tier_codes() {
  std::vector<std::string> out;
  for (Tier t : all_tiers()) out.emplace_back(tier_code(t));
  return out;
}

// For display: R&D expense as a share of sales, in per cent; null without sales.
json::value rd_intensity_pct(const CountyCounts& c) {
  auto ratio = Fraction::ratio(c.rd_wan, c.sales_wan);
  return ratio ? json::value(ratio->percent_rounded()) : json::value(nullptr);
}

// Growth of a count over the previous year in per cent (display); null when the previous year had none.
json::value growth_pct(std::int64_t now, std::int64_t before) {
  if (before == 0) return nullptr;
  return Fraction(now - before, before).percent_rounded();
}

json::object counts_json(const CountyCounts& c, const CountyCounts& previous) {
  return {{"reports", c.reports},
          {"filed", c.filed},
          {"entered", c.entered},
          {"tech_sme", outcome_counts(c.tech_sme, kTechSmeOutcomes)},
          {"high_tech", outcome_counts(c.high_tech, kHighTechOutcomes)},
          {"reserve_pool", outcome_counts(c.pool, {"active", "exit_candidate", "exited"})},
          {"tiers", outcome_counts(c.tiers, tier_codes())},
          {"sales_revenue_wan", c.sales_wan.to_string()},
          {"rd_expense_wan", c.rd_wan.to_string()},
          {"rd_intensity_pct", rd_intensity_pct(c)},
          {"targets", c.targets ? json::value(json::object{{"tech_sme", c.targets->tech_sme}, {"high_tech", c.targets->high_tech}})
                                : json::value(nullptr)},
          {"previous", json::object{{"entered", previous.entered},
                                    {"high_tech_qualified", count_of(previous.high_tech, "QUALIFIED")},
                                    {"rd_intensity_pct", rd_intensity_pct(previous)}}},
          {"entered_growth_pct", growth_pct(c.entered, previous.entered)},
          {"high_tech_growth_pct", growth_pct(count_of(c.high_tech, "QUALIFIED"), count_of(previous.high_tech, "QUALIFIED"))}};
}

http::Response counts(api::Ctx& ctx) {
  auto year = fiscal_year_param(ctx.req);
  auto previous = count_by_county(ctx, year - 1);
  CountyCounts total, previous_total;
  json::array items;
  for (const auto& [region, county] : count_by_county(ctx, year)) {
    auto item = counts_json(county, previous[region]);
    item["region_code"] = region;
    item["region_name"] = registry::region_name(region);
    items.push_back(std::move(item));
    total.add(county);
  }
  for (const auto& [region, county] : previous) previous_total.add(county);
  return http::Response::json(json::object{{"fiscal_year", year}, {"items", std::move(items)},
                                           {"total", counts_json(total, previous_total)}});
}

std::vector<std::string> counts_row(const std::string& name, const CountyCounts& c) {
  std::vector<std::string> cells{name, std::to_string(c.reports), std::to_string(c.filed), std::to_string(c.entered)};
  for (const auto& k : kTechSmeOutcomes) cells.push_back(std::to_string(count_of(c.tech_sme, k)));
  for (const auto& k : kHighTechOutcomes) cells.push_back(std::to_string(count_of(c.high_tech, k)));
  for (const auto* k : {"active", "exit_candidate"}) cells.push_back(std::to_string(count_of(c.pool, k)));
  for (const auto& tier : tier_codes()) cells.push_back(std::to_string(count_of(c.tiers, tier)));
  cells.push_back(c.targets ? std::to_string(c.targets->tech_sme) : "");
  cells.push_back(c.targets ? std::to_string(c.targets->high_tech) : "");
  auto intensity = Fraction::ratio(c.rd_wan, c.sales_wan);
  cells.push_back(intensity ? intensity->percent_text() : "");
  return cells;
}

// The columns of counts_row.
std::vector<std::string> counts_headers() {
  std::vector<std::string> headers{"县（区）", "年报数", "已报送", "入库科技型中小企业", "直接认定", "评分通过", "评分未通过",
                                   "不符合条件", "高企评价符合", "高企评价不符合", "后备库在库", "后备库拟出库"};
  for (Tier t : all_tiers()) headers.emplace_back(tier_name(t));
  headers.insert(headers.end(), {"入库目标", "高企目标", "研发强度"});
  return headers;
}

http::Response counts_export(api::Ctx& ctx) {
  auto year = fiscal_year_param(ctx.req);
  auto counties = count_by_county(ctx, year);
  http::Response r;
  r.body = xlsx::build(
      std::to_string(year) + "年度培育统计",
      counts_headers(),
      [&](xlsx::Writer& w) {
        CountyCounts total;
        for (const auto& [region, county] : counties) {
          w.row(counts_row(registry::region_name(region) + "（" + region + "）", county));
          total.add(county);
        }
        w.row(counts_row("合计", total));
      },
      ctx.svc.data_dir + "/tmp");
  return http::xlsx_download(std::move(r.body), "cultivation-" + std::to_string(year) + ".xlsx");
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
  register_target_routes(api, perms);
  api.get("/api/v1/cultivation/monitoring/near-threshold", "cultivation.monitoring.near_threshold", near_threshold, opts);
  api::add_list_export(api, "/api/v1/cultivation/monitoring/near-threshold", "cultivation.monitoring.near_threshold", near_threshold, opts, near_threshold_export());
}

}  // namespace kc::cultivation
