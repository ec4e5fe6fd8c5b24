#include "modules/cultivation/reports.hpp"

#include <boost/json.hpp>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "core/json_writer.hpp"
#include "modules/cultivation/domain/annual_report.hpp"
#include "modules/cultivation/domain/assessment_json.hpp"
#include "modules/cultivation/report_params.hpp"
#include "modules/cultivation/domain/high_tech_breakdown.hpp"
#include "modules/cultivation/domain/report_workflow.hpp"
#include "modules/cultivation/domain/score_breakdown.hpp"
#include "modules/cultivation/repository.hpp"
#include "modules/cultivation/tier_preview.hpp"
#include "modules/registry/domain/validation.hpp"
#include "modules/registry/repository.hpp"
#include "modules/cultivation/list_exports.hpp"

namespace kc::cultivation {

namespace json = boost::json;

namespace {

json::value stored_json_or_null(const db::Row& r, std::size_t i) {
  if (r.is_null(i)) return nullptr;
  return json::parse(r.text(i));
}

// The 高企 section item by item, when the report has one.
json::value high_tech_breakdown_of(const json::object& data) {
  const auto* section = data.if_contains("high_tech");
  if (!section) return nullptr;
  auto result = assess_high_tech(parse_high_tech_input(*section));
  return high_tech_breakdown_json(result, high_tech_result_json(result));
}

json::object assessment_summary(const db::Row& r) {
  json::object out{{"tech_sme", json::object{{"outcome", r.text(6)}, {"total", r.i64(7)}, {"rule_set", r.text(8)}}}};
  out["high_tech"] = r.is_null(9) ? json::value(nullptr)
                                  : json::value(json::object{{"outcome", r.text(9)}, {"rule_set", r.text(10)}});
  return out;
}


}  // namespace

// The parameters $3..$18 shared by kInsertReport and kUpdateReportData (declared in report_params.hpp).
std::vector<db::Value> data_params(const AssessedAnnualReport& a) {
  const auto* hnte = a.high_tech ? &*a.high_tech : nullptr;
  const auto& facts = a.reserve_facts;
  return {to_json_text(a.data, false),
          std::int64_t{a.figures.employees_total},
          std::int64_t{a.figures.tech_staff},
          a.figures.sales_revenue_wan.to_string(),
          a.figures.rd_expense_wan.to_string(),
          facts.registration_date ? db::Value(facts.registration_date->to_string()) : db::kNull,
          std::int64_t{facts.owned_ip_count},
          std::int64_t{facts.serious_dishonesty ? 1 : 0},
          std::int64_t{facts.hnte_cert_valid ? 1 : 0},
          a.tech_sme.outcome,
          std::int64_t{a.tech_sme.total},
          a.tech_sme.rule_set,
          to_json_text(a.tech_sme.result, false),
          hnte ? db::Value(hnte->outcome) : db::kNull,
          hnte ? db::Value(hnte->rule_set) : db::kNull,
          hnte ? db::Value(to_json_text(hnte->result, false)) : db::kNull};
}

namespace {

// Only an enterprise files annual reports (other organisation kinds have other modules).
std::int64_t enterprise_of_caller(api::Ctx& ctx, db::Connection& c) {
  auto org_id = ctx.me().org_id;
  auto org = org_id ? c.query_one(registry::sql::kOrgKind, {*org_id}) : std::nullopt;
  if (!org || org->text(0) != "enterprise") throw ApiError(Err::Forbidden, "只有企业可以填报年报");
  return *org_id;
}

std::int64_t upsert_report(api::Ctx& ctx, db::Connection& c, std::int64_t org_id, const AssessedAnnualReport& a) {
  auto params = data_params(a);
  auto existing = c.query_one(sql::kReportOfOrgYear, {org_id, std::int64_t{a.fiscal_year}});
  if (!existing) {
    params.insert(params.begin(), {org_id, std::int64_t{a.fiscal_year}});
    params.push_back(ctx.now_ms());
    return c.query_one(sql::kInsertReport, params)->i64(0);
  }
  auto id = existing->i64(0);
  auto state = parse_state(existing->text(1)).value_or(ReportState::Final);
  if (!decide_transition(state, ReportAction::Edit, ReportActor::Enterprise).allowed())
    throw ApiError(Err::InvalidState, "年报" + std::string(state_name(state)) + "，不能再修改");
  params.insert(params.begin(), {id, existing->text(1)});
  params.push_back(ctx.now_ms());
  if (c.exec(sql::kUpdateReportData, params) != 1) throw ApiError(Err::Conflict, "年报已被他人修改，请刷新");
  return id;
}

http::Response save_report(api::Ctx& ctx) {
  // Validate and assess before taking the write connection: the rules are pure and may take a moment.
  auto assessed = assess_annual_report(parse_json_body(ctx.req.body));
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto org_id = enterprise_of_caller(ctx, *c);
  auto id = upsert_report(ctx, *c, org_id, assessed);
  auto row = report_in_scope_or_404(ctx, *c, id);
  tx.commit();
  ctx.audit = {{}, {}, "cultivation_report", std::to_string(id),
               "保存 " + std::to_string(assessed.fiscal_year) + " 年度年报，科技型中小企业评价 " + assessed.tech_sme.outcome};
  http::Response r;
  r.body = to_json_text(report_json(row, true), false);
  return r;
}

// The live preview of the report form: the same validation and assessments as saving, nothing stored.
http::Response preview_report(api::Ctx& ctx) {
  auto body = parse_json_body(ctx.req.body);
  auto assessed = assess_annual_report(body);
  auto tiers = [&] {
    auto c = ctx.svc.db.read();
    return tier_preview_json(TierPolicyBook::load(*c), assessed, ctx.me().region_code, civil_date_of(ctx.now_ms()));
  }();
  json::object out{{"fiscal_year", assessed.fiscal_year},
                   {"assessment", json::object{{"tech_sme", assessed.tech_sme.result},
                                               {"high_tech", assessed.high_tech ? json::value(assessed.high_tech->result)
                                                                                : json::value(nullptr)}}},
                   {"breakdown", breakdown_json(tech_sme_breakdown(
                                     parse_tech_sme_input(body.as_object().at("tech_sme"))))},
                   {"high_tech_breakdown", high_tech_breakdown_of(body.as_object())},
                   {"tiers", std::move(tiers)}};
  http::Response r;
  r.body = to_json_text(out, false);
  return r;
}

http::Response get_report(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  auto row = report_in_scope_or_404(ctx, *c, ctx.id());
  auto out = report_json(row, true);
  json::array events;
  for (const auto& e : c->query(sql::kEventsOfReport, {row.i64(0)}))
    events.push_back(json::object{{"action", e.text(0)}, {"from_state", e.text(1)}, {"to_state", e.text(2)},
                                  {"user_id", e.i64(3)}, {"user_name", e.text(4)}, {"comment", e.text(5)},
                                  {"at", api::iso_time(e.i64(6))}});
  out["events"] = std::move(events);
  json::array objections;
  for (const auto& o : c->query(sql::kObjectionsOfReport, {row.i64(0)}))
    objections.push_back(json::object{{"id", o.i64(0)}, {"content", o.text(1)}, {"recorded_by", o.i64(2)},
                                      {"created_at", api::iso_time(o.i64(3))}});
  out["objections"] = std::move(objections);
  http::Response r;
  r.body = to_json_text(out, false);
  return r;
}

http::Response list_reports(api::Ctx& ctx) {
  auto page = api::page_of(ctx.req);
  auto state = ctx.req.query("state");
  if (!state.empty() && !parse_state(state)) throw ApiError(Err::FieldInvalid, "state 不是有效的年报状态", "state");
  auto year = api::query_int(ctx.req, "fiscal_year").value_or(0);
  auto region = ctx.req.query("region_code");
  auto params = registry::scope_params(registry::org_scope_for(ctx.me()));
  params.insert(params.end(), {state, year, region});
  auto c = ctx.svc.db.read();
  auto count_params = params;
  count_params.insert(count_params.end(), {page.size, page.offset()});
  auto total = c->query_one(sql::kReportCount, count_params)->i64(0);
  params.insert(params.end(), {page.size, page.offset()});
  json::array items;
  for (const auto& row : c->query(sql::kReportList, params)) items.push_back(report_json(row, false));
  return api::list_response(std::move(items), total, page);
}

// 公示: who is being entered, until when; anyone may read it and object.
http::Response publicity_list(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  json::array items;
  for (const auto& r : c->query(sql::kPublicityList, {ctx.now_ms()}))
    items.push_back(json::object{{"id", r.i64(0)}, {"org_name", r.text(1)}, {"region_code", r.text(2)},
                                 {"region_name", registry::region_name(r.text(2))}, {"fiscal_year", r.i64(3)},
                                 {"registration_no", r.text(4)}, {"tech_sme_outcome", r.text(5)},
                                 {"high_tech_outcome", r.is_null(6) ? json::value(nullptr) : json::value(r.text(6))},
                                 {"publicity_end", api::iso_time(r.i64(7))}});
  return http::Response::json(json::object{{"items", std::move(items)}});
}

}  // namespace

db::Row report_in_scope_or_404(api::Ctx& ctx, db::Connection& c, std::int64_t id) {
  auto params = registry::scope_params(registry::org_scope_for(ctx.me()));
  params.push_back(id);
  auto row = c.query_one(sql::kReportInScope, params);
  if (!row) throw ApiError(Err::NotFound);
  return std::move(*row);
}

json::object report_json(const db::Row& r, bool detail) {
  auto state = parse_state(r.text(5)).value_or(ReportState::Draft);
  json::object out{{"id", r.i64(0)},
                   {"org_id", r.i64(1)},
                   {"org_name", r.text(2)},
                   {"region_code", r.text(3)},
                   {"region_name", registry::region_name(r.text(3))},
                   {"fiscal_year", r.i64(4)},
                   {"state", state_code(state)},
                   {"state_name", state_name(state)},
                   {"summary", assessment_summary(r)},
                   {"registration_no", r.is_null(11) ? json::value(nullptr) : json::value(r.text(11))},
                   {"publicity_end", api::iso_time_or_null(r.opt_i64(12))},
                   {"last_comment", r.text(13)},
                   {"created_at", api::iso_time(r.i64(14))},
                   {"updated_at", api::iso_time(r.i64(15))},
                   {"submitted_at", api::iso_time_or_null(r.opt_i64(16))}};
  if (detail) {
    out["assessment"] = json::object{{"tech_sme", stored_json_or_null(r, 17)}, {"high_tech", stored_json_or_null(r, 18)}};
    auto data = json::parse(r.text(19));
    out["breakdown"] = breakdown_json(tech_sme_breakdown(parse_tech_sme_input(data.as_object().at("tech_sme"))));
    out["high_tech_breakdown"] = high_tech_breakdown_of(data.as_object());
    out["data"] = std::move(data);
  }
  return out;
}

void register_report_routes(api::Api& api, auth::Permissions& perms) {
  using auth::Role;
  perms.grant("cultivation.reports.save", {Role::OrgAdmin, Role::OrgUser});
  perms.grant("cultivation.reports.read", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer,
                                           Role::OrgAdmin, Role::OrgUser});
  api.post("/api/v1/cultivation/reports", "cultivation.reports.save", save_report);
  // A preview changes nothing, so it is not audited: POST only because the input is a document.
  api.post("/api/v1/cultivation/reports/preview", "cultivation.reports.preview", preview_report,
           {api::Access::Approved, "cultivation.reports.save"});
  api.get("/api/v1/cultivation/reports", "cultivation.reports.list", list_reports, {api::Access::Approved, "cultivation.reports.read"});
  api::add_list_export(api, "/api/v1/cultivation/reports", "cultivation.reports.list", list_reports, {api::Access::Approved, "cultivation.reports.read"}, reports_export());
  api.get("/api/v1/cultivation/reports/{id:int}", "cultivation.reports.get", get_report, {api::Access::Approved, "cultivation.reports.read"});
  api.get("/api/v1/cultivation/publicity", "cultivation.publicity", publicity_list, {api::Access::Public, ""});
}

}  // namespace kc::cultivation
