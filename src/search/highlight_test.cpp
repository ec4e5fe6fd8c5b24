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

TEST(Snippet, WindowAroundTheFirstMatchWithEllipses) {
  // 20 characters of filler, the term, 20 more: a window of 10 keeps 2 characters before the match.
  std::string filler(20 * 3, '\0');
  for (size_t i = 0; i < 20; ++i) filler.replace(i * 3, 3, "一");
  std::string text = filler + "水泵" + filler;
  EXPECT_EQ(snippet_html(text, Tokens{"泵"}, 10, "[", "]"), "…一水[泵]一一一一一一一…");
}

TEST(Snippet, ShortTextOrNoMatchShowsTheStartEscaped) {
  EXPECT_EQ(snippet_html("a<b>泵", Tokens{"泵"}, 80, "[", "]"), "a&lt;b&gt;[泵]");
  EXPECT_EQ(snippet_html("一二三四五六", Tokens{"芯片"}, 4, "[", "]"), "一二三四…");
}

TEST(Snippet, MatchNearTheEndStillFillsTheWindow) {
  EXPECT_EQ(snippet_html("一二三四五六泵", Tokens{"泵"}, 4, "[", "]"), "…四五六[泵]");
}

}  // namespace kc::search
