// Exact decimals, reporting periods (China Standard Time) and the warning rules at their edges.
#include <gtest/gtest.h>

#include "modules/targets/ledger/domain/calendar.hpp"
#include "modules/targets/ledger/domain/decimal.hpp"
#include "modules/targets/ledger/domain/warnings.hpp"

namespace kc::targets::ledger {
namespace {

constexpr EpochMs kDay = 86'400'000;

TEST(LedgerDecimal, ParsesExactlyAndRejectsGarbage) {
  EXPECT_EQ(parse_decimal("12"), 120000);
  EXPECT_EQ(parse_decimal("1.5"), 15000);
  EXPECT_EQ(parse_decimal("0.0125"), 125);
  for (auto bad : {"", "-1", "1.", ".5", "1e3", "1.23456", "abc", "1 2", "1234567890123"})
    EXPECT_FALSE(parse_decimal(bad)) << bad;
  EXPECT_EQ(format_decimal(15000), "1.5");
  EXPECT_EQ(format_decimal(120000), "12");
  EXPECT_EQ(format_decimal(125), "0.0125");
  EXPECT_EQ(decimal_from_double(1.5), "1.5");
  EXPECT_EQ(decimal_from_double(5000), "5000");
}

TEST(LedgerCalendar, YearsAndPeriodsStartAtBeijingMidnight) {
  // 2026-01-01T00:00+08:00 == 2025-12-31T16:00Z == 1767196800000.
  EXPECT_EQ(year_start(2026), 1767196800000);
  EXPECT_EQ(cst_year_of(year_start(2026)), 2026);
  EXPECT_EQ(cst_year_of(year_start(2026) - 1), 2025);
  auto q = period_at(Cycle::Quarterly, cst_midnight(2026, 5, 20));
  EXPECT_EQ(q.key, "2026-Q2");
  EXPECT_EQ(q.start, cst_midnight(2026, 4, 1));
  EXPECT_EQ(q.end, cst_midnight(2026, 7, 1));
  auto dec = period_by_key(Cycle::Monthly, "2026-12");
  ASSERT_TRUE(dec);
  EXPECT_EQ(dec->end, year_start(2027));
  EXPECT_FALSE(period_by_key(Cycle::Monthly, "2026-13"));
  EXPECT_FALSE(period_by_key(Cycle::Monthly, "2026-Q1"));
  EXPECT_FALSE(period_by_key(Cycle::Quarterly, "2026-Q5"));
  EXPECT_EQ(periods_between(Cycle::Monthly, year_start(2026), year_start(2027)).size(), 12u);
  EXPECT_EQ(periods_between(Cycle::Quarterly, year_start(2026), year_start(2027)).size(), 4u);
}

TEST(LedgerCalendar, DatesAreBeijingDays) {
  EXPECT_EQ(cst_date_of(year_start(2026)), "2026-01-01");
  EXPECT_EQ(cst_date_of(year_start(2026) - 1), "2025-12-31");
  EXPECT_EQ(end_of_cst_day("2026-12-31"), year_start(2027));
  EXPECT_EQ(end_of_cst_day("2024-02-29"), cst_midnight(2024, 3, 1));
  EXPECT_FALSE(end_of_cst_day("2026-02-30"));
  EXPECT_FALSE(end_of_cst_day("2026-1-5"));
  EXPECT_FALSE(end_of_cst_day("2026-12-31T00"));
}

TEST(LedgerWarnings, AtRiskExactlyAtTheElapsedShare) {
  EpochMs start = year_start(2026), end = start + 100 * kDay, half = start + 50 * kDay;
  std::int64_t target = 10 * kDecimalScale;
  EXPECT_FALSE(target_at_risk(5 * kDecimalScale, target, start, end, half));  // exactly on pace
  EXPECT_TRUE(target_at_risk(5 * kDecimalScale - 1, target, start, end, half));  // a hair behind
  EXPECT_FALSE(target_at_risk(0, target, start, end, start));  // nothing elapsed yet
  EXPECT_TRUE(target_at_risk(0, target, start, end, start + 1));
  EXPECT_TRUE(target_at_risk(target - 1, target, start, end, end));  // deadline reached, short
  EXPECT_FALSE(target_at_risk(target, target, start, end, end + kDay));
  EXPECT_EQ(elapsed_permille(start, end, half), 500);
  EXPECT_EQ(elapsed_permille(start, end, start - kDay), 0);
  EXPECT_EQ(elapsed_permille(start, end, end + kDay), 1000);
}

TEST(LedgerWarnings, OverdueAfterTheGraceDaysUnlessReported) {
  EpochMs start = year_start(2026), deadline = year_start(2027);
  EpochMs due_jan = cst_midnight(2026, 2, 1) + kReportGraceDays * kDay;
  EXPECT_TRUE(overdue_periods(Cycle::Monthly, start, deadline, due_jan, {}).empty());
  auto late = overdue_periods(Cycle::Monthly, start, deadline, due_jan + 1, {});
  ASSERT_EQ(late.size(), 1u);
  EXPECT_EQ(late[0].key, "2026-01");
  EXPECT_TRUE(overdue_periods(Cycle::Monthly, start, deadline, due_jan + 1, {"2026-01"}).empty());
  // Mid-May: Q1 is overdue for a quarterly item, not Q2.
  auto q = overdue_periods(Cycle::Quarterly, start, deadline, cst_midnight(2026, 5, 15), {});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].key, "2026-Q1");
  // Periods after the deadline are never due.
  EXPECT_EQ(overdue_periods(Cycle::Quarterly, start, cst_midnight(2026, 4, 1), year_start(2028), {}).size(), 1u);
}

}  // namespace
}  // namespace kc::targets::ledger
