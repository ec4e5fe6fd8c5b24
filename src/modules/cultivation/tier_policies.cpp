#include "modules/cultivation/tier_policies.hpp"

#include <boost/json.hpp>

#include <chrono>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "core/json_writer.hpp"
#include "http/json_body.hpp"
#include "modules/cultivation/domain/tier_policy_params.hpp"
#include "modules/cultivation/repository_tiers.hpp"
#include "modules/registry/domain/reference_data.hpp"
#include "modules/registry/domain/validation.hpp"

namespace kc::cultivation {

namespace json = boost::json;

namespace {

constexpr std::size_t kMaxBasisChars = 500;

// Columns of KC_TIER_POLICY_COLUMNS.
enum TierColumn { kId, kTier, kRegion, kVersion, kParameters, kEffectiveFrom, kBasis, kCreatedBy, kCreatedByName, kCreatedAt };

// Rows were validated by parse_tier_parameters when published, so they parse.
TierPolicyVersion version_of(const db::Row& row) {
  TierPolicyVersion v;
  v.id = row.i64(kId);
  v.region_code = row.text(kRegion);
  v.version = static_cast<int>(row.i64(kVersion));
  v.effective_from = CivilDate::parse(row.text(kEffectiveFrom)).value_or(CivilDate());
  v.policy = parse_tier_parameters(parse_tier_code(row.text(kTier)).value_or(Tier::Gazelle), json::parse(row.text(kParameters)));
  stamp_tier_policy(v, row.text(kBasis));
  return v;
}

json::object policy_json(const TierPolicy& p) {
  return {{"tier", tier_code(p.tier)},     {"tier_name", tier_name(p.tier)},
          {"rule_set", p.version.id},      {"basis", p.version.document},
          {"effective_from", p.version.effective_from}, {"note", p.note},
          {"parameters", tier_parameters_json(p)}};
}

json::object version_json(const db::Row& row, std::int64_t in_force_id) {
  auto v = version_of(row);
  auto out = policy_json(v.policy);
  out["id"] = v.id;
  out["version"] = v.version;
  out["region_code"] = v.region_code;
  out["region_name"] = registry::region_name(v.region_code);
  out["created_by"] = row.i64(kCreatedBy);
  out["created_by_name"] = row.text(kCreatedByName);
  out["created_at"] = api::iso_time(row.i64(kCreatedAt));
  out["in_force"] = v.id == in_force_id;
  return out;
}

json::object effective_json(const EffectiveTierPolicy& e, const std::string& requested_region) {
  auto out = policy_json(e.policy);
  out["source"] = policy_source_code(e.source);
  out["source_name"] = policy_source_name(e.source);
  out["version_id"] = e.version_id ? json::value(e.version_id) : json::value(nullptr);
  out["version"] = e.version;
  out["region_code"] = e.source == PolicySource::Default ? requested_region : e.policy.version.region;
  return out;
}

// ?region= (default: the caller's own region; an administrator without a region must name one).
std::string region_of_request(api::Ctx& ctx) {
  auto region = ctx.req.query("region");
  if (region.empty()) region = ctx.me().region_code;
  if (region.empty()) throw ApiError(Err::FieldMissing, "请指定地区 region", "region");
  registry::require_valid_region(region, "region");
  return region;
}

Tier tier_of_path(api::Ctx& ctx) {
  auto tier = parse_tier_code(ctx.params.str("tier"));
  if (!tier) throw ApiError(Err::NotFound);
  return *tier;
}

http::Response list_in_force(api::Ctx& ctx) {
  auto region = region_of_request(ctx);
  auto today = civil_date_of(ctx.now_ms());
  auto c = ctx.svc.db.read();
  auto book = TierPolicyBook::load(*c);
  json::array items;
  for (Tier tier : all_tiers()) items.push_back(effective_json(book.in_force(tier, region, today), region));
  return http::Response::json(json::object{{"region_code", region},
                                           {"region_name", registry::region_name(region)},
                                           {"date", today.to_string()},
                                           {"parameter_specs", tier_parameter_specs_json()},
                                           {"items", std::move(items)}});
}

http::Response list_versions(api::Ctx& ctx) {
  auto tier = tier_of_path(ctx);
  auto region = region_of_request(ctx);
  auto chain = policy_region_chain(region);
  auto c = ctx.svc.db.read();
  auto in_force = TierPolicyBook::load(*c).in_force(tier, region, civil_date_of(ctx.now_ms()));
  json::array items;
  for (const auto& row : c->query(sql::kTierPolicyVersions, {std::string(tier_code(tier)), chain.front(), chain.back()}))
    items.push_back(version_json(row, in_force.version_id));
  return http::Response::json(json::object{{"tier", tier_code(tier)},
                                           {"region_code", region},
                                           {"default", policy_json(default_tier_policy(tier, region))},
                                           {"items", std::move(items)}});
}

// A city administrator publishes for their city and its counties; a system administrator anywhere.
void require_may_publish(const api::Principal& me, const std::string& region) {
  if (me.role == auth::Role::Admin) return;
  if (me.region_code.empty() || !registry::region_within(region, me.region_code))
    throw ApiError(Err::Forbidden, "只能为本市及所辖县（区）发布梯次培育标准");
}

http::Response publish_version(api::Ctx& ctx) {
  auto tier = tier_of_path(ctx);
  http::BodyReader body(ctx.req.body);
  auto region = body.str("region_code", 6);
  auto effective_text = body.str("effective_from", 10);
  auto basis = body.str("basis", kMaxBasisChars);
  const auto* raw = body.raw("parameters");
  body.done();
  registry::require_valid_region(region, "region_code");
  require_may_publish(ctx.me(), region);
  auto effective_from = CivilDate::parse(effective_text);
  if (!effective_from) throw ApiError(Err::FieldInvalid, "生效日期应为 YYYY-MM-DD 格式的有效日期", "effective_from");
  // Results already computed keep their version; back-dating would silently change what a past date meant.
  if (ctx.me().role != auth::Role::Admin && effective_from->days_since(civil_date_of(ctx.now_ms())) < 0)
    throw ApiError(Err::FieldInvalid, "生效日期不能早于今天", "effective_from");
  if (basis.find_first_not_of(" \t\r\n") == std::string::npos)
    throw ApiError(Err::FieldInvalid, "请填写依据文件", "basis");
  if (!raw) throw ApiError(Err::FieldMissing, "parameters", "parameters");
  auto policy = parse_tier_parameters(tier, *raw);
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  const std::string code(tier_code(tier));
  auto version = c->query_one(sql::kTierPolicyNextVersion, {code, region})->i64(0);
  auto id = c->query_one(sql::kTierPolicyInsert, {code, region, version, to_json_text(tier_parameters_json(policy), false),
                                                  effective_from->to_string(), basis, ctx.me().user_id, ctx.now_ms()})
                ->i64(0);
  auto row = c->query_one(sql::kTierPolicyById, {id});
  tx.commit();
  ctx.audit = {{}, {}, "cultivation_tier_policy", std::to_string(id),
               "发布" + registry::region_name(region) + std::string(tier_name(tier)) + "标准第" + std::to_string(version) +
                   "版，" + effective_from->to_string() + " 起施行，依据：" + basis};
  return http::Response::json(version_json(*row, 0), 201);
}

}  // namespace

CivilDate civil_date_of(EpochMs ms) {
  using namespace std::chrono;
  year_month_day ymd{floor<days>(sys_time<milliseconds>(milliseconds(ms)))};
  return CivilDate::from_ymd(static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                             static_cast<unsigned>(ymd.day()));
}

std::vector<std::string> policy_region_chain(const std::string& region_code) {
  std::vector<std::string> chain{region_code};
  const auto* region = registry::find_region(region_code);
  if (region && region->level == registry::RegionLevel::County && !region->parent_code.empty())
    chain.push_back(region->parent_code);
  return chain;
}

TierPolicyBook TierPolicyBook::load(db::Connection& c) {
  TierPolicyBook book;
  for (const auto& row : c.query(sql::kTierPolicyAll, {})) book.versions_.push_back(version_of(row));
  return book;
}

EffectiveTierPolicy TierPolicyBook::in_force(Tier tier, const std::string& region_code, CivilDate on) const {
  return resolve_tier_policy(tier, policy_region_chain(region_code), on, versions_);
}

void register_tier_policy_routes(api::Api& api, auth::Permissions& perms) {
  using auth::Role;
  perms.grant("cultivation.tier_policies.read", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer});
  perms.grant("cultivation.tier_policies.publish", {Role::Admin, Role::CityAdmin});
  const std::string base = "/api/v1/cultivation/tier-policies";
  api.get(base, "cultivation.tier_policies.read", list_in_force);
  api.get(base + "/{tier}/versions", "cultivation.tier_policies.versions", list_versions,
          {api::Access::Approved, "cultivation.tier_policies.read"});
  api.post(base + "/{tier}", "cultivation.tier_policies.publish", publish_version);
}

}  // namespace kc::cultivation
