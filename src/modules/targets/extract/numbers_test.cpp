#include "modules/targets/extract/numbers.hpp"

#include <gtest/gtest.h>

#include "modules/targets/extract/text_util.hpp"

namespace kc::targets {
namespace {

Quantity quantity(std::u32string_view s) {
  auto q = parse_quantity_at(s, 0);
  EXPECT_TRUE(q.has_value()) << to_utf8(s);
  return q.value_or(Quantity{});
}

TEST(Numbers, ArabicWithUnitAndSuffixComparator) {
  auto q = quantity(U"20家以上");
  EXPECT_EQ(q.value, 20);
  EXPECT_EQ(to_utf8(q.unit), "家");
  EXPECT_EQ(q.suffix_comparator, Comparator::AtLeast);
  EXPECT_EQ(quantity(U"1.25%").value, 1.25);
  EXPECT_EQ(quantity(U"9%左右").suffix_comparator, Comparator::About);
  EXPECT_EQ(quantity(U"3家以内").suffix_comparator, Comparator::AtMost);
  EXPECT_FALSE(quantity(U"30家").suffix_comparator.has_value());
}

TEST(Numbers, ChineseNumerals) {
  EXPECT_EQ(quantity(U"二十家").value, 20);
  EXPECT_EQ(quantity(U"两个").value, 2);
  EXPECT_EQ(quantity(U"一百五十名").value, 150);
  EXPECT_EQ(quantity(U"十二项").value, 12);
  EXPECT_FALSE(parse_quantity_at(U"一批", 0).has_value());  // 批 is not a unit
  EXPECT_TRUE(quantity(U"一家").chinese_one);
}

TEST(Numbers, MoneyKeepsItsMultiplierCountsAreScaled) {
  auto money = quantity(U"十万元");
  EXPECT_EQ(money.value, 10);
  EXPECT_EQ(to_utf8(money.unit), "万元");
  EXPECT_EQ(quantity(U"1.3亿元左右").value, 1.3);
  auto count = quantity(U"1.6万家");
  EXPECT_EQ(count.value, 16000);
  EXPECT_EQ(to_utf8(count.unit), "家");
}

TEST(Numbers, TrillionYuan) {
  auto q = quantity(U"3.6万亿元");
  EXPECT_EQ(q.value, 3.6);
  EXPECT_EQ(to_utf8(q.unit), "万亿元");
}

TEST(Numbers, BareMagnitudes) {
  auto q = quantity(U"五千亿规模");
  EXPECT_EQ(q.value, 5000);
  EXPECT_EQ(to_utf8(q.unit), "亿");
  EXPECT_EQ(quantity(U"5亿的").value, 5);
  EXPECT_FALSE(parse_quantity_at(U"五百亿级产业集群", 0).has_value());
  EXPECT_FALSE(parse_quantity_at(U"100亿级", 0).has_value());
}

TEST(Numbers, RangesPercentWordsAndApproximations) {
  auto range = quantity(U"5-10家");
  EXPECT_EQ(range.value, 5);
  EXPECT_EQ(range.value_max, 10);
  EXPECT_EQ(range.suffix_comparator, Comparator::Between);
  EXPECT_EQ(quantity(U"5至10个").value_max, 10);
  EXPECT_EQ(quantity(U"10%-15%").value_max, 15);
  auto pct = quantity(U"百分之十五");
  EXPECT_EQ(pct.value, 15);
  EXPECT_EQ(to_utf8(pct.unit), "%");
  EXPECT_EQ(quantity(U"100余家").suffix_comparator, Comparator::AtLeast);
  EXPECT_EQ(to_utf8(quantity(U"3个百分点").unit), "个百分点");
}

TEST(Numbers, PrefixComparatorTakesTheLongestWord) {
  std::u32string s = U"不低于10";
  EXPECT_EQ(prefix_comparator(s, 3), Comparator::AtLeast);
  s = U"不超过10";
  EXPECT_EQ(prefix_comparator(s, 3), Comparator::AtMost);
  s = U"超过10";
  EXPECT_EQ(prefix_comparator(s, 2), Comparator::AtLeast);
  s = U"约10";
  EXPECT_EQ(prefix_comparator(s, 1), Comparator::About);
  s = U"达到10";
  EXPECT_FALSE(prefix_comparator(s, 2).has_value());
}

TEST(Numbers, FindSkipsNamesDatesCodesAndOrdinals) {
  std::u32string s = U"坚持“两条途径”一起抓,党的十九大,2019年8月25日,平科〔2019〕48号,S0001,第3名,世界500强,新增企业5家";
  auto found = find_quantities(s, {0, s.size()});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, 5);
}

}  // namespace
}  // namespace kc::targets
