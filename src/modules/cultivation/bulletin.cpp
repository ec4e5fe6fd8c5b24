// The periodic bulletin: the monitoring counts per county (monitoring_counts.hpp) plus new entries, 高企 and
// R&D intensity of the year's filed reports, ranked by domain/county_bulletin, as JSON, Excel and PDF.
#include "modules/cultivation/bulletin.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <map>

#include "api/util.hpp"
#include "export/xlsx.hpp"
#include "modules/cultivation/domain/bulletin_tiers.hpp"
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

// The growth defaults of tier_rules look at three years of revenue; the year before also tells new entries.
constexpr int kHistoryYears = 3;

// The tiers a bulletin counts: the tier_rules defaults, which are the same for every region until a city edits its
// own (as in reassess.cpp); 高企后备 is counted as actual pool membership instead.
std::vector<TierPolicy> counted_tier_policies() {
  auto policies = default_tier_policies("410000");
  std::erase_if(policies, [](const TierPolicy& p) { return p.tier == Tier::HnteReserve; });
  return policies;
}

struct Enterprise {
  std::string county;
  std::vector<EnterpriseYear> reports;  // filed, oldest first
};

// Columns of sql::kBulletinReports.
enum Column { kRegion, kOrg, kYear, kState, kHnte, kRd, kSales, kFounded, kDishonesty, kEmployees, kTechStaff, kOwnedIp };

EnterpriseYear enterprise_year(const db::Row& row) {
  EnterpriseYear y;
  y.fiscal_year = static_cast<int>(row.i64(kYear));
  y.entered_tech_sme = counts_as_entered(parse_state(row.text(kState)).value_or(ReportState::Draft));
  y.hnte_cert_valid = row.i64(kHnte) != 0;
  y.serious_dishonesty = row.i64(kDishonesty) != 0;
  if (!row.is_null(kFounded)) y.registration_date = CivilDate::parse(row.text(kFounded));
  y.employees_total = static_cast<int>(row.i64(kEmployees));
  y.tech_staff = static_cast<int>(row.i64(kTechStaff));
  y.owned_ip_count = static_cast<int>(row.i64(kOwnedIp));
  // Stored by Decimal::to_string when the report was saved, so always parseable.
  y.sales_revenue_wan = Decimal::parse(row.text(kSales)).value_or(Decimal());
  y.rd_expense_wan = Decimal::parse(row.text(kRd)).value_or(Decimal());
  return y;
}

std::map<std::int64_t, Enterprise> filed_reports(api::Ctx& ctx, int year) {
  std::map<std::int64_t, Enterprise> enterprises;
  auto c = ctx.svc.db.read();
  auto params = scoped(ctx, {std::int64_t{year}, std::int64_t{year - kHistoryYears + 1}});
  for (const auto& row : c->query(sql::kBulletinReports, params)) {
    auto& e = enterprises[row.i64(kOrg)];
    e.county = row.text(kRegion);
    e.reports.push_back(enterprise_year(row));
  }
  return enterprises;
}

// An enterprise's share of its county's figures for `year`: 高企, R&D sums, a new entry, its tiers.
void add_enterprise(const Enterprise& e, int year, const std::vector<TierPolicy>& policies, CountyFigures& county) {
  auto find = [&](int y) {
    auto it = std::find_if(e.reports.begin(), e.reports.end(), [y](const EnterpriseYear& r) { return r.fiscal_year == y; });
    return it == e.reports.end() ? nullptr : &*it;
  };
  const EnterpriseYear* now = find(year);
  if (!now) return;
  const EnterpriseYear* before = find(year - 1);
  if (now->hnte_cert_valid) ++county.high_tech;
  county.rd_expense_wan = county.rd_expense_wan + now->rd_expense_wan;
  county.sales_revenue_wan = county.sales_revenue_wan + now->sales_revenue_wan;
  if (now->entered_tech_sme && !(before && before->entered_tech_sme)) ++county.new_entries;
  for (auto tier : tiers_reached(e.reports, year, policies)) ++county.tiers[tier];
}

void add_report_figures(api::Ctx& ctx, int year, std::map<std::string, CountyFigures>& counties) {
  const auto policies = counted_tier_policies();
  for (const auto& [org, enterprise] : filed_reports(ctx, year)) {
    auto& county = counties[enterprise.county];
    county.region_code = enterprise.county;
    add_enterprise(enterprise, year, policies, county);
  }
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

const std::vector<std::string> kRankingHeaders{"排名", "县（区）", "入库科技型中小企业", "其中本年新增", "高新技术企业",
                                               "高企后备库", "研发投入强度"};

std::vector<std::string> ranking_cells(const std::string& rank, const std::string& name, const CountyFigures& c) {
  return {rank, name, std::to_string(c.tech_sme_entered), std::to_string(c.new_entries), std::to_string(c.high_tech),
          std::to_string(c.reserve_pool), intensity_text(c)};
}

std::vector<Tier> counted_tiers() {
  std::vector<Tier> tiers;
  for (const auto& p : counted_tier_policies()) tiers.push_back(p.tier);
  return tiers;
}

std::vector<std::string> tier_headers() {
  std::vector<std::string> names;
  for (auto tier : counted_tiers()) names.emplace_back(tier_name(tier));
  return names;
}

std::vector<std::string> tier_cells(const CountyFigures& c) {
  std::vector<std::string> cells;
  for (auto tier : counted_tiers()) cells.push_back(std::to_string(c.tiers.contains(tier) ? c.tiers.at(tier) : 0));
  return cells;
}

// Every county in rank order, then the total: (rank, name, figures).
template <class Fn>
void for_each_line(const Bulletin& b, Fn fn) {
  for (const auto& r : b.ranked) fn(std::to_string(r.rank), registry::region_name(r.figures.region_code), r.figures);
  fn(std::string(), std::string("合计"), b.total);
}

json::object figures_json(const CountyFigures& c) {
  auto r = c.rd_intensity();
  json::object tiers;
  for (auto tier : counted_tiers()) tiers[tier_code(tier)] = c.tiers.contains(tier) ? c.tiers.at(tier) : 0;
  return {{"tech_sme_entered", c.tech_sme_entered}, {"new_entries", c.new_entries}, {"high_tech", c.high_tech},
          {"reserve_pool", c.reserve_pool}, {"rd_expense_wan", c.rd_expense_wan.to_string()},
          {"sales_revenue_wan", c.sales_revenue_wan.to_string()},
          {"rd_intensity_pct", r ? json::value(r->percent_rounded()) : json::value(nullptr)}, {"tiers", tiers}};
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
  json::array tiers;
  for (auto tier : counted_tiers()) tiers.push_back(json::object{{"code", tier_code(tier)}, {"name", tier_name(tier)}});
  return http::Response::json(json::object{{"year", b.year}, {"generated_at", api::iso_time(ctx.now_ms())},
                                           {"tiers", std::move(tiers)}, {"items", std::move(items)},
                                           {"total", figures_json(b.total)}});
}

http::Response bulletin_export(api::Ctx& ctx) {
  auto b = bulletin_of(ctx, year_param(ctx.req, "year"));
  auto headers = kRankingHeaders;
  for (auto& name : tier_headers()) headers.push_back(name);
  http::Response r;
  r.body = xlsx::build(std::to_string(b.year) + "年度定期通报", headers,
                       [&](xlsx::Writer& w) {
                         for_each_line(b, [&](const std::string& rank, const std::string& name, const CountyFigures& c) {
                           auto cells = ranking_cells(rank, name, c);
                           for (auto& cell : tier_cells(c)) cells.push_back(cell);
                           w.row(cells);
                         });
                       },
                       ctx.svc.data_dir + "/tmp");
  r.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  r.set_header("Content-Disposition", "attachment; filename=\"cultivation-bulletin-" + std::to_string(b.year) + ".xlsx\"");
  return r;
}

pdf::Table ranking_table(const Bulletin& b) {
  pdf::Table t;
  const double widths[] = {0.08, 0.2, 0.16, 0.13, 0.13, 0.13, 0.17};
  for (std::size_t i = 0; i < kRankingHeaders.size(); ++i)
    t.columns.push_back({kRankingHeaders[i], widths[i], i == 1 ? pdf::Align::Left : pdf::Align::Right});
  for_each_line(b, [&](const std::string& rank, const std::string& name, const CountyFigures& c) {
    t.rows.push_back(ranking_cells(rank, name, c));
  });
  return t;
}

pdf::Table tier_table(const Bulletin& b) {
  pdf::Table t;
  t.columns.push_back({"县（区）", 0.28});
  for (auto& name : tier_headers()) t.columns.push_back({name, 0.18, pdf::Align::Right});
  for_each_line(b, [&](const std::string&, const std::string& name, const CountyFigures& c) {
    auto cells = tier_cells(c);
    cells.insert(cells.begin(), name);
    t.rows.push_back(std::move(cells));
  });
  return t;
}

http::Response bulletin_pdf(api::Ctx& ctx) {
  auto b = bulletin_of(ctx, year_param(ctx.req, "year"));
  auto year = std::to_string(b.year);
  pdf::Document doc{year + "年度企业培育工作定期通报",
                    {ctx.me().org_name, "统计口径：" + year + "财年企业年报"},
                    pdf::beijing_time_text(ctx.now_ms()),
                    {pdf::Heading{"一、各县（区）排名"}, ranking_table(b),
                     pdf::Paragraph{"排名规则：按入库科技型中小企业数从多到少排列；相同时依次比较高新技术企业数、"
                                    "高企后备库在库数、研发投入强度（研发费用合计 / 销售收入合计）。"},
                     pdf::Paragraph{"本年新增：本年度入库且上一年度未入库的企业。"},
                     pdf::Heading{"二、梯队企业"}, tier_table(b),
                     pdf::Paragraph{"梯队按各梯队规则参数（默认值）对本年度年报数据测算，销售收入增长取连续年度年报。"}}};
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
