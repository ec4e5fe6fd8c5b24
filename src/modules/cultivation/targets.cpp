#include "modules/cultivation/targets.hpp"

#include <boost/json.hpp>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "http/json_body.hpp"
#include "modules/cultivation/repository_monitoring.hpp"
#include "modules/registry/domain/reference_data.hpp"
#include "modules/registry/domain/validation.hpp"

namespace kc::cultivation {

namespace json = boost::json;

namespace {

constexpr std::int64_t kMaxTarget = 100'000;
constexpr std::size_t kMaxCounties = 300;

int year_of_path(api::Ctx& ctx) {
  auto year = ctx.id("year");
  if (year < 2000 || year > 2100) throw ApiError(Err::FieldInvalid, "年度应在 2000–2100 之间", "year");
  return static_cast<int>(year);
}

// The regions a caller sees targets of: their bureau's region and below; administrators all.
std::string prefix_of(const api::Principal& me) {
  return me.region_code.empty() ? std::string() : registry::region_scope_prefix(me.region_code);
}

json::object targets_json(int year, const std::map<std::string, YearTargets>& targets) {
  json::array items;
  for (const auto& [region, t] : targets)
    items.push_back(json::object{{"region_code", region}, {"region_name", registry::region_name(region)},
                                 {"tech_sme", t.tech_sme}, {"high_tech", t.high_tech}});
  return {{"fiscal_year", year}, {"items", std::move(items)}};
}

std::int64_t target_count(const json::object& item, const char* key, const std::string& path) {
  const auto* v = item.if_contains(key);
  const std::string field = path + "." + key;
  if (!v || v->is_null()) throw ApiError(Err::FieldMissing, field, field);
  if (!v->is_int64() || v->get_int64() < 0 || v->get_int64() > kMaxTarget)
    throw ApiError(Err::FieldInvalid, "目标数应为 0–100000 的整数", field);
  return v->get_int64();
}

// A county within the caller's city (a system administrator: any county).
std::string target_region(const json::object& item, const std::string& path, const api::Principal& me) {
  const auto* v = item.if_contains("region_code");
  const std::string field = path + ".region_code";
  if (!v || !v->is_string()) throw ApiError(Err::FieldMissing, field, field);
  std::string region(v->get_string());
  registry::require_valid_region(region, field);
  const auto* r = registry::find_region(region);
  if (r->level != registry::RegionLevel::County) throw ApiError(Err::FieldInvalid, "目标按县（区）设定", field);
  if (me.role != auth::Role::Admin && (me.region_code.empty() || !registry::region_within(region, me.region_code)))
    throw ApiError(Err::Forbidden, "只能设定本市所辖县（区）的目标");
  return region;
}

http::Response put_targets(api::Ctx& ctx) {
  auto year = year_of_path(ctx);
  http::BodyReader body(ctx.req.body);
  const auto* raw = body.raw("items");
  body.done();
  if (!raw) throw ApiError(Err::FieldMissing, "items", "items");
  if (!raw->is_array() || raw->get_array().size() > kMaxCounties)
    throw ApiError(Err::FieldInvalid, "items 应为不超过 300 个县（区）的列表", "items");
  std::map<std::string, YearTargets> wanted;
  for (std::size_t i = 0; i < raw->get_array().size(); ++i) {
    const auto path = "items[" + std::to_string(i) + "]";
    const auto* item = raw->get_array()[i].if_object();
    if (!item) throw ApiError(Err::FieldInvalid, "应为 {region_code, tech_sme, high_tech}", path);
    for (const auto& member : *item)
      if (member.key() != "region_code" && member.key() != "tech_sme" && member.key() != "high_tech")
        throw ApiError(Err::FieldUnknown, path + "." + std::string(member.key()), path + "." + std::string(member.key()));
    wanted[target_region(*item, path, ctx.me())] = {target_count(*item, "tech_sme", path), target_count(*item, "high_tech", path)};
  }
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  for (const auto& [region, t] : wanted)
    c->exec(sql::kPutTarget, {std::int64_t{year}, region, t.tech_sme, t.high_tech, ctx.me().user_id, ctx.now_ms()});
  auto now = load_targets(*c, year, prefix_of(ctx.me()));
  tx.commit();
  ctx.audit = {{}, {}, "cultivation_targets", std::to_string(year),
               "设定 " + std::to_string(year) + " 年度培育目标：" + std::to_string(wanted.size()) + " 个县（区）"};
  return http::Response::json(targets_json(year, now));
}

}  // namespace

std::map<std::string, YearTargets> load_targets(db::Connection& c, int fiscal_year, const std::string& region_prefix) {
  std::map<std::string, YearTargets> out;
  for (const auto& row : c.query(sql::kTargetsOfYear, {std::int64_t{fiscal_year}, region_prefix}))
    out[row.text(0)] = {row.i64(1), row.i64(2)};
  return out;
}

void register_target_routes(api::Api& api, auth::Permissions& perms) {
  using auth::Role;
  perms.grant("cultivation.targets.read", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer});
  perms.grant("cultivation.targets.update", {Role::Admin, Role::CityAdmin});
  api.get("/api/v1/cultivation/targets/{year:int}", "cultivation.targets.read", [](api::Ctx& ctx) {
    auto year = year_of_path(ctx);
    auto c = ctx.svc.db.read();
    return http::Response::json(targets_json(year, load_targets(*c, year, prefix_of(ctx.me()))));
  });
  api.add(http::Method::Put, "/api/v1/cultivation/targets/{year:int}", "cultivation.targets.update", put_targets);
}

}  // namespace kc::cultivation
