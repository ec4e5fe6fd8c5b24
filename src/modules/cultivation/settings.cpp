#include "modules/cultivation/settings.hpp"

#include <boost/json.hpp>

#include "core/errors.hpp"
#include "http/json_body.hpp"
#include "modules/cultivation/domain/civil_date.hpp"
#include "modules/cultivation/domain/registration_number.hpp"
#include "modules/cultivation/repository.hpp"

namespace kc::cultivation {
namespace {

constexpr std::string_view kPatternKey = "registration_pattern";
constexpr std::string_view kPublicityDaysKey = "publicity_days";
constexpr std::string_view kReportDeadlineKey = "report_deadline";
constexpr EpochMs kDayMs = 24LL * 60 * 60 * 1000;

// "MM-DD" as a date in a common year; 29 February has no deadline in most years, so it is refused.
std::optional<CivilDate> deadline_in(int year, std::string_view month_day) {
  if (month_day.size() != 5 || month_day == "02-29") return std::nullopt;
  return CivilDate::parse(std::to_string(year) + "-" + std::string(month_day));
}

std::string setting_or(db::Connection& c, std::string_view key, std::string fallback) {
  auto row = c.query_one(sql::kSetting, {std::string(key)});
  return row ? row->text(0) : fallback;
}

boost::json::object settings_json(const CultivationSettings& s) {
  return {{"registration_pattern", s.registration_pattern},
          {"publicity_days", s.publicity_days},
          {"report_deadline", s.report_deadline},
          {"registration_example", format_registration_number(s.registration_pattern, 2026, "410422", 1)}};
}

http::Response update_settings(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  auto pattern = body.opt_str("registration_pattern", 100);
  auto days = body.opt_int64("publicity_days");
  auto deadline = body.opt_str("report_deadline", 5);
  body.done();
  if (deadline && !deadline_in(2001, *deadline))
    throw ApiError(Err::FieldInvalid, "年报截止日期应为 MM-DD（不含 02-29）", "report_deadline");
  if (pattern) validate_registration_pattern(*pattern, "registration_pattern");
  if (days && (*days < 1 || *days > kMaxPublicityDays))
    throw ApiError(Err::FieldInvalid, "公示期应为 1–90 天", "publicity_days");
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  if (pattern) c->exec(sql::kPutSetting, {std::string(kPatternKey), *pattern});
  if (days) c->exec(sql::kPutSetting, {std::string(kPublicityDaysKey), std::to_string(*days)});
  if (deadline) c->exec(sql::kPutSetting, {std::string(kReportDeadlineKey), *deadline});
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
  s.report_deadline = setting_or(c, kReportDeadlineKey, std::string(kDefaultReportDeadline));
  return s;
}

EpochMs report_deadline_ms(const CultivationSettings& s, int fiscal_year) {
  auto date = deadline_in(fiscal_year + 1, s.report_deadline).value_or(CivilDate::from_ymd(fiscal_year + 1, 5, 31));
  return (date.days_since(CivilDate()) + 1) * kDayMs;
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
