#include "modules/market/domain/amounts.hpp"

#include <gtest/gtest.h>

namespace kc::market {
namespace {

NonTechnicalCost cost(Fen f, CostKind k = CostKind::Equipment) { return {k, "设备", f}; }

TEST(MarketAmounts, TechnicalAmountIsTotalMinusNonTechnicalCosts) {
  auto a = contract_amounts(1'000'000'01, {cost(200'000'00), cost(33'33, CostKind::RawMaterial)});
  EXPECT_EQ(a.total_fen, 1'000'000'01);
  EXPECT_EQ(a.non_technical_fen, 200'033'33);
  EXPECT_EQ(a.technical_fen, 799'966'68);
}

TEST(MarketAmounts, NoCostsMeansTechnicalEqualsTotal) {
  EXPECT_FALSE(amounts_problem(1, {}));
  EXPECT_EQ(contract_amounts(1, {}).technical_fen, 1);
}

TEST(MarketAmounts, TotalMustBePositiveAndBounded) {
  EXPECT_EQ(amounts_problem(0, {})->field, "total_amount_fen");
  EXPECT_EQ(amounts_problem(-5, {})->field, "total_amount_fen");
  EXPECT_FALSE(amounts_problem(kMaxAmountFen, {}));
  EXPECT_EQ(amounts_problem(kMaxAmountFen + 1, {})->field, "total_amount_fen");
}

TEST(MarketAmounts, EachCostMustBePositiveAndNamesItsIndex) {
  auto p = amounts_problem(100, {cost(1), cost(0)});
  ASSERT_TRUE(p);
  EXPECT_EQ(p->field, "non_technical_costs[1].amount_fen");
  EXPECT_EQ(amounts_problem(100, {cost(-1)})->field, "non_technical_costs[0].amount_fen");
}

TEST(MarketAmounts, CostsMustLeaveATechnicalPart) {
  EXPECT_FALSE(amounts_problem(100, {cost(60), cost(39)}));  // 1 分 left
  EXPECT_EQ(amounts_problem(100, {cost(60), cost(40)})->field, "non_technical_costs");  // equal: nothing left
  EXPECT_EQ(amounts_problem(100, {cost(101)})->field, "non_technical_costs");
}

TEST(MarketAmounts, HugeCostsCannotOverflowTheSum) {
  std::vector<NonTechnicalCost> many(kMaxNonTechnicalCosts, cost(kMaxAmountFen));
  EXPECT_EQ(amounts_problem(kMaxAmountFen, many)->field, "non_technical_costs");
  many.push_back(cost(1));
  EXPECT_EQ(amounts_problem(kMaxAmountFen, many)->field, "non_technical_costs");
}

TEST(MarketAmounts, CostKindsRoundTripAndCarriersAreNotAKind) {
  for (auto k : {CostKind::Equipment, CostKind::Instrument, CostKind::Parts, CostKind::RawMaterial,
                 CostKind::OtherNonTechnical})
    EXPECT_EQ(parse_cost_kind(cost_kind_code(k)), k);
  EXPECT_FALSE(parse_cost_kind("carrier"));  // technical carriers are not deductible
}

TEST(MarketAmounts, FenToYuanIsExact) {
  EXPECT_EQ(fen_to_yuan(0), "0.00");
  EXPECT_EQ(fen_to_yuan(5), "0.05");
  EXPECT_EQ(fen_to_yuan(123456), "1234.56");
  EXPECT_EQ(fen_to_yuan(-101), "-1.01");
  EXPECT_EQ(fen_to_yuan(kMaxAmountFen), "1000000000000.00");
}

}  // namespace
}  // namespace kc::market
