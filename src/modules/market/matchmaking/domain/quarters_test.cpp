#include "modules/market/matchmaking/domain/quarters.hpp"

#include <gtest/gtest.h>

namespace kc::market {
namespace {

constexpr EpochMs kHour = 3'600'000;
// 2026-04-01 00:00 Beijing = 2026-03-31 16:00 UTC.
constexpr EpochMs kApril1Beijing = 1'774'972'800'000;

TEST(MatchmakingQuarters, QuarterBoundaryIsMidnightBeijingNotUtc) {
  ManualClock clock(kApril1Beijing - 1);
  EXPECT_EQ(beijing_quarter(clock.now_ms()), (YearQuarter{2026, 1}));
  clock.advance_ms(1);
  EXPECT_EQ(beijing_quarter(clock.now_ms()), (YearQuarter{2026, 2}));
  // 2026-03-31 20:00 UTC is still 31 March in UTC but already Q2 in Beijing.
  EXPECT_EQ(beijing_quarter(kApril1Beijing + 4 * kHour), (YearQuarter{2026, 2}));
}

TEST(MatchmakingQuarters, PeriodsAreHalfOpenAndTileTheYear) {
  auto q1 = beijing_quarter_period(2026, 1);
  auto q2 = beijing_quarter_period(2026, 2);
  EXPECT_EQ(q1.end, kApril1Beijing);
  EXPECT_EQ(q2.begin, kApril1Beijing);
  EXPECT_TRUE(q2.contains(kApril1Beijing));
  EXPECT_FALSE(q1.contains(kApril1Beijing));
  auto year = beijing_quarter_period(2026, 0);
  EXPECT_EQ(year.begin, q1.begin);
  EXPECT_EQ(year.end, beijing_quarter_period(2026, 4).end);
  EXPECT_EQ(beijing_quarter_period(2026, 3).end, beijing_quarter_period(2026, 4).begin);
  EXPECT_EQ(beijing_quarter_period(2026, 4).end, beijing_quarter_period(2027, 1).begin);
}

TEST(MatchmakingQuarters, QuarterOfEveryPeriodStartAndLastInstant) {
  for (int q = 1; q <= 4; ++q) {
    auto p = beijing_quarter_period(2028, q);  // a leap year: Q1 has 91 days
    EXPECT_EQ(beijing_quarter(p.begin), (YearQuarter{2028, q}));
    EXPECT_EQ(beijing_quarter(p.end - 1), (YearQuarter{2028, q}));
  }
  auto q1 = beijing_quarter_period(2028, 1);
  EXPECT_EQ((q1.end - q1.begin) / (24 * kHour), 91);
  auto q1_2026 = beijing_quarter_period(2026, 1);
  EXPECT_EQ((q1_2026.end - q1_2026.begin) / (24 * kHour), 90);
}

}  // namespace
}  // namespace kc::market
