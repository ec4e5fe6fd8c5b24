#pragma once
// Settings of the cultivation module that a city administrator edits (a key/value row each).
#include <string>

#include "api/api.hpp"
#include "db/db.hpp"

namespace kc::cultivation {

struct CultivationSettings {
  std::string registration_pattern;  // see domain/registration_number.hpp
  int publicity_days = 7;            // 公示期 in calendar days
};

inline constexpr int kDefaultPublicityDays = 7;
inline constexpr int kMaxPublicityDays = 90;

CultivationSettings load_settings(db::Connection& c);

// GET/PATCH /api/v1/cultivation/settings
void register_settings_routes(api::Api& api, auth::Permissions& perms);

}  // namespace kc::cultivation
