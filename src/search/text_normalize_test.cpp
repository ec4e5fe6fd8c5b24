#include "search/text_normalize.hpp"

#include <gtest/gtest.h>

namespace kc::search {

TEST(TextNormalize, FullWidthBecomesHalfWidthAndLowerCase) {
  EXPECT_EQ(normalize_text("ＡＢＣ１２３，Ｈｅｌｌｏ"), "abc123,hello");
  EXPECT_EQ(normalize_text("５Ｇ芯片\u3000研发"), "5g芯片 研发");
}

TEST(TextNormalize, ChineseTextIsUnchanged) {
  EXPECT_EQ(normalize_text("平顶山神马帘子布"), "平顶山神马帘子布");
}

TEST(TextNormalize, InvalidBytesBecomeReplacementCharacters) {
  const std::string bad = std::string("a\xFF") + "\xE4\xB8" + "b";  // stray byte, truncated 3-byte char
  const auto chars = decode_utf8(bad);
  ASSERT_EQ(chars.size(), 5u);
  EXPECT_EQ(chars[1].code, kReplacementChar);
  EXPECT_EQ(chars[2].code, kReplacementChar);
  EXPECT_EQ(chars[4].code, U'b');
  EXPECT_EQ(decode_utf8("\xC0\x80").front().code, kReplacementChar);  // overlong NUL
}

TEST(TextNormalize, ClassifiesHanAndAscii) {
  EXPECT_TRUE(is_han(U'芯'));
  EXPECT_TRUE(is_han(0x20000));
  EXPECT_FALSE(is_han(U'，'));
  EXPECT_FALSE(is_han(U'a'));
  EXPECT_TRUE(is_ascii_alnum(U'7'));
  EXPECT_FALSE(is_ascii_alnum(U'-'));
}

TEST(TextNormalize, EncodeDecodeRoundTrip) {
  const std::u32string codes = {U'a', U'é', U'芯', 0x20000};
  std::string encoded;
  for (char32_t c : codes) append_utf8(encoded, c);
  std::u32string decoded;
  for (const auto& c : decode_utf8(encoded)) decoded.push_back(c.code);
  EXPECT_EQ(decoded, codes);
}

}  // namespace kc::search
