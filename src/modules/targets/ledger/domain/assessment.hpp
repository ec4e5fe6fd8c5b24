#pragma once
// Year-end assessment (年终考核) of responsible units from a scheme of weights set by the city bureau.
// Pure functions, decimal arithmetic (decimals in, hundredths out).
//
// The rules, per unit (or county) over its items of the year (exact decimals, see Fixed):
//  - Targets (量化目标): completion = progress / target value, capped at `cap_percent` (100 or 120; a target
//    of 0 is complete; no progress yet is 0). The category's rate is the weighted mean over its targets.
//  - Tasks (重点任务): for the reports due so far, the share made on time (a standing report submitted by
//    the due date) and the share accepted; the task's rate is on_time_percent% of the first plus the rest
//    of the second (both 1 while nothing is due). The category's rate is the weighted mean over its tasks.
//  - Points = target_points × target rate + task_points × task rate; a category the unit has no items in
//    passes its points to the other (the sum is scaled back to target_points + task_points = 100).
//  - Penalty = overdue_penalty × reports overdue now (any item); score = max(0, points − penalty).
//  - Ranking: score descending (exact), equal scores share a rank (1, 2, 2, 4); ties listed by name.
// Item weights default to 1; a scheme may weigh single items (e.g. a key target counts double).
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kc::targets::ledger {

// A non-negative decimal with 12 fractional digits in a 128-bit integer. Sums and products by whole numbers
// are exact; a quotient is rounded half up at the 12th decimal (only there: never binary floating point).
// Rationals would be exact too, but their denominators grow with every distinct target value summed and
// overflow any fixed width; 12 decimals keep a unit of a million items far inside 128 bits.
struct Fixed {
  static constexpr std::int64_t kScale = 1'000'000'000'000;  // 10^12
  __int128 units = 0;
  static Fixed whole(std::int64_t n);
  static Fixed ratio(__int128 num, __int128 den);  // den > 0
  Fixed operator+(const Fixed& o) const { return {units + o.units}; }
  Fixed operator-(const Fixed& o) const { return {units - o.units}; }
  Fixed times(std::int64_t n) const { return {units * n}; }
  Fixed over(std::int64_t n) const;  // rounded
  bool operator<(const Fixed& o) const { return units < o.units; }
  bool operator==(const Fixed& o) const { return units == o.units; }
  // Rounded half up to two decimals: "87.35".
  std::string hundredths() const;
};

struct AssessmentScheme {
  std::int64_t target_points = 60;        // whole points; target_points + task_points = 100
  std::int64_t task_points = 40;
  std::int64_t on_time_percent = 50;      // 0–100: the on-time share of a task's rate; the rest is accepted
  std::int64_t cap_percent = 100;         // 100 or 120
  std::int64_t overdue_penalty = 10'000;  // points per overdue report, decimal scaled by 10^4
  std::map<std::int64_t, std::int64_t> item_weights;  // item id → weight scaled by 10^4 (default 1)
};

struct AssessedItem {
  std::int64_t id = 0;
  bool is_target = false;
  std::optional<std::int64_t> progress;      // scaled by 10^4; targets
  std::optional<std::int64_t> target_value;  // scaled by 10^4; targets
  std::int64_t due_reports = 0;
  std::int64_t on_time_reports = 0;
  std::int64_t accepted_reports = 0;
  std::int64_t overdue_reports = 0;
};

struct UnitScore {
  std::string unit;
  std::int64_t targets = 0, tasks = 0;
  Fixed target_rate, task_rate;  // 0…cap (targets), 0…1 (tasks)
  Fixed on_time_rate, accepted_rate;
  Fixed target_points, task_points;  // after redistribution
  std::int64_t overdue_reports = 0;
  Fixed penalty;
  Fixed score;
};

UnitScore score_unit(const AssessmentScheme& scheme, std::string unit, const std::vector<AssessedItem>& items);

struct RankedScore {
  int rank = 0;
  UnitScore score;
};
std::vector<RankedScore> rank_scores(std::vector<UnitScore> scores);

}  // namespace kc::targets::ledger
