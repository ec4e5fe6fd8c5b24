#include "modules/market/domain/amount_text.hpp"

#include <gtest/gtest.h>

namespace kc::market {
namespace {

TEST(MarketAmountText, YuanAreGroupedByThousandsWithExactCents) {
  EXPECT_EQ(grouped_yuan(123456789), "1,234,567.89");
  EXPECT_EQ(grouped_yuan(100000000), "1,000,000.00");
  EXPECT_EQ(grouped_yuan(99999), "999.99");
  EXPECT_EQ(grouped_yuan(5), "0.05");
  EXPECT_EQ(grouped_yuan(-123456), "-1,234.56");
}

TEST(MarketAmountText, WanYuanAreExactToTheFen) {
  EXPECT_EQ(wan_yuan(123456789), "123.456789");
  EXPECT_EQ(wan_yuan(500000000), "500.00");
  EXPECT_EQ(wan_yuan(1), "0.000001");
  EXPECT_EQ(wan_yuan(12340000), "12.34");
  EXPECT_EQ(wan_yuan(kMaxAmountFen), "100000000.00");
}

TEST(MarketAmountText, CertificateTextShowsBoth) {
  EXPECT_EQ(amount_text(1234567800), "12,345,678.00 元（1234.5678 万元）");
}

}  // namespace
}  // namespace kc::market
