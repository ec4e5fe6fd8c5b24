#include <gtest/gtest.h>

#include "modules/targets/ledger/domain/bulletin.hpp"

namespace kc::targets::ledger {
namespace {

TEST(LedgerBulletin, ItemCompletion) {
  EXPECT_EQ(item_completion_permille(true, 650, 0, 0), 650);
  EXPECT_EQ(item_completion_permille(true, 1500, 0, 0), 1000);  // over-achievement is capped
  EXPECT_EQ(item_completion_permille(true, std::nullopt, 0, 0), 0);
  EXPECT_EQ(item_completion_permille(false, std::nullopt, 0, 0), 1000);  // nothing due yet
  EXPECT_EQ(item_completion_permille(false, std::nullopt, 3, 1), 666);
  EXPECT_EQ(item_completion_permille(false, std::nullopt, 3, 3), 0);
}

TEST(LedgerBulletin, RanksByCompletionThenOverdueWithSharedRanks) {
  std::vector<UnitTally> units{
      {"市财政局", 2, 0, 1, 2, 1000},  // 500, 2 overdue
      {"市科技局", 2, 1, 0, 0, 1800},  // 900
      {"市税务局", 1, 0, 0, 1, 500},   // 500, 1 overdue
      {"市发改委", 1, 0, 0, 1, 500},   // 500, 1 overdue: ties with 市税务局
  };
  auto ranked = rank_units(units);
  ASSERT_EQ(ranked.size(), 4u);
  EXPECT_EQ(ranked[0].tally.unit, "市科技局");
  EXPECT_EQ(ranked[0].rank, 1);
  EXPECT_EQ(ranked[1].rank, 2);
  EXPECT_EQ(ranked[2].rank, 2);
  EXPECT_EQ(ranked[1].tally.unit < ranked[2].tally.unit, true);
  EXPECT_EQ(ranked[3].tally.unit, "市财政局");
  EXPECT_EQ(ranked[3].rank, 4);
}

}  // namespace
}  // namespace kc::targets::ledger
