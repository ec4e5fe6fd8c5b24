#include "modules/cultivation/certifications.hpp"

#include <boost/json.hpp>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "http/json_body.hpp"
#include "modules/cultivation/domain/civil_date.hpp"
#include "modules/registry/domain/scope.hpp"
#include "modules/registry/permissions.hpp"
#include "modules/cultivation/list_exports.hpp"

namespace kc::cultivation {
namespace {

namespace json = boost::json;
using auth::Role;

const db::Query kInsert{
    "cultivation.hnte_cert_insert",
    "INSERT INTO cultivation_hnte_certifications (org_id, certificate_no, certified_on, certified_year, recorded_by, "
    "recorded_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"};
const db::Query kDuplicate{
    "cultivation.hnte_cert_duplicate",
    "SELECT certificate_no FROM cultivation_hnte_certifications WHERE certificate_no = $1 OR (org_id = $2 AND certified_year = $3)"};
#define KC_CERT_COLUMNS "h.id, h.org_id, o.name, o.region_code, h.certificate_no, h.certified_on, h.certified_year, h.recorded_at"
// Scope $1..$4 over o; $5 year (0 = any).
const db::Query kList{
    "cultivation.hnte_cert_list",
    "SELECT " KC_CERT_COLUMNS " FROM cultivation_hnte_certifications h JOIN orgs o ON o.id = h.org_id WHERE"
    KC_ORG_SCOPE_PREDICATE "AND ($5 = 0 OR h.certified_year = $5) ORDER BY h.certified_on DESC, h.id DESC LIMIT $6 OFFSET $7"};
const db::Query kCount{
    "cultivation.hnte_cert_count",
    "SELECT COUNT(*) FROM cultivation_hnte_certifications h JOIN orgs o ON o.id = h.org_id WHERE" KC_ORG_SCOPE_PREDICATE
    "AND ($5 = 0 OR h.certified_year = $5)"};
const db::Query kGet{"cultivation.hnte_cert_get",
                     "SELECT " KC_CERT_COLUMNS " FROM cultivation_hnte_certifications h JOIN orgs o ON o.id = h.org_id WHERE h.id = $1"};

json::object certification_json(const db::Row& r) {
  return {{"id", r.i64(0)},           {"org_id", r.i64(1)},         {"org_name", r.text(2)},
          {"region_code", r.text(3)}, {"certificate_no", r.text(4)}, {"certified_on", r.text(5)},
          {"year", r.i64(6)},         {"recorded_at", api::iso_time(r.i64(7))}};
}

http::Response record(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  auto org_id = body.int64("org_id");
  auto number = body.str("certificate_no", 40);
  auto date_text = body.str("certified_on", 10);
  body.done();
  auto date = CivilDate::parse(date_text);
  if (!date) throw ApiError(Err::FieldInvalid, "认定日期应写作 YYYY-MM-DD", "certified_on");
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto org = registry::org_in_scope_or_404(ctx, *c, org_id);
  if (org.text(2) != "enterprise" || org.text(9) != "approved")
    throw ApiError(Err::FieldInvalid, "只能为已审核通过的企业登记高新技术企业证书", "org_id");
  if (c->query_one(kDuplicate, {number, org_id, std::int64_t{date->year()}}))
    throw ApiError(Err::Conflict, "该证书编号已登记，或该企业本年度已有认定记录");
  auto id = c->query_one(kInsert, {org_id, number, date->to_string(), std::int64_t{date->year()}, ctx.me().user_id,
                                   ctx.now_ms()})->i64(0);
  auto row = c->query_one(kGet, {id});
  tx.commit();
  ctx.audit = {{}, {}, "hnte_certification", std::to_string(id),
               "登记高新技术企业证书：" + org.text(1) + " " + number + "（" + date->to_string() + "）"};
  return http::Response::json(certification_json(*row), 201);
}

http::Response list(api::Ctx& ctx) {
  auto page = api::page_of(ctx.req);
  auto year = api::query_int(ctx.req, "year").value_or(0);
  auto params = registry::scope_params(registry::org_scope_for(ctx.me()));
  params.push_back(year);
  auto c = ctx.svc.db.read();
  auto total = c->query_one(kCount, params)->i64(0);
  params.insert(params.end(), {page.size, page.offset()});
  json::array items;
  for (const auto& r : c->query(kList, params)) items.push_back(certification_json(r));
  return api::list_response(std::move(items), total, page);
}

}  // namespace

std::vector<db::Migration> certification_migrations() {
  return {{"cultivation/050_hnte_certifications",
           R"(CREATE TABLE cultivation_hnte_certifications (
                id {{ID}},
                org_id BIGINT NOT NULL REFERENCES orgs (id),
                certificate_no TEXT NOT NULL UNIQUE,
                certified_on TEXT NOT NULL,
                certified_year INTEGER NOT NULL,
                recorded_by BIGINT NOT NULL,
                recorded_at BIGINT NOT NULL,
                UNIQUE (org_id, certified_year));
              CREATE INDEX cultivation_hnte_certifications_year ON cultivation_hnte_certifications (certified_year);)"}};
}

void register_certification_routes(api::Api& api, auth::Permissions& perms) {
  perms.grant("cultivation.hnte_certifications.record", {Role::Admin, Role::CityAdmin, Role::CityOfficer});
  perms.grant("cultivation.hnte_certifications.read", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer});
  api.post("/api/v1/cultivation/high-tech-certifications", "cultivation.hnte_certifications.record", record,
           {api::Access::Approved, "cultivation.hnte_certifications.record"});
  api.get("/api/v1/cultivation/high-tech-certifications", "cultivation.hnte_certifications.list", list,
          {api::Access::Approved, "cultivation.hnte_certifications.read"});
  api::add_list_export(api, "/api/v1/cultivation/high-tech-certifications", "cultivation.hnte_certifications.list", list,
                       {api::Access::Approved, "cultivation.hnte_certifications.read"}, certifications_export());
}

}  // namespace kc::cultivation
