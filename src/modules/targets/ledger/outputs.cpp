#include "modules/targets/ledger/outputs.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <map>

#include "http/download.hpp"
#include "api/util.hpp"
#include "export/xlsx.hpp"
#include "modules/targets/ledger/domain/bulletin.hpp"
#include "modules/targets/ledger/item_states.hpp"
#include "pdf/renderer.hpp"
#include "pdf/response.hpp"
#include "pdf/time_text.hpp"

namespace kc::targets::ledger {
namespace {

namespace json = boost::json;
using http::Response;

const std::map<std::string, std::string> kStatusZh{
    {"completed", "已完成"}, {"at_risk", "进度滞后"}, {"overdue", "逾期未报"}, {"on_track", "推进中"}};

std::string str(const json::value& v) { return v.is_string() ? std::string(v.as_string()) : ""; }

struct Matrix {
  std::vector<std::string> units;  // in order of first appearance
  struct Row {
    const ItemState* state;
    std::map<std::string, std::string> roles;  // unit → "lead" | "partner"
  };
  std::vector<Row> rows;
};

Matrix matrix_of(const std::vector<ItemState>& states) {
  Matrix m;
  auto add_unit = [&](const std::string& u) {
    if (std::find(m.units.begin(), m.units.end(), u) == m.units.end()) m.units.push_back(u);
  };
  for (const auto& s : states) {
    Matrix::Row row{&s, {}};
    if (auto lead = str(s.item.at("lead_unit")); !lead.empty()) {
      add_unit(lead);
      row.roles[lead] = "lead";
    }
    for (const auto& p : s.item.at("partners").as_array()) {
      add_unit(str(p));
      row.roles.emplace(str(p), "partner");
    }
    m.rows.push_back(std::move(row));
  }
  return m;
}

Response matrix(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  auto states = item_states(ctx, *c);
  auto m = matrix_of(states);
  json::array rows;
  for (const auto& row : m.rows) {
    json::object cells;
    for (const auto& [unit, role] : row.roles) cells[unit] = role;
    rows.push_back(json::object{{"item_id", row.state->item.at("id")}, {"title", row.state->item.at("title")},
                                {"kind", row.state->item.at("kind")}, {"status", row.state->status()},
                                {"cells", cells}});
  }
  json::array units(m.units.begin(), m.units.end());
  return Response::json(json::object{{"units", units}, {"rows", rows}});
}

Response matrix_export(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  auto states = item_states(ctx, *c);
  auto m = matrix_of(states);
  std::vector<std::string> headers{"序号", "目标 / 任务", "类型", "状态"};
  headers.insert(headers.end(), m.units.begin(), m.units.end());
  auto body = xlsx::build("责任矩阵", headers, [&](xlsx::Writer& w) {
    int n = 0;
    for (const auto& row : m.rows) {
      std::vector<std::string> cells{std::to_string(++n), str(row.state->item.at("title")),
                                     row.state->is_target() ? "量化目标" : "重点任务", kStatusZh.at(row.state->status())};
      for (const auto& unit : m.units) {
        auto it = row.roles.find(unit);
        cells.push_back(it == row.roles.end() ? "" : it->second == "lead" ? "牵头" : "配合");
      }
      w.row(cells);
    }
  }, ctx.svc.data_dir + "/tmp");
  return http::xlsx_download(std::move(body), "responsibility-matrix.xlsx");
}

std::string region_of(const ItemState& s) { return s.region_name(); }
std::string unit_of(const ItemState& s) { return s.unit_name(); }

// Units (or counties, with group_of = region_of) tallied and ranked.
std::vector<UnitRank> bulletin_of(const std::vector<ItemState>& states, std::string (*group_of)(const ItemState&)) {
  std::map<std::string, UnitTally> tallies;
  for (const auto& s : states) {
    auto unit = group_of(s);
    auto& t = tallies[unit];
    t.unit = unit;
    ++t.items;
    if (s.item.at("completed").as_bool()) ++t.completed;
    if (s.item.at("at_risk").as_bool()) ++t.at_risk;
    t.overdue += static_cast<std::int64_t>(s.overdue.size());
    const auto& pp = s.item.at("progress_permille");
    t.completion_sum += item_completion_permille(s.is_target(), pp.is_int64() ? std::optional(pp.as_int64()) : std::nullopt,
                                                 s.due_reports, static_cast<std::int64_t>(s.overdue.size()));
  }
  std::vector<UnitTally> list;
  for (auto& [unit, t] : tallies) list.push_back(t);
  return rank_units(std::move(list));
}

json::array ranking_json(const std::vector<UnitRank>& ranked, const char* name_key) {
  json::array out;
  for (const auto& r : ranked)
    out.push_back(json::object{{"rank", r.rank},
                               {name_key, r.tally.unit},
                               {"items", r.tally.items},
                               {"completed", r.tally.completed},
                               {"at_risk", r.tally.at_risk},
                               {"overdue_reports", r.tally.overdue},
                               {"completion_permille", r.tally.completion()}});
  return out;
}

Response bulletin(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  auto states = item_states(ctx, *c);
  return Response::json(json::object{{"generated_at", api::iso_time(ctx.now_ms())},
                                     {"units", ranking_json(bulletin_of(states, unit_of), "unit")},
                                     {"regions", ranking_json(bulletin_of(states, region_of), "region")}});
}

std::string percent_text(std::int64_t permille) {
  return std::to_string(permille / 10) + "." + std::to_string(permille % 10) + "%";
}

// One ranking row as printed, shared by the Excel and PDF bulletins; `group` heads the unit or county column.
std::vector<std::string> ranking_headers(const std::string& group) {
  return {"排名", group, "事项数", "已完成目标", "进度滞后", "逾期未报", "完成度"};
}

std::vector<std::string> ranking_cells(const UnitRank& r) {
  return {std::to_string(r.rank), r.tally.unit, std::to_string(r.tally.items), std::to_string(r.tally.completed),
          std::to_string(r.tally.at_risk), std::to_string(r.tally.overdue), percent_text(r.tally.completion())};
}

Response bulletin_export(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  auto ranked = bulletin_of(item_states(ctx, *c), unit_of);
  auto body = xlsx::build("工作通报", ranking_headers("责任单位"),
                          [&](xlsx::Writer& w) {
                            for (const auto& r : ranked) w.row(ranking_cells(r));
                          },
                          ctx.svc.data_dir + "/tmp");
  return http::xlsx_download(std::move(body), "bulletin.xlsx");
}

pdf::Table ranking_table(const std::vector<UnitRank>& ranked, const std::string& group) {
  pdf::Table t;
  const auto headers = ranking_headers(group);
  const double widths[] = {0.08, 0.32, 0.1, 0.12, 0.12, 0.12, 0.14};
  for (std::size_t i = 0; i < headers.size(); ++i)
    t.columns.push_back({headers[i], widths[i], i == 1 ? pdf::Align::Left : pdf::Align::Right});
  for (const auto& r : ranked) t.rows.push_back(ranking_cells(r));
  return t;
}

Response bulletin_pdf(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  auto states = item_states(ctx, *c);
  pdf::Document doc{"目标任务推进情况通报",
                    {ctx.me().org_name, "截至" + pdf::beijing_date_text(ctx.now_ms())},
                    pdf::beijing_time_text(ctx.now_ms()),
                    {pdf::Heading{"一、责任单位排名"}, ranking_table(bulletin_of(states, unit_of), "责任单位"),
                     pdf::Heading{"二、县（区）排名"}, ranking_table(bulletin_of(states, region_of), "县（区）"),
                     pdf::Paragraph{"完成度：量化目标按进度（最高100%）计，重点任务按应报已报比例计；"
                                    "按完成度从高到低排名，相同时逾期未报少者在前。"}}};
  return pdf::response(pdf::render(doc), "工作通报.pdf", "bulletin.pdf");
}

}  // namespace

void register_output_routes(api::Api& api, auth::Permissions&) {
  const api::RouteOptions read{api::Access::Approved, "ledger.read"};
  api.get("/api/v1/ledger/matrix", "ledger.matrix", matrix, read);
  api.get("/api/v1/ledger/matrix/export", "ledger.matrix_export", matrix_export, read);
  api.get("/api/v1/ledger/bulletin", "ledger.bulletin", bulletin, read);
  api.get("/api/v1/ledger/bulletin/export", "ledger.bulletin_export", bulletin_export, read);
  api.get("/api/v1/ledger/bulletin.pdf", "ledger.bulletin_pdf", bulletin_pdf, read);
}

}  // namespace kc::targets::ledger
