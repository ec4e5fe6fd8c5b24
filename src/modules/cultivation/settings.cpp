#include "modules/cultivation/settings.hpp"

#include <boost/json.hpp>

#include "core/errors.hpp"
#include "http/json_body.hpp"
#include "modules/cultivation/domain/registration_number.hpp"
#include "modules/cultivation/repository.hpp"

namespace kc::cultivation {
namespace {

constexpr std::string_view kPatternKey = "registration_pattern";
constexpr std::string_view kPublicityDaysKey = "publicity_days";

std::string setting_or(db::Connection& c, std::string_view key, std::string fallback) {
  auto row = c.query_one(sql::kSetting, {std::string(key)});
  return row ? row->text(0) : fallback;
}

boost::json::object settings_json(const CultivationSettings& s) {
  return {{"registration_pattern", s.registration_pattern},
          {"publicity_days", s.publicity_days},
          {"registration_example", format_registration_number(s.registration_pattern, 2026, "410422", 1)}};
}

http::Response update_settings(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  auto pattern = body.opt_str("registration_pattern", 100);
  auto days = body.opt_int64("publicity_days");
  body.done();
  if (pattern) validate_registration_pattern(*pattern, "registration_pattern");
  if (days && (*days < 1 || *days > kMaxPublicityDays))
    throw ApiError(Err::FieldInvalid, "公示期应为 1–90 天", "publicity_days");
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  if (pattern) c->exec(sql::kPutSetting, {std::string(kPatternKey), *pattern});
  if (days) c->exec(sql::kPutSetting, {std::string(kPublicityDaysKey), std::to_string(*days)});
  auto now = load_settings(*c);
  tx.commit();
  ctx.audit = {{}, {}, "cultivation_settings", "", "修改培育设置：编号格式 " + now.registration_pattern +
                                                        "，公示期 " + std::to_string(now.publicity_days) + " 天"};
  return http::Response::json(settings_json(now));
}

}  // namespace

CultivationSettings load_settings(db::Connection& c) {
  CultivationSettings s;
  s.registration_pattern = setting_or(c, kPatternKey, std::string(kDefaultRegistrationPattern));
  s.publicity_days = std::stoi(setting_or(c, kPublicityDaysKey, std::to_string(kDefaultPublicityDays)));
  return s;
}

void register_settings_routes(api::Api& api, auth::Permissions& perms) {
  using auth::Role;
  perms.grant("cultivation.settings.read", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer});
  perms.grant("cultivation.settings.update", {Role::Admin, Role::CityAdmin});
  api.get("/api/v1/cultivation/settings", "cultivation.settings.read", [](api::Ctx& ctx) {
    auto c = ctx.svc.db.read();
    return http::Response::json(settings_json(load_settings(*c)));
  });
  api.patch("/api/v1/cultivation/settings", "cultivation.settings.update", update_settings);
}

}  // namespace kc::cultivation
