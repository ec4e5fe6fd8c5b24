// HTTP routes of the 高企 reserve pool: list, manual nomination by counties, the service officer
// (首席科技服务员) and their visit log, the yearly re-assessment, and the officer's keep/exit decision.
#include <boost/json.hpp>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "http/json_body.hpp"
#include "modules/cultivation/domain/civil_date.hpp"
#include "modules/cultivation/domain/reserve_pool.hpp"
#include "modules/cultivation/domain/service_visit.hpp"
#include "modules/cultivation/pool.hpp"
#include "modules/cultivation/reassess.hpp"
#include "modules/cultivation/repository_pool.hpp"
#include "modules/cultivation/tier_policies.hpp"
#include "modules/registry/domain/reference_data.hpp"
#include "modules/registry/domain/validation.hpp"
#include "modules/registry/permissions.hpp"
#include "modules/cultivation/list_exports.hpp"

namespace kc::cultivation {

namespace json = boost::json;

namespace {

constexpr std::size_t kMaxReasonChars = 1000;

json::value text_or_null(const db::Row& r, std::size_t i) { return r.is_null(i) ? json::value(nullptr) : json::value(r.text(i)); }
json::value int_or_null(const db::Row& r, std::size_t i) { return r.is_null(i) ? json::value(nullptr) : json::value(r.i64(i)); }

json::object pool_json(const db::Row& r) {
  auto status = parse_pool_status(r.text(3));
  return {{"org_id", r.i64(0)},
          {"org_name", r.text(1)},
          {"region_code", r.text(2)},
          {"region_name", registry::region_name(r.text(2))},
          {"status", pool_status_code(status)},
          {"status_name", pool_status_name(status)},
          {"source", r.text(4)},
          {"reason", r.text(5)},
          {"rule_set", r.text(6)},
          {"nominated_at", api::iso_time(r.i64(7))},
          {"service_officer_id", int_or_null(r, 8)},
          {"service_officer_name", text_or_null(r, 9)},
          {"exit_reason", r.text(10)},
          {"exit_year", int_or_null(r, 11)},
          {"decision", r.text(12)},
          {"decision_comment", r.text(13)},
          {"decided_at", api::iso_time_or_null(r.opt_i64(14))},
          {"exit_rule_set", r.text(15)}};
}

db::Row entry_in_scope_or_404(api::Ctx& ctx, db::Connection& c, std::int64_t org_id) {
  auto params = registry::scope_params(registry::org_scope_for(ctx.me()));
  params.push_back(org_id);
  auto row = c.query_one(sql::kPoolEntryInScope, params);
  if (!row) throw ApiError(Err::NotFound);
  return std::move(*row);
}

std::string required_text(http::BodyReader& body, const char* field, const char* what) {
  auto text = body.str(field, kMaxReasonChars);
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) throw ApiError(Err::FieldInvalid, std::string("请填写") + what, field);
  return text;
}

http::Response entry_response(api::Ctx& ctx, db::Connection& c, std::int64_t org_id) {
  return http::Response::json(pool_json(entry_in_scope_or_404(ctx, c, org_id)));
}

http::Response list_pool(api::Ctx& ctx) {
  auto page = api::page_of(ctx.req);
  auto status = ctx.req.query("status");
  if (!status.empty() && parse_pool_status(status) == PoolStatus::None)
    throw ApiError(Err::FieldInvalid, "status 应为 active、exit_candidate 或 exited", "status");
  auto params = registry::scope_params(registry::org_scope_for(ctx.me()));
  params.insert(params.end(), {status, page.size, page.offset()});
  auto c = ctx.svc.db.read();
  auto total = c->query_one(sql::kPoolCount, params)->i64(0);
  json::array items;
  for (const auto& row : c->query(sql::kPoolList, params)) items.push_back(pool_json(row));
  return api::list_response(std::move(items), total, page);
}

// 县区推荐入库: an enterprise in the officer's scope that is not in the pool (or has left it).
http::Response nominate(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  auto org_id = body.int64("org_id");
  auto reason = required_text(body, "reason", "推荐理由");
  body.done();
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto org = registry::org_in_scope_or_404(ctx, *c, org_id);
  if (org.text(2) != "enterprise" || org.text(9) != "approved")
    throw ApiError(Err::FieldInvalid, "只能推荐已审核通过的企业", "org_id");
  auto params = registry::scope_params(registry::org_scope_for(ctx.me()));
  params.push_back(org_id);
  if (auto existing = c->query_one(sql::kPoolEntryInScope, params); existing && existing->text(3) != "exited")
    throw ApiError(Err::Conflict, "该企业已在后备库中");
  auto policy = TierPolicyBook::load(*c).in_force(Tier::HnteReserve, org.text(4), civil_date_of(ctx.now_ms()));
  c->exec(sql::kPoolNominate, {org_id, std::string("manual"), reason, ctx.me().user_id, ctx.now_ms(),
                               policy.policy.version.id});
  auto response = entry_response(ctx, *c, org_id);
  tx.commit();
  ctx.audit = {{}, {}, "cultivation_reserve_pool", std::to_string(org_id), "推荐入库：" + org.text(1) + "，理由：" + reason};
  response.status = 201;
  return response;
}

// The officer serves enterprises their own bureau covers (a county officer their county).
void require_serving_officer(db::Connection& c, std::int64_t user_id, const std::string& enterprise_region) {
  auto officer = c.query_one(sql::kOfficerOfUser, {user_id});
  bool bureau_staff = officer && (officer->text(0) == "county_officer" || officer->text(0) == "city_officer");
  if (!bureau_staff || officer->text(1) != "active")
    throw ApiError(Err::FieldInvalid, "服务员应为在职的市、县（区）科技局工作人员", "user_id");
  auto prefix = registry::region_scope_prefix(officer->text(2));
  if (enterprise_region.rfind(prefix, 0) != 0) throw ApiError(Err::FieldInvalid, "服务员所在科技局不管辖该企业", "user_id");
}

http::Response assign_officer(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  auto user_id = body.int64("user_id");
  body.done();
  auto org_id = ctx.id();
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto entry = entry_in_scope_or_404(ctx, *c, org_id);
  if (entry.text(3) == "exited") throw ApiError(Err::InvalidState, "企业已出库");
  require_serving_officer(*c, user_id, entry.text(2));
  c->exec(sql::kPoolSetOfficer, {org_id, user_id});
  auto response = entry_response(ctx, *c, org_id);
  tx.commit();
  ctx.audit = {{}, {}, "cultivation_reserve_pool", std::to_string(org_id),
               "指定首席科技服务员：" + entry.text(1) + " ← 用户 " + std::to_string(user_id)};
  return response;
}

// 走访记录 with the technology needs collected; only the enterprise's own service officer logs them.
http::Response log_visit(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  auto visited_on = body.str("visited_on", 10);
  if (!CivilDate::parse(visited_on)) throw ApiError(Err::FieldInvalid, "走访日期应为 YYYY-MM-DD", "visited_on");
  auto summary = required_text(body, "summary", "走访情况");
  auto form = parse_visit_form(body.opt_str("form", 10));
  auto needs = parse_tech_needs(body.raw("tech_needs"));
  body.done();
  auto org_id = ctx.id();
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto entry = entry_in_scope_or_404(ctx, *c, org_id);
  if (entry.is_null(8) || entry.i64(8) != ctx.me().user_id)
    throw ApiError(Err::Forbidden, "只有该企业的首席科技服务员可以登记走访");
  auto id = c->query_one(sql::kInsertVisit, {org_id, ctx.me().user_id, visited_on, summary, tech_needs_storage_text(needs),
                                             ctx.now_ms(), form})->i64(0);
  tx.commit();
  ctx.audit = {{}, {}, "cultivation_visit", std::to_string(id), "登记走访：" + entry.text(1) + " " + visited_on};
  return http::Response::json(json::object{{"id", id}, {"visited_on", visited_on}, {"form", form},
                                           {"form_name", visit_form_name(form)}, {"summary", summary},
                                           {"tech_needs", tech_needs_json(needs)}},
                              201);
}

http::Response list_visits(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  entry_in_scope_or_404(ctx, *c, ctx.id());
  json::array items;
  for (const auto& v : c->query(sql::kVisitsOfOrg, {ctx.id()}))
    items.push_back(json::object{{"id", v.i64(0)}, {"officer_id", v.i64(1)}, {"officer_name", v.text(2)},
                                 {"visited_on", v.text(3)}, {"form", v.text(7)}, {"form_name", visit_form_name(v.text(7))},
                                 {"summary", v.text(4)}, {"tech_needs", stored_tech_needs(v.text(5))},
                                 {"created_at", api::iso_time(v.i64(6))}});
  return http::Response::json(json::object{{"items", std::move(items)}});
}

// Whom the assignment dialog offers: active county/city officers whose bureau covers the enterprise.
http::Response officer_candidates(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  auto entry = entry_in_scope_or_404(ctx, *c, ctx.id());
  json::array items;
  for (const auto& u : c->query(sql::kOfficerCandidates, {})) {
    if (entry.text(2).rfind(registry::region_scope_prefix(u.text(3)), 0) != 0) continue;
    items.push_back(json::object{{"user_id", u.i64(0)}, {"display_name", u.text(1)}, {"role", u.text(2)},
                                 {"region_code", u.text(3)}, {"region_name", registry::region_name(u.text(3))},
                                 {"org_name", u.text(4)}});
  }
  return http::Response::json(json::object{{"items", std::move(items)}});
}

http::Response decide(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  auto decision = body.str("decision", 10);
  if (decision != "keep" && decision != "exit") throw ApiError(Err::FieldInvalid, "decision 应为 keep 或 exit", "decision");
  auto comment = body.opt_str("comment", kMaxReasonChars).value_or("");
  body.done();
  auto org_id = ctx.id();
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto entry = entry_in_scope_or_404(ctx, *c, org_id);
  auto to = decision == "keep" ? "active" : "exited";
  if (c->exec(sql::kPoolDecide, {org_id, std::string(to), decision, comment, ctx.me().user_id, ctx.now_ms()}) != 1)
    throw ApiError(Err::InvalidState, "企业当前为“" + std::string(pool_status_name(parse_pool_status(entry.text(3)))) +
                                          "”，只有拟出库企业需要决定去留");
  auto response = entry_response(ctx, *c, org_id);
  tx.commit();
  ctx.audit = {{}, {}, "cultivation_reserve_pool", std::to_string(org_id),
               std::string(decision == "keep" ? "保留在库：" : "决定出库：") + entry.text(1) + "（" + entry.text(10) + "）"};
  return response;
}

http::Response reassess(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  auto year = body.int64("fiscal_year");
  body.done();
  if (year < 2000 || year > 2100) throw ApiError(Err::FieldInvalid, "fiscal_year 应在 2000–2100 之间", "fiscal_year");
  auto s = run_reassessment(ctx.svc.db, ctx.now_ms(), static_cast<int>(year), ctx.me().user_id);
  ctx.audit = {{}, {}, "cultivation_reassess_run", std::to_string(s.run_id),
               std::to_string(year) + " 年度后备库复核：检查 " + std::to_string(s.examined) + " 家，新入库 " +
                   std::to_string(s.nominated) + " 家，拟出库 " + std::to_string(s.exit_candidates) + " 家"};
  return http::Response::json(json::object{{"run_id", s.run_id}, {"fiscal_year", s.fiscal_year},
                                           {"examined", s.examined}, {"nominated", s.nominated},
                                           {"exit_candidates", s.exit_candidates},
                                           {"deadline_passed", s.deadline_passed},
                                           {"deadline", api::iso_time(s.deadline_ms)}});
}

}  // namespace

void register_pool_routes(api::Api& api, auth::Permissions& perms) {
  using auth::Role;
  perms.grant("cultivation.pool.read", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer});
  perms.grant("cultivation.pool.manage", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer});
  perms.grant("cultivation.pool.visit", {Role::CityOfficer, Role::CountyOfficer});
  perms.grant("cultivation.pool.reassess", {Role::Admin, Role::CityAdmin});
  const std::string base = "/api/v1/cultivation/reserve-pool";
  api.get(base, "cultivation.pool.list", list_pool, {api::Access::Approved, "cultivation.pool.read"});
  api::add_list_export(api, base, "cultivation.pool.list", list_pool, {api::Access::Approved, "cultivation.pool.read"}, pool_export());
  api.post(base, "cultivation.pool.nominate", nominate, {api::Access::Approved, "cultivation.pool.manage"});
  api.post(base + "/reassess", "cultivation.pool.reassess", reassess);
  api.post(base + "/{id:int}/service-officer", "cultivation.pool.assign_officer", assign_officer,
           {api::Access::Approved, "cultivation.pool.manage"});
  api.get(base + "/{id:int}/officer-candidates", "cultivation.pool.officer_candidates", officer_candidates,
          {api::Access::Approved, "cultivation.pool.manage"});
  api.post(base + "/{id:int}/decision", "cultivation.pool.decide", decide, {api::Access::Approved, "cultivation.pool.manage"});
  api.post(base + "/{id:int}/visits", "cultivation.pool.visit", log_visit);
  api.get(base + "/{id:int}/visits", "cultivation.pool.visits", list_visits, {api::Access::Approved, "cultivation.pool.read"});
}

}  // namespace kc::cultivation
