#include "modules/cultivation/domain/decimal.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "modules/cultivation/domain/civil_date.hpp"

namespace kc::cultivation {
namespace {

Decimal dec(const char* text) { return Decimal::parse(text).value(); }

TEST(Decimal, ParsesWanAmountsExactly) {
  EXPECT_EQ(dec("312.5").units(), 312'500'000);
  EXPECT_EQ(dec("5000").units(), 5'000'000'000);
  EXPECT_EQ(dec("0.000001").units(), 1);
  EXPECT_EQ(dec("-12.25").units(), -12'250'000);
  EXPECT_EQ(dec("312.50").to_string(), "312.5");
  EXPECT_EQ(dec("-0.25").to_string(), "-0.25");
  EXPECT_EQ(dec("20000").to_string(), "20000");
}

TEST(Decimal, RejectsMalformedText) {
  for (const char* bad : {"", "-", ".5", "5.", "1e3", "1,000", " 5", "5 ", "+5", "0.0000001", "abc", "12345678901234"})
    EXPECT_FALSE(Decimal::parse(bad).has_value()) << bad;
}

TEST(Decimal, RejectsAmountsBeyondTheSafeRange) {
  EXPECT_TRUE(Decimal::parse("10000000000").has_value());
  EXPECT_FALSE(Decimal::parse("10000000001").has_value());
}

TEST(Fraction, ComparesAtTheThresholdWithoutRounding) {
  // 0.1 + 0.2 != 0.3 in binary floating point; exactly equal here.
  EXPECT_EQ(Fraction::of(dec("0.1")) + Fraction::of(dec("0.2")), Fraction::of(dec("0.3")));
  // 3 / 50 is exactly 6 %; 2.999999 / 50 is just below it.
  EXPECT_TRUE(*Fraction::ratio(dec("3"), dec("50")) >= Fraction::percent(6));
  EXPECT_TRUE(*Fraction::ratio(dec("2.999999"), dec("50")) < Fraction::percent(6));
}

TEST(Fraction, UndefinedRatioForZeroDenominator) {
  EXPECT_FALSE(Fraction::ratio(dec("1"), dec("0")).has_value());
  EXPECT_FALSE(Fraction::ratio(1, 0).has_value());
  EXPECT_THROW(Fraction(1, 0), std::domain_error);
}

TEST(Fraction, ArithmeticStaysInLowestTerms) {
  const Fraction f = Fraction(2, 4) * Fraction(6, 9) - Fraction(1, 3);
  EXPECT_EQ(f.num(), 0);
  EXPECT_EQ(f.den(), 1);
  const Fraction g = Fraction(3, -6);
  EXPECT_EQ(g.num(), -1);
  EXPECT_EQ(g.den(), 2);
  EXPECT_EQ(Fraction(1, 3) / Fraction(2, 3), Fraction(1, 2));
}

TEST(Fraction, DisplayRoundsHalfAwayFromZeroToFourDecimals) {
  EXPECT_DOUBLE_EQ(Fraction(300, 4500).percent_rounded(), 6.6667);
  EXPECT_DOUBLE_EQ(Fraction(760, 11800).percent_rounded(), 6.4407);
  EXPECT_DOUBLE_EQ(Fraction(1, 200000).percent_rounded(), 0.0005);   // 0.0005 % exactly
  EXPECT_DOUBLE_EQ(Fraction(1, 2000000).percent_rounded(), 0.0001);  // 0.00005 % rounds up
  EXPECT_DOUBLE_EQ(Fraction(-1, 2000000).percent_rounded(), -0.0001);
  EXPECT_DOUBLE_EQ(Fraction(2, 3).rounded4(), 0.6667);
  EXPECT_EQ(Fraction(300, 4500).percent_text(), "6.6667%");
  EXPECT_EQ(Fraction::percent(30).percent_text(), "30%");
}

TEST(Fraction, OverflowIsReportedNotWrapped) {
  const Fraction huge(Fraction::Int(1) << 100, 1);
  EXPECT_THROW(huge * huge, std::overflow_error);
}

TEST(CivilDate, ParsesOnlyRealCalendarDays) {
  EXPECT_TRUE(CivilDate::parse("2024-02-29").has_value());
  EXPECT_FALSE(CivilDate::parse("2023-02-29").has_value());
  EXPECT_FALSE(CivilDate::parse("2023-13-01").has_value());
  EXPECT_FALSE(CivilDate::parse("2023-1-01").has_value());
  EXPECT_FALSE(CivilDate::parse("2023/01/01").has_value());
  EXPECT_EQ(CivilDate::parse("2019-03-01")->to_string(), "2019-03-01");
}

TEST(CivilDate, CountsCalendarDaysAcrossLeapYears) {
  const auto days = [](const char* from, const char* to) { return CivilDate::parse(to)->days_since(*CivilDate::parse(from)); };
  EXPECT_EQ(days("2019-03-01", "2025-06-30"), 2313);
  EXPECT_EQ(days("2023-03-01", "2024-02-29"), 365);  // 365 days before the first anniversary
  EXPECT_EQ(days("2023-03-01", "2024-03-01"), 366);
  EXPECT_EQ(days("2024-02-29", "2025-02-28"), 365);
  EXPECT_EQ(days("2022-01-01", "2023-01-01"), 365);
  EXPECT_EQ(days("2025-01-02", "2025-01-01"), -1);
}

}  // namespace
}  // namespace kc::cultivation
