// The periodic bulletin: the monitoring counts per county (monitoring_counts.hpp) plus new entries, 高企 and
// R&D intensity of the year's filed reports, ranked by domain/county_bulletin, as JSON, Excel and PDF.
#include "modules/cultivation/bulletin.hpp"

#include <boost/json.hpp>

#include <map>
#include <set>

#include "api/util.hpp"
#include "export/xlsx.hpp"
#include "modules/cultivation/domain/county_bulletin.hpp"
#include "modules/cultivation/monitoring_counts.hpp"
#include "modules/cultivation/repository_monitoring.hpp"
#include "modules/registry/domain/validation.hpp"
#include "pdf/renderer.hpp"
#include "pdf/response.hpp"
#include "pdf/time_text.hpp"

namespace kc::cultivation {
namespace {

namespace json = boost::json;

struct Bulletin {
  int year = 0;
  std::vector<CountyRank> ranked;
  CountyFigures total;
};

Decimal decimal_or_zero(const std::string& text) { return Decimal::parse(text).value_or(Decimal{}); }

// New entries, 高企 and R&D sums from the filed reports of `year` (and the year before, to tell new entries).
void add_report_figures(api::Ctx& ctx, int year, std::map<std::string, CountyFigures>& counties) {
  std::set<std::int64_t> entered_before;
  std::vector<std::pair<std::string, std::int64_t>> entered_now;  // (county, org)
  auto c = ctx.svc.db.read();
  for (const auto& row : c->query(sql::kBulletinReports, scoped(ctx, {std::int64_t{year}, std::int64_t{year - 1}}))) {
    bool entered = counts_as_entered(parse_state(row.text(3)).value_or(ReportState::Draft));
    if (row.i64(2) != year) {
      if (entered) entered_before.insert(row.i64(1));
      continue;
    }
    auto& county = counties[row.text(0)];
    county.region_code = row.text(0);
    if (row.i64(4) != 0) ++county.high_tech;
    county.rd_expense_wan = county.rd_expense_wan + decimal_or_zero(row.text(5));
    county.sales_revenue_wan = county.sales_revenue_wan + decimal_or_zero(row.text(6));
    if (entered) entered_now.emplace_back(row.text(0), row.i64(1));
  }
  for (const auto& [county, org] : entered_now)
    if (!entered_before.contains(org)) ++counties[county].new_entries;
}

Bulletin bulletin_of(api::Ctx& ctx, int year) {
  std::map<std::string, CountyFigures> counties;
  for (const auto& [region, counts] : count_by_county(ctx, year)) {
    auto& county = counties[region];
    county.region_code = region;
    county.tech_sme_entered = counts.entered;
    county.reserve_pool = counts.pool.contains("active") ? counts.pool.at("active") : 0;
  }
  add_report_figures(ctx, year, counties);
  Bulletin b{year, {}, {}};
  std::vector<CountyFigures> list;
  for (auto& [region, county] : counties) {
    b.total.add(county);
    list.push_back(std::move(county));
  }
  b.ranked = rank_counties(std::move(list));
  return b;
}

std::string intensity_text(const CountyFigures& c) {
  auto r = c.rd_intensity();
  return r ? r->percent_text() : "—";
}

const std::vector<std::string> kHeaders{"排名", "县（区）", "入库科技型中小企业", "其中本年新增", "高新技术企业",
                                        "高企后备库", "研发投入强度"};

std::vector<std::string> cells_of(const std::string& rank, const std::string& name, const CountyFigures& c) {
  return {rank, name, std::to_string(c.tech_sme_entered), std::to_string(c.new_entries), std::to_string(c.high_tech),
          std::to_string(c.reserve_pool), intensity_text(c)};
}

std::vector<std::vector<std::string>> table_rows(const Bulletin& b) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& r : b.ranked)
    rows.push_back(cells_of(std::to_string(r.rank), registry::region_name(r.figures.region_code), r.figures));
  rows.push_back(cells_of("", "合计", b.total));
  return rows;
}

json::object figures_json(const CountyFigures& c) {
  auto r = c.rd_intensity();
  return {{"tech_sme_entered", c.tech_sme_entered}, {"new_entries", c.new_entries}, {"high_tech", c.high_tech},
          {"reserve_pool", c.reserve_pool}, {"rd_expense_wan", c.rd_expense_wan.to_string()},
          {"sales_revenue_wan", c.sales_revenue_wan.to_string()},
          {"rd_intensity_pct", r ? json::value(r->percent_rounded()) : json::value(nullptr)}};
}

http::Response bulletin_json(api::Ctx& ctx) {
  auto b = bulletin_of(ctx, year_param(ctx.req, "year"));
  json::array items;
  for (const auto& r : b.ranked) {
    auto item = figures_json(r.figures);
    item["rank"] = r.rank;
    item["region_code"] = r.figures.region_code;
    item["region_name"] = registry::region_name(r.figures.region_code);
    items.push_back(std::move(item));
  }
  return http::Response::json(json::object{{"year", b.year}, {"generated_at", api::iso_time(ctx.now_ms())},
                                           {"items", std::move(items)}, {"total", figures_json(b.total)}});
}

http::Response bulletin_export(api::Ctx& ctx) {
  auto b = bulletin_of(ctx, year_param(ctx.req, "year"));
  http::Response r;
  r.body = xlsx::build(std::to_string(b.year) + "年度定期通报", kHeaders,
                       [&](xlsx::Writer& w) {
                         for (const auto& row : table_rows(b)) w.row(row);
                       },
                       ctx.svc.data_dir + "/tmp");
  r.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  r.set_header("Content-Disposition", "attachment; filename=\"cultivation-bulletin-" + std::to_string(b.year) + ".xlsx\"");
  return r;
}

http::Response bulletin_pdf(api::Ctx& ctx) {
  auto b = bulletin_of(ctx, year_param(ctx.req, "year"));
  pdf::Table table{{}, table_rows(b)};
  const double widths[] = {0.08, 0.2, 0.16, 0.13, 0.13, 0.13, 0.17};
  for (std::size_t i = 0; i < kHeaders.size(); ++i)
    table.columns.push_back({kHeaders[i], widths[i], i == 1 ? pdf::Align::Left : pdf::Align::Right});
  auto year = std::to_string(b.year);
  pdf::Document doc{year + "年度企业培育工作定期通报",
                    {ctx.me().org_name, "统计口径：" + year + "财年企业年报"},
                    pdf::beijing_time_text(ctx.now_ms()),
                    {pdf::Heading{"各县（区）排名"}, table,
                     pdf::Paragraph{"排名规则：按入库科技型中小企业数从多到少排列；相同时依次比较高新技术企业数、"
                                    "高企后备库在库数、研发投入强度（研发费用合计 / 销售收入合计）。"},
                     pdf::Paragraph{"本年新增：本年度入库且上一年度未入库的企业。"}}};
  return pdf::response(pdf::render(doc), year + "年度定期通报.pdf", "cultivation-bulletin-" + year + ".pdf");
}

}  // namespace

void register_bulletin_routes(api::Api& api) {
  const api::RouteOptions opts{api::Access::Approved, "cultivation.monitoring"};
  api.get("/api/v1/cultivation/bulletin", "cultivation.bulletin", bulletin_json, opts);
  api.get("/api/v1/cultivation/bulletin/export", "cultivation.bulletin.export", bulletin_export, opts);
  api.get("/api/v1/cultivation/bulletin.pdf", "cultivation.bulletin.pdf", bulletin_pdf, opts);
}

}  // namespace kc::cultivation
