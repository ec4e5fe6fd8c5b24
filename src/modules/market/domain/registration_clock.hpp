#pragma once
// The registrar's 30-day clock and the Beijing calendar it counts in.
// 《技术合同认定登记管理办法》(国科发政字〔2000〕063号): the registry completes 认定登记 within 30 days of accepting the
// application (domain-rules.md §3.3). Periods counted in days start the day AFTER the event (民法典 第二百零一条:
// "开始的当日不计入，自下一日开始计算") and end at the end of the last day, so a contract filed on 1 March (Beijing
// time) may still be decided on 31 March. Dates are those of China Standard Time (UTC+8) whatever the server's zone.
#include <cstdint>
#include <optional>

#include "core/clock.hpp"

namespace kc::market {

inline constexpr int kRegistrationDays = 30;
inline constexpr int kWarningDays = 5;  // the list warns when this many days or fewer are left (configurable later)

// Days since 1970-01-01 of the Beijing calendar date at `ms`.
std::int64_t beijing_day(EpochMs ms);
int beijing_year(EpochMs ms);
// YYYYMMDD of a day number.
int ymd_of_day(std::int64_t day);
// The first instant (UTC ms) of a Beijing day.
EpochMs beijing_day_start_ms(std::int64_t day);

enum class ClockState { OnTime, Warning, Overdue, DecidedInTime, DecidedLate };

struct RegistrationClock {
  std::int64_t deadline_day = 0;  // the last Beijing day on which the decision is in time
  EpochMs deadline_ms = 0;        // the end of that day (exclusive bound)
  std::int64_t days_left = 0;     // from today to the last day: 0 on the last day, negative once overdue
  ClockState state = ClockState::OnTime;
};

// The clock of an application filed at `filed_ms`, seen at `now_ms`; `decided_ms` when already decided.
RegistrationClock registration_clock(EpochMs filed_ms, EpochMs now_ms, std::optional<EpochMs> decided_ms);
const char* clock_state_code(ClockState s);  // on_time | warning | overdue | decided_in_time | decided_late

}  // namespace kc::market
