#include "modules/targets/extract/standards.hpp"

#include <gtest/gtest.h>

#include "modules/targets/extract/targets.hpp"
#include "modules/targets/extract/test_support.hpp"

namespace kc::targets {
namespace {

struct Read {
  std::vector<Standard> standards;
  std::vector<Target> targets;
};

Read read(const std::string& input) {
  auto src = decode_source(input);
  auto t = normalize(src);
  Read r{extract_standards(t), extract_targets(t, 2021)};
  for (const auto& s : r.standards) EXPECT_TRUE(testing::span_is_exact(input, s.span)) << s.span.text;
  return r;
}

TEST(Standards, RewardForAnEventIsAStandardNotATarget) {
  auto r = read("对新认定的国家高新技术企业，给予一次性奖励30万元。");
  ASSERT_EQ(r.standards.size(), 1u);
  EXPECT_TRUE(r.targets.empty());
  const auto& s = r.standards[0];
  EXPECT_EQ(s.amount, 30);
  EXPECT_EQ(s.unit, "万元");
  EXPECT_EQ(s.kind, "奖励");
  EXPECT_EQ(s.purpose, "新认定的国家高新技术企业");
  EXPECT_EQ(s.comparator, Comparator::Exactly);
}

TEST(Standards, PerUnitSubsidyAndCeiling) {
  auto r = read("对入库的科技型中小企业每家补助3万元；按研发费用的10%给予补助，最高不超过50万元。");
  ASSERT_EQ(r.standards.size(), 3u);
  EXPECT_EQ(r.standards[0].per, "每家");
  EXPECT_EQ(r.standards[0].amount, 3);
  EXPECT_EQ(r.standards[1].unit, "%");
  EXPECT_EQ(r.standards[2].amount, 50);
  EXPECT_EQ(r.standards[2].comparator, Comparator::AtMost);
  EXPECT_TRUE(r.targets.empty());
}

TEST(Standards, MoneyToWinIsATarget) {
  auto r = read("力争新建省级中试基地1家，争取省财政支持资金1000万元以上。");
  EXPECT_TRUE(r.standards.empty());
  ASSERT_EQ(r.targets.size(), 2u);
  EXPECT_EQ(r.targets[1].value, 1000);
}

TEST(Standards, MoneyTargetsStayTargets) {
  auto r = read("到2021年底，全社会研发投入达到15亿元，技术合同成交额达到1.3亿元左右。");
  EXPECT_TRUE(r.standards.empty());
  ASSERT_EQ(r.targets.size(), 2u);
  EXPECT_EQ(r.targets[0].unit, "亿元");
}

}  // namespace
}  // namespace kc::targets
