#include "core/errors.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace kc {

TEST(ErrorCatalogue, CodesAndNumbersAreUnique) {
  std::set<int> numbers;
  std::set<std::string> codes;
  for (int i = 0; i <= static_cast<int>(Err::Unavailable); ++i) {
    const auto& info = error_info(static_cast<Err>(i));
    EXPECT_TRUE(numbers.insert(info.number).second) << info.code;
    EXPECT_TRUE(codes.insert(std::string(info.code)).second) << info.code;
    EXPECT_GE(info.http_status, 400);
    EXPECT_FALSE(info.message_zh.empty());
  }
}

TEST(ErrorCatalogue, MessageCarriesDetail) {
  ApiError e(Err::FieldUnknown, "foo", "foo");
  EXPECT_EQ(e.message_zh(), "未知字段：foo");
  EXPECT_EQ(e.info().http_status, 400);
  EXPECT_EQ(e.field(), "foo");
}

}  // namespace kc
