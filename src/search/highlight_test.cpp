#include "search/highlight.hpp"

#include <gtest/gtest.h>

namespace kc::search {

using Tokens = std::vector<std::string>;

TEST(Highlight, MarksTokensAndEscapesHtml) {
  EXPECT_EQ(highlight_html("互连<芯片>", Tokens{"芯片"}), "互连&lt;<mark>芯片</mark>&gt;");
}

TEST(Highlight, MatchesNormalisedFormsButKeepsTheOriginal) {
  EXPECT_EQ(highlight_html("ＡＩ芯片", Tokens{"ai"}, "[", "]"), "[ＡＩ]芯片");
}

TEST(Highlight, OverlappingTokensMergeIntoOneSpan) {
  EXPECT_EQ(highlight_html("平顶山市", Tokens{"平顶", "平顶山"}, "[", "]"), "[平顶山]市");
  EXPECT_EQ(highlight_html("无匹配", Tokens{"芯片", ""}, "[", "]"), "无匹配");
}

}  // namespace kc::search
