#include <gtest/gtest.h>

#include "modules/targets/ledger/domain/text_codec.hpp"

namespace kc::targets::ledger {
namespace {

TEST(LedgerTextCodec, SlicesByCodePoints) {
  std::string s = "新增高企20家。";
  EXPECT_EQ(code_point_slice(s, 2, 7), "高企20家");
  EXPECT_EQ(code_point_slice(s, 0, 8), s);
  EXPECT_FALSE(code_point_slice(s, 0, 9));
  EXPECT_FALSE(code_point_slice(s, 3, 3));
  EXPECT_FALSE(code_point_slice(s, 4, 2));
}

TEST(LedgerTextCodec, DecodesBase64) {
  EXPECT_EQ(base64_decode("5paw5aKe"), "新增");
  EXPECT_EQ(base64_decode("YQ=="), "a");
  EXPECT_EQ(base64_decode("YWI"), "ab");
  EXPECT_FALSE(base64_decode("YQ==YQ"));
  EXPECT_FALSE(base64_decode("a*b"));
}

}  // namespace
}  // namespace kc::targets::ledger
