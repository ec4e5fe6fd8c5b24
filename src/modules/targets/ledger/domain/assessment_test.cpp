#include "modules/targets/ledger/domain/assessment.hpp"

#include <gtest/gtest.h>

#include <string>

namespace kc::targets::ledger {
namespace {

constexpr std::int64_t k = 10'000;  // decimal scale

AssessedItem target(std::int64_t id, std::int64_t progress, std::int64_t value) {
  AssessedItem i;
  i.id = id;
  i.is_target = true;
  i.progress = progress * k;
  i.target_value = value * k;
  return i;
}

AssessedItem task(std::int64_t id, std::int64_t due, std::int64_t on_time, std::int64_t accepted, std::int64_t overdue) {
  AssessedItem i;
  i.id = id;
  i.due_reports = due;
  i.on_time_reports = on_time;
  i.accepted_reports = accepted;
  i.overdue_reports = overdue;
  return i;
}

TEST(LedgerAssessment, NoItemsScoresZero) {
  auto s = score_unit({}, "市财政局", {});
  EXPECT_EQ(s.targets + s.tasks, 0);
  EXPECT_EQ(s.score.hundredths(), "0.00");
}

TEST(LedgerAssessment, TargetsAndTasksByTheirWeightsMinusThePenalty) {
  // Targets 75% and 150% (capped at 100%) → 87.5% of 60 = 52.5; task: on time 3/4, accepted 2/4 → 62.5% of 40 = 25;
  // one overdue report costs 1 point.
  auto s = score_unit({}, "u", {target(1, 15, 20), target(2, 30, 20), task(3, 4, 3, 2, 1)});
  EXPECT_EQ(s.target_points.hundredths(), "52.50");
  EXPECT_EQ(s.task_points.hundredths(), "25.00");
  EXPECT_EQ(s.penalty.hundredths(), "1.00");
  EXPECT_EQ(s.score.hundredths(), "76.50");
}

TEST(LedgerAssessment, OverCompletionIsCappedAtTheSchemesCap) {
  AssessmentScheme capped120;
  capped120.cap_percent = 120;
  EXPECT_EQ(score_unit({}, "u", {target(1, 300, 100)}).score.hundredths(), "100.00");
  EXPECT_EQ(score_unit(capped120, "u", {target(1, 300, 100)}).score.hundredths(), "120.00");
  EXPECT_EQ(score_unit(capped120, "u", {target(1, 110, 100)}).score.hundredths(), "110.00");
}

TEST(LedgerAssessment, AllReportsOverdueScoresZeroNotBelow) {
  auto s = score_unit({}, "u", {task(1, 4, 0, 0, 4)});
  EXPECT_EQ(s.task_points.hundredths(), "0.00");
  EXPECT_EQ(s.penalty.hundredths(), "4.00");
  EXPECT_EQ(s.score.hundredths(), "0.00");
}

TEST(LedgerAssessment, AMissingCategoryPassesItsPointsToTheOther) {
  // Only a task: 62.5% of all 100 points, minus 1.
  EXPECT_EQ(score_unit({}, "u", {task(1, 4, 3, 2, 1)}).score.hundredths(), "61.50");
  // Nothing due yet: a task is fully on track.
  EXPECT_EQ(score_unit({}, "u", {task(1, 0, 0, 0, 0)}).score.hundredths(), "100.00");
}

TEST(LedgerAssessment, DecimalArithmeticWithoutBinaryFloatingPointDrift) {
  // A third of one target and two thirds of another average to exactly one half: 30 of 60, plus 40 for a
  // task with nothing due.
  AssessedItem third = target(1, 1, 3), two_thirds = target(2, 2, 3);
  EXPECT_EQ(score_unit({}, "u", {third, two_thirds, task(3, 0, 0, 0, 0)}).score.hundredths(), "70.00");
  // 1/3 of 100 points rounds to 33.33; decimal progress 0.1 + 0.2 of 0.3 is complete.
  EXPECT_EQ(score_unit({}, "u", {third}).score.hundredths(), "33.33");
  AssessedItem decimal = target(4, 0, 0);
  decimal.progress = 3'000;  // 0.3
  decimal.target_value = 3'000;
  EXPECT_EQ(score_unit({}, "u", {decimal}).score.hundredths(), "100.00");
  // Half up at the second decimal, exactly (2.675 is 2.67499… in binary floating point).
  EXPECT_EQ(Fixed::ratio(2675, 1000).hundredths(), "2.68");
  EXPECT_EQ(Fixed::ratio(1, 8).hundredths(), "0.13");
  // A fractional penalty.
  AssessmentScheme s;
  s.overdue_penalty = 2'500;  // 0.25 per report
  EXPECT_EQ(score_unit(s, "u", {task(1, 4, 1, 1, 3)}).score.hundredths(), "24.25");
}

TEST(LedgerAssessment, ItemWeightsAndTaskShares) {
  AssessmentScheme s;
  s.item_weights[1] = 3 * k;  // the missed target counts three times
  EXPECT_EQ(score_unit(s, "u", {target(1, 0, 10), target(2, 10, 10)}).score.hundredths(), "25.00");
  s.on_time_percent = 100;  // only timeliness counts
  EXPECT_EQ(score_unit(s, "u", {task(3, 4, 3, 0, 0)}).score.hundredths(), "75.00");
}

TEST(LedgerAssessment, ManyDistinctTargetValuesNeitherOverflowNorDrift) {
  // 1,000 targets with distinct values, each exactly half done: the mean is exactly one half (rationals of
  // distinct denominators would overflow 128 bits long before this).
  std::vector<AssessedItem> items;
  for (std::int64_t v = 1; v <= 1000; ++v) {
    auto item = target(v, 0, 0);
    item.progress = v * k / 2;  // v/2, exact in 10^-4 for every v
    item.target_value = v * k;
    items.push_back(item);
  }
  auto s = score_unit({}, "u", items);
  EXPECT_EQ(s.target_rate, Fixed::ratio(1, 2));
  EXPECT_EQ(s.score.hundredths(), "50.00");
  // Primes as targets, one unit of progress each: the mean of 1/p over 1,000 distinct values, as a score.
  std::vector<AssessedItem> primes;
  double mean = 0;
  for (std::int64_t n = 2; primes.size() < 1000; ++n) {
    bool prime = true;
    for (std::int64_t d = 2; d * d <= n && prime; ++d) prime = n % d != 0;
    if (!prime) continue;
    primes.push_back(target(n, 1, n));
    mean += 1.0 / static_cast<double>(n) / 1000;
  }
  auto p = score_unit({}, "u", primes);
  EXPECT_NEAR(std::stod(p.score.hundredths()), 100 * mean, 0.006);
}

TEST(LedgerAssessment, RankingSharesRanksOnEqualScores) {
  AssessmentScheme s;
  auto a = score_unit(s, "乙局", {target(1, 8, 10)});
  auto b = score_unit(s, "甲局", {target(2, 9, 10)});
  auto c = score_unit(s, "丙局", {target(3, 8, 10)});
  auto d = score_unit(s, "丁局", {target(4, 7, 10)});
  auto ranked = rank_scores({a, b, c, d});
  ASSERT_EQ(ranked.size(), 4u);
  EXPECT_EQ(ranked[0].score.unit, "甲局");
  EXPECT_EQ(ranked[0].rank, 1);
  EXPECT_EQ(ranked[1].rank, 2);
  EXPECT_EQ(ranked[2].rank, 2);
  EXPECT_LT(ranked[1].score.unit, ranked[2].score.unit);
  EXPECT_EQ(ranked[3].rank, 4);
  EXPECT_EQ(ranked[3].score.unit, "丁局");
}

}  // namespace
}  // namespace kc::targets::ledger
