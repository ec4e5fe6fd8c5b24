#include "modules/registry/domain/csv.hpp"

#include <gtest/gtest.h>

namespace kc::registry {
namespace {

TEST(Csv, PlainAndQuotedFields) {
  auto t = CsvTable::parse("code,name,note\n51,批发业,\"含逗号,与\"\"引号\"\"\"\n52,零售业,\n", "t.csv");
  ASSERT_EQ(t.records().size(), 2u);
  EXPECT_EQ(t.records()[0][2], "含逗号,与\"引号\"");
  EXPECT_EQ(t.records()[1][1], "零售业");
  EXPECT_EQ(t.records()[1][2], "");
  EXPECT_EQ(t.column("note"), 2u);
}

TEST(Csv, CrLfLineEndsNewlinesInQuotesAndNoFinalNewline) {
  auto t = CsvTable::parse("\xEF\xBB\xBF" "a,b\r\n1,\"x\ny\"\r\n2,z", "t.csv");
  ASSERT_EQ(t.records().size(), 2u);
  EXPECT_EQ(t.records()[0][1], "x\ny");
  EXPECT_EQ(t.records()[1][1], "z");
  EXPECT_EQ(t.column("a"), 0u);  // the byte order mark is not part of the first column's name
}

TEST(Csv, MalformedInputNamesTheLine) {
  EXPECT_THROW(CsvTable::parse("", "t.csv"), std::runtime_error);
  try {
    CsvTable::parse("a,b\n1,2\n3\n", "t.csv");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "t.csv line 3: 1 fields, header has 2");
  }
  EXPECT_THROW(CsvTable::parse("a,b\n1,\"open\n", "t.csv"), std::runtime_error);
  EXPECT_THROW(CsvTable::parse("a,b\n1,\"x\"y\n", "t.csv"), std::runtime_error);
  EXPECT_THROW(CsvTable::parse("a,b\n1,x\"y\n", "t.csv"), std::runtime_error);
  EXPECT_THROW(CsvTable::parse("a\n1\n", "t.csv").column("b"), std::runtime_error);
}

}  // namespace
}  // namespace kc::registry
