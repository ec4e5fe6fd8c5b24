#pragma once
// Where the progress of ledger items comes from, read once per request: bound targets from their
// indicator (memoised by indicator and parameters), others from their latest accepted report. For views
// over every item in scope (dashboard, warnings, matrix, bulletin, assessment) the reports are read in two
// queries up front instead of two per item.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "db/db.hpp"
#include "modules/targets/ledger/metrics.hpp"

namespace kc::targets::ledger {

struct Progress {
  std::optional<std::int64_t> value;  // scaled decimal; nullopt: nothing computed or accepted yet
  bool computed = false;              // bound to a metric
};

class ProgressSource {
 public:
  explicit ProgressSource(db::Connection& c) : c_(c), indicators_(c) {}
  // Reads the latest accepted progress and the standing report periods of every item in the scope
  // ($1..$3 of KC_LEDGER_SCOPE); afterwards no per-item report query runs.
  void load_reports_in_scope(const std::vector<db::Value>& item_scope_params);
  // `item` is a KC_LEDGER_COLUMNS row.
  Progress progress_of(const db::Row& item);
  // Periods with a submitted or accepted report.
  std::set<std::string> standing_periods(std::int64_t item_id);
  db::Connection& connection() { return c_; }

 private:
  db::Connection& c_;
  IndicatorValues indicators_;
  bool loaded_ = false;
  std::map<std::int64_t, std::string> latest_accepted_;
  std::map<std::int64_t, std::set<std::string>> standing_;
};

}  // namespace kc::targets::ledger
