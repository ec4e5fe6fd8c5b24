// The periodic bulletin's outputs: the figures of bulletin_data as JSON, Excel and PDF.
#include "modules/cultivation/bulletin.hpp"

#include <boost/json.hpp>

#include "http/download.hpp"
#include "api/util.hpp"
#include "export/xlsx.hpp"
#include "modules/cultivation/bulletin_data.hpp"
#include "modules/cultivation/monitoring_counts.hpp"
#include "modules/registry/domain/validation.hpp"
#include "pdf/renderer.hpp"
#include "pdf/response.hpp"
#include "pdf/time_text.hpp"

namespace kc::cultivation {
namespace {

namespace json = boost::json;

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
  return http::xlsx_download(std::move(r.body), "cultivation-bulletin-" + std::to_string(b.year) + ".xlsx");
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
