#pragma once
// Settings of the cultivation module that a city administrator edits (a key/value row each).
#include <string>

#include "api/api.hpp"
#include "core/clock.hpp"
#include "db/db.hpp"

namespace kc::cultivation {

struct CultivationSettings {
  std::string registration_pattern;  // see domain/registration_number.hpp
  int publicity_days = 7;            // 公示期 in calendar days
  std::string report_deadline;       // "MM-DD" in the year after the fiscal year: annual reports due (UTC end of day)
};

// The instant after which a report of `fiscal_year` counts as not filed.
EpochMs report_deadline_ms(const CultivationSettings& s, int fiscal_year);

inline constexpr int kDefaultPublicityDays = 7;
inline constexpr int kMaxPublicityDays = 90;
inline constexpr std::string_view kDefaultReportDeadline = "05-31";

CultivationSettings load_settings(db::Connection& c);

// GET/PATCH /api/v1/cultivation/settings
void register_settings_routes(api::Api& api, auth::Permissions& perms);

}  // namespace kc::cultivation
