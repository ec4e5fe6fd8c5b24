#pragma once
// The bulletin (通报): units ranked by completion. Rules as pure functions.
//
// Completion of one item, in per mille: a target counts its progress share capped at 100%; a task counts the
// share of its due reports that were made (100% while none is due yet). A unit's completion is the mean over
// the items it leads. Ranking: completion descending, then fewer overdue reports; equal units share a rank
// (1, 2, 2, 4 …); ties are listed by name.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kc::targets::ledger {

std::int64_t item_completion_permille(bool is_target, std::optional<std::int64_t> progress_permille,
                                      std::int64_t due_reports, std::int64_t overdue_reports);

struct UnitTally {
  std::string unit;
  std::int64_t items = 0;
  std::int64_t completed = 0;  // targets reached
  std::int64_t at_risk = 0;
  std::int64_t overdue = 0;          // overdue reports
  std::int64_t completion_sum = 0;   // sum of item completions (per mille)
  std::int64_t completion() const { return items == 0 ? 0 : completion_sum / items; }
};

struct UnitRank {
  int rank = 0;
  UnitTally tally;
};

std::vector<UnitRank> rank_units(std::vector<UnitTally> units);

}  // namespace kc::targets::ledger
