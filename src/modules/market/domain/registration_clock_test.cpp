#include "modules/market/domain/registration_clock.hpp"

#include <gtest/gtest.h>

#include "core/clock.hpp"
#include "modules/market/domain/registration_number.hpp"

namespace kc::market {
namespace {

constexpr EpochMs kHour = 3'600'000;
constexpr EpochMs kDay = 24 * kHour;
// 2026-03-01 00:00 Beijing = 2026-02-28 16:00 UTC.
constexpr EpochMs kMarch1Beijing = 1'772'294'400'000;

TEST(MarketClock, BeijingCalendarNotUtc) {
  EXPECT_EQ(ymd_of_day(beijing_day(kMarch1Beijing)), 20260301);
  EXPECT_EQ(ymd_of_day(beijing_day(kMarch1Beijing - 1)), 20260228);
  EXPECT_EQ(beijing_year(beijing_day_start_ms(beijing_day(kMarch1Beijing))), 2026);
  // 2026-12-31 20:00 UTC is already 2027 in Beijing.
  EXPECT_EQ(beijing_year(kMarch1Beijing + 306 * kDay + 4 * kHour), 2027);
}

TEST(MarketClock, ThirtyDaysStartTheDayAfterFiling) {
  ManualClock clock(kMarch1Beijing + 10 * kHour);  // filed 1 March, 10:00
  auto c = registration_clock(clock.now_ms(), clock.now_ms(), std::nullopt);
  EXPECT_EQ(ymd_of_day(c.deadline_day), 20260331);
  EXPECT_EQ(c.deadline_ms, kMarch1Beijing + 31 * kDay);
  EXPECT_EQ(c.days_left, 30);
  EXPECT_EQ(c.state, ClockState::OnTime);
}

TEST(MarketClock, WarnsInTheLastFiveDaysAndIsOverdueAfterTheLastDay) {
  ManualClock clock(kMarch1Beijing + 10 * kHour);
  EpochMs filed = clock.now_ms();
  clock.advance_ms(24 * kDay);  // 25 March: 6 days left
  EXPECT_EQ(registration_clock(filed, clock.now_ms(), std::nullopt).state, ClockState::OnTime);
  clock.advance_ms(kDay);  // 26 March: 5 days left
  auto w = registration_clock(filed, clock.now_ms(), std::nullopt);
  EXPECT_EQ(w.days_left, 5);
  EXPECT_EQ(w.state, ClockState::Warning);
  clock.set_ms(kMarch1Beijing + 31 * kDay - 1);  // 31 March 23:59:59.999: last moment in time
  auto last = registration_clock(filed, clock.now_ms(), std::nullopt);
  EXPECT_EQ(last.days_left, 0);
  EXPECT_EQ(last.state, ClockState::Warning);
  clock.advance_ms(1);  // 1 April 00:00 Beijing
  auto late = registration_clock(filed, clock.now_ms(), std::nullopt);
  EXPECT_EQ(late.days_left, -1);
  EXPECT_EQ(late.state, ClockState::Overdue);
}

TEST(MarketClock, ADecisionStopsTheClock) {
  EpochMs filed = kMarch1Beijing + 23 * kHour + 59 * 60'000;  // 1 March 23:59
  EpochMs much_later = filed + 100 * kDay;
  auto in_time = registration_clock(filed, much_later, kMarch1Beijing + 30 * kDay + 12 * kHour);
  EXPECT_EQ(in_time.state, ClockState::DecidedInTime);
  EXPECT_EQ(in_time.days_left, 0);
  auto late = registration_clock(filed, much_later, kMarch1Beijing + 31 * kDay);
  EXPECT_EQ(late.state, ClockState::DecidedLate);
  EXPECT_STREQ(clock_state_code(late.state), "decided_late");
}

TEST(MarketRegistrationNumber, RegionYearAndSixDigitSerial) {
  EXPECT_EQ(registration_number("410400", 2026, 123), "410400-2026-000123");
  EXPECT_EQ(registration_number("410421", 2027, 1), "410421-2027-000001");
  EXPECT_EQ(registration_number("410400", 2026, 1234567), "410400-2026-1234567");
}

}  // namespace
}  // namespace kc::market
