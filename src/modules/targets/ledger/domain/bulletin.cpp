#include "modules/targets/ledger/domain/bulletin.hpp"

#include <algorithm>

namespace kc::targets::ledger {

std::int64_t item_completion_permille(bool is_target, std::optional<std::int64_t> progress_permille,
                                      std::int64_t due_reports, std::int64_t overdue_reports) {
  if (is_target) return std::clamp<std::int64_t>(progress_permille.value_or(0), 0, 1000);
  if (due_reports <= 0) return 1000;
  return (due_reports - std::min(overdue_reports, due_reports)) * 1000 / due_reports;
}

std::vector<UnitRank> rank_units(std::vector<UnitTally> units) {
  auto better = [](const UnitTally& a, const UnitTally& b) {
    if (a.completion() != b.completion()) return a.completion() > b.completion();
    return a.overdue < b.overdue;
  };
  std::sort(units.begin(), units.end(), [&](const UnitTally& a, const UnitTally& b) {
    if (better(a, b) || better(b, a)) return better(a, b);
    return a.unit < b.unit;
  });
  std::vector<UnitRank> out;
  for (std::size_t i = 0; i < units.size(); ++i) {
    bool tie = i > 0 && !better(units[i - 1], units[i]);
    out.push_back({tie ? out.back().rank : static_cast<int>(i + 1), units[i]});
  }
  return out;
}

}  // namespace kc::targets::ledger
