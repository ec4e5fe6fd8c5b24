#include "modules/targets/ledger/assessment_routes.hpp"

#include <boost/json.hpp>

#include <map>
#include <set>

#include "http/download.hpp"
#include "api/util.hpp"
#include "core/errors.hpp"
#include "export/xlsx.hpp"
#include "http/json_body.hpp"
#include "modules/targets/ledger/access.hpp"
#include "modules/targets/ledger/assessment_scheme.hpp"
#include "modules/targets/ledger/domain/decimal.hpp"
#include "modules/targets/ledger/domain/warnings.hpp"
#include "modules/targets/ledger/item_states.hpp"
#include "modules/targets/ledger/repository.hpp"

namespace kc::targets::ledger {
namespace {

namespace json = boost::json;
using http::Response;

const db::Query kReportsInScope{
    "ledger.assessment_reports",
    "SELECT r.item_id, r.report_period, r.status, r.submitted_at FROM ledger_reports r "
    "JOIN ledger_items i ON i.id = r.item_id WHERE r.status IN ('submitted', 'accepted') AND" KC_LEDGER_SCOPE};

// What the reports of one item and period show: a standing report made by the due date, an accepted one.
struct PeriodReports {
  bool on_time = false;
  bool accepted = false;
};
using ReportIndex = std::map<std::pair<std::int64_t, std::string>, PeriodReports>;

int year_param(const http::Request& req) {
  auto year = api::query_int(req, "year");
  if (!year) throw ApiError(Err::FieldMissing, "year（考核年度）", "year");
  if (*year < 2000 || *year > 2100) throw ApiError(Err::FieldInvalid, "year 应在 2000–2100 之间", "year");
  return static_cast<int>(*year);
}

// The items whose period overlaps the year (Beijing dates).
bool in_year(const ItemState& s, int year) {
  auto y = std::to_string(year);
  return std::string(s.item.at("start_date").as_string()) <= y + "-12-31" &&
         std::string(s.item.at("end_date").as_string()) >= y + "-01-01";
}

std::optional<std::int64_t> decimal_of(const json::value& v) {
  return v.is_string() ? parse_decimal(std::string_view(v.as_string())) : std::nullopt;
}

AssessedItem assessed(const ItemState& s, const ReportIndex& reports) {
  AssessedItem a;
  a.id = s.item.at("id").as_int64();
  a.is_target = s.is_target();
  a.progress = decimal_of(s.item.at("progress"));
  a.target_value = decimal_of(s.item.at("target_value"));
  a.due_reports = s.due_reports;
  a.overdue_reports = static_cast<std::int64_t>(s.overdue.size());
  for (const auto& p : s.due) {
    auto it = reports.find({a.id, p.key});
    if (it == reports.end()) continue;
    a.on_time_reports += it->second.on_time ? 1 : 0;
    a.accepted_reports += it->second.accepted ? 1 : 0;
  }
  return a;
}

ReportIndex report_index(db::Connection& c, const LedgerScope& scope, const std::vector<ItemState>& states) {
  std::map<std::int64_t, const ItemState*> by_id;
  for (const auto& s : states) by_id[s.item.at("id").as_int64()] = &s;
  ReportIndex index;
  for (const auto& r : c.query(kReportsInScope, item_scope_params(scope))) {
    auto item = by_id.find(r.i64(0));
    if (item == by_id.end()) continue;
    auto& facts = index[{r.i64(0), r.text(1)}];
    facts.accepted = facts.accepted || r.text(2) == "accepted";
    for (const auto& p : item->second->due)
      if (p.key == r.text(1) && r.i64(3) <= report_due(p)) facts.on_time = true;
  }
  return index;
}

struct Assessment {
  StoredScheme scheme;
  std::vector<RankedScore> units, regions;
};

Assessment assess(api::Ctx& ctx, int year, std::optional<std::int64_t> version) {
  auto c = ctx.svc.db.read();
  auto scheme = load_scheme(*c, year, version);
  if (!scheme) throw ApiError(Err::NotFound, "没有该版本的考核方案", "version");
  auto scope = ledger_scope_for(ctx.me());
  std::vector<ItemState> states;
  for (auto& s : item_states(*c, scope, ctx.now_ms()))
    if (in_year(s, year)) states.push_back(std::move(s));
  auto reports = report_index(*c, scope, states);
  std::map<std::string, std::vector<AssessedItem>> by_unit, by_region;
  for (const auto& s : states) {
    auto item = assessed(s, reports);
    by_unit[s.unit_name()].push_back(item);
    by_region[s.region_name()].push_back(item);
  }
  auto ranked = [&](const std::map<std::string, std::vector<AssessedItem>>& groups) {
    std::vector<UnitScore> scores;
    for (const auto& [name, items] : groups) scores.push_back(score_unit(scheme->scheme, name, items));
    return rank_scores(std::move(scores));
  };
  return {*scheme, ranked(by_unit), ranked(by_region)};
}

std::string percent(const Fixed& r) { return r.times(100).hundredths(); }

json::array ranking_json(const std::vector<RankedScore>& ranked, const char* name_key) {
  json::array out;
  for (const auto& [rank, s] : ranked)
    out.push_back(json::object{
        {"rank", rank},
        {name_key, s.unit},
        {"score", s.score.hundredths()},
        {"breakdown",
         json::object{{"targets", json::object{{"items", s.targets},
                                               {"completion_percent", percent(s.target_rate)},
                                               {"points", s.target_points.hundredths()}}},
                      {"tasks", json::object{{"items", s.tasks},
                                             {"on_time_percent", percent(s.on_time_rate)},
                                             {"accepted_percent", percent(s.accepted_rate)},
                                             {"points", s.task_points.hundredths()}}},
                      {"overdue_reports", s.overdue_reports},
                      {"penalty", s.penalty.hundredths()}}}});
  return out;
}

std::optional<std::int64_t> version_param(const http::Request& req) { return api::query_int(req, "version"); }

Response assessment(api::Ctx& ctx) {
  int year = year_param(ctx.req);
  auto a = assess(ctx, year, version_param(ctx.req));
  return Response::json(json::object{{"year", year},
                                     {"scheme", scheme_json(a.scheme)},
                                     {"generated_at", api::iso_time(ctx.now_ms())},
                                     {"units", ranking_json(a.units, "unit")},
                                     {"regions", ranking_json(a.regions, "region")}});
}

Response assessment_export(api::Ctx& ctx) {
  int year = year_param(ctx.req);
  std::string by = ctx.req.query("by").empty() ? "unit" : ctx.req.query("by");
  if (by != "unit" && by != "region") throw ApiError(Err::FieldInvalid, "by 应为 unit 或 region", "by");
  auto a = assess(ctx, year, version_param(ctx.req));
  const auto& ranked = by == "unit" ? a.units : a.regions;
  auto body = xlsx::build(
      std::to_string(year) + "年度考核",
      {"排名", by == "unit" ? "责任单位" : "县（区）", "得分", "目标数", "目标完成率(%)", "目标得分", "任务数",
       "按时报送率(%)", "报告采纳率(%)", "任务得分", "逾期未报", "扣分"},
      [&](xlsx::Writer& w) {
        for (const auto& [rank, s] : ranked)
          w.row({std::to_string(rank), s.unit, s.score.hundredths(), std::to_string(s.targets), percent(s.target_rate),
                 s.target_points.hundredths(), std::to_string(s.tasks), percent(s.on_time_rate), percent(s.accepted_rate),
                 s.task_points.hundredths(), std::to_string(s.overdue_reports), s.penalty.hundredths()});
      },
      ctx.svc.data_dir + "/tmp");
  Response r;
  r.body = std::move(body);
  return http::xlsx_download(std::move(r.body), "assessment-" + std::to_string(year) + "-" + by + ".xlsx");
}

Response get_scheme(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  return Response::json(scheme_json(*load_scheme(*c, year_param(ctx.req), std::nullopt)));
}

Response list_schemes(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  json::array items;
  for (const auto& s : scheme_versions(*c, year_param(ctx.req))) items.push_back(scheme_json(s));
  return Response::json(json::object{{"items", items}});
}

Response save(api::Ctx& ctx) {
  json::error_code ec;
  auto parsed = json::parse(ctx.req.body, ec);
  if (ec) throw ApiError(Err::JsonInvalid);
  if (!parsed.is_object()) throw ApiError(Err::JsonNotObject);
  auto& body = parsed.as_object();
  const auto* year = body.if_contains("year");
  if (!year || year->is_null()) throw ApiError(Err::FieldMissing, "year（考核年度）", "year");
  if (!year->is_int64() || year->as_int64() < 2000 || year->as_int64() > 2100)
    throw ApiError(Err::FieldInvalid, "year 应在 2000–2100 之间", "year");
  int y = static_cast<int>(year->as_int64());
  body.erase("year");
  auto scheme = read_scheme(body);
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto stored = save_scheme(*c, y, scheme, ctx.me().user_id, ctx.now_ms());
  tx.commit();
  ctx.audit = {{}, {}, "ledger_assessment_scheme", std::to_string(y) + "/v" + std::to_string(stored.version),
               "设置" + std::to_string(y) + "年度考核方案（第" + std::to_string(stored.version) + "版）"};
  return Response::json(scheme_json(stored), 201);
}

}  // namespace

void register_assessment_routes(api::Api& api, auth::Permissions& perms) {
  using auth::Role;
  perms.grant("ledger.assessment.manage", {Role::Admin, Role::CityAdmin});
  const api::RouteOptions read{api::Access::Approved, "ledger.read"};
  api.get("/api/v1/ledger/assessment", "ledger.assessment", assessment, read);
  api.get("/api/v1/ledger/assessment/export", "ledger.assessment_export", assessment_export, read);
  api.get("/api/v1/ledger/assessment/scheme", "ledger.assessment_scheme", get_scheme, read);
  api.get("/api/v1/ledger/assessment/schemes", "ledger.assessment_schemes", list_schemes, read);
  api.post("/api/v1/ledger/assessment/schemes", "ledger.assessment_scheme_save", save,
           {api::Access::Approved, "ledger.assessment.manage"});
}

}  // namespace kc::targets::ledger
