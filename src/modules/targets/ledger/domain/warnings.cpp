#include "modules/targets/ledger/domain/warnings.hpp"

#include <algorithm>

namespace kc::targets::ledger {

bool target_at_risk(std::int64_t progress, std::int64_t target, EpochMs start, EpochMs deadline, EpochMs now) {
  if (now <= start) return false;
  if (progress >= target) return false;
  if (now >= deadline || deadline <= start) return true;
  __int128 done = static_cast<__int128>(progress) * (deadline - start);
  __int128 expected = static_cast<__int128>(target) * (now - start);
  return done < expected;
}

std::int64_t elapsed_permille(EpochMs start, EpochMs deadline, EpochMs now) {
  if (deadline <= start || now >= deadline) return 1000;
  if (now <= start) return 0;
  return static_cast<std::int64_t>(static_cast<__int128>(now - start) * 1000 / (deadline - start));
}

EpochMs report_due(const Period& p) { return p.end + EpochMs{kReportGraceDays} * 86'400'000; }

std::vector<Period> overdue_periods(Cycle c, EpochMs start, EpochMs deadline, EpochMs now,
                                    const std::set<std::string>& reported) {
  std::vector<Period> out;
  for (const auto& p : periods_between(c, start, std::min(deadline, now))) {
    if (report_due(p) < now && !reported.contains(p.key)) out.push_back(p);
  }
  return out;
}

}  // namespace kc::targets::ledger
