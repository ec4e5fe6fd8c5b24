#pragma once
// Warning rules of the ledger (pure functions; the clock is a parameter).
//
// At risk: a target whose progress lags the share of its period already elapsed, i.e.
// progress / target < (now - start) / (deadline - start). Compared by cross-multiplication of exact
// decimals (128-bit), so 50% of the way through a year with exactly half of the target is not at risk.
// Overdue: a reporting period that ended more than kReportGraceDays ago without a report that stands
// (submitted or accepted; a returned report must be submitted again).
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "modules/targets/ledger/domain/calendar.hpp"

namespace kc::targets::ledger {

// Units report by the 5th day after a period ends (the usual "每月5日前报送" of municipal ledgers).
inline constexpr int kReportGraceDays = 5;

// progress and target are scaled decimals (decimal.hpp). Before the start nothing is at risk; at or after
// the deadline anything short of the target is.
bool target_at_risk(std::int64_t progress, std::int64_t target, EpochMs start, EpochMs deadline, EpochMs now);

// Share of the period elapsed, in per mille (0..1000), for display.
std::int64_t elapsed_permille(EpochMs start, EpochMs deadline, EpochMs now);

// When the report for a period is due.
EpochMs report_due(const Period& p);

// The periods between start and deadline whose report is overdue at `now`, given the keys of the
// periods that have a standing report.
std::vector<Period> overdue_periods(Cycle c, EpochMs start, EpochMs deadline, EpochMs now,
                                    const std::set<std::string>& reported);

}  // namespace kc::targets::ledger
