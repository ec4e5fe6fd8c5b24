#pragma once
// The year-end assessment scheme (考核方案) as the city bureau sets it: JSON in and out, validation with
// errors naming the field, and its versioned storage (every change is a new version of the year).
#include <boost/json/object.hpp>

#include <optional>

#include "db/db.hpp"
#include "modules/targets/ledger/domain/assessment.hpp"

namespace kc::targets::ledger {

struct StoredScheme {
  int year = 0;
  std::int64_t version = 0;  // 0: the built-in default (nothing saved for the year)
  AssessmentScheme scheme;
  std::optional<std::int64_t> created_by;
  std::int64_t created_at = 0;  // epoch ms; 0 for the default
};

// {"target_points", "task_points", "on_time_percent", "cap_percent", "overdue_penalty", "item_weights"}:
// every field optional (defaults of AssessmentScheme); target_points + task_points must be 100.
AssessmentScheme read_scheme(const boost::json::object& body);
boost::json::object scheme_json(const StoredScheme& s);

// The given version of the year's scheme, or its latest (version 0 = the default when none is saved).
std::optional<StoredScheme> load_scheme(db::Connection& c, int year, std::optional<std::int64_t> version);
StoredScheme save_scheme(db::Connection& c, int year, const AssessmentScheme& scheme, std::int64_t user_id, std::int64_t now);
std::vector<StoredScheme> scheme_versions(db::Connection& c, int year);

}  // namespace kc::targets::ledger
