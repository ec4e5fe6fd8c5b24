// The reader must never crash or produce an inexact span, whatever text it is given.
#include <gtest/gtest.h>

#include <random>

#include "modules/targets/extract/extractor.hpp"
#include "modules/targets/extract/test_support.hpp"

namespace kc::targets {
namespace {

// Pieces that exercise every pattern, glued at random: brackets left open, numbers cut in half,
// labels without units, quotes never closed.
constexpr const char* kPieces[] = {
    "2019年", "到2020年年底", "新增", "高新技术企业", "15", "家", "以上", "、", "，", "。", "（", "）", "(", ")",
    "牵头单位：", "市科技局", "责任单位：", "配合", "“", "”", "《", "》", "\n", "  ", "二十", "两", "万元", "奖励",
    "5—10", "%", "左右", "各", "分别", "每个县（区）", "：", "〔2019〕", "号", "一、", "(一)", "1.", "——", "\xEF\xBC\x90",
    "达到", "总数", "由", "第", "百分之", "十三五", "1,000", ".", "-", "至"};

TEST(Robustness, RandomConcatenationsOfPatternPieces) {
  std::mt19937 rng(20261122);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> length(0, 60);
  for (int round = 0; round < 300; ++round) {
    std::string input;
    for (int k = length(rng); k > 0; --k) input += kPieces[pick(rng)];
    auto r = extract_from_text(input);
    for (const auto& t : r.targets) ASSERT_TRUE(testing::span_is_exact(input, t.span)) << input;
    for (const auto& x : r.responsibilities) ASSERT_TRUE(testing::span_is_exact(input, x.span)) << input;
    for (const auto& s : r.standards) ASSERT_TRUE(testing::span_is_exact(input, s.span)) << input;
  }
}

TEST(Robustness, EmptyAndWhitespaceOnly) {
  auto r = extract_from_text("");
  EXPECT_TRUE(r.targets.empty());
  EXPECT_TRUE(r.document.number.empty());
  r = extract_from_text(" \n\t\xE3\x80\x80\n");
  EXPECT_TRUE(r.targets.empty());
}

}  // namespace
}  // namespace kc::targets
