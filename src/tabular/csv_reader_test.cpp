#include "tabular/csv_reader.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "tabular/text_encoding.hpp"

namespace kc::tabular {
namespace {

std::vector<std::string> texts(const SheetRow& row) {
  std::vector<std::string> out;
  for (const auto& c : row.cells) out.push_back(c.text);
  return out;
}

TEST(CsvReader, QuotedFieldsDoubledQuotesAndLineBreaksInQuotes) {
  auto sheet = read_csv("name,note\r\n\"甲公司, 有限\",\"他说\"\"好\"\"\"\r\n\"第一行\n第二行\",x\n乙,\n", {});
  ASSERT_EQ(sheet.rows.size(), 4u);
  EXPECT_EQ(texts(sheet.rows[1]), (std::vector<std::string>{"甲公司, 有限", "他说\"好\""}));
  EXPECT_EQ(texts(sheet.rows[2]), (std::vector<std::string>{"第一行\n第二行", "x"}));
  EXPECT_EQ(sheet.rows[2].line, 3);
  EXPECT_EQ(sheet.rows[3].line, 5);  // the record after a quoted line break keeps its own line number
  EXPECT_EQ(texts(sheet.rows[3]), (std::vector<std::string>{"乙", ""}));
}

TEST(CsvReader, BlankLinesAreSkippedButCounted) {
  auto sheet = read_csv("a\n\n,\nb", {});
  ASSERT_EQ(sheet.rows.size(), 2u);
  EXPECT_EQ(sheet.rows[1].line, 4);
  EXPECT_EQ(sheet.rows[1].cells[0].text, "b");
}

TEST(CsvReader, Utf8ByteOrderMarkIsDropped) {
  auto sheet = read_csv("\xEF\xBB\xBF单位名称\n甲", {});
  EXPECT_EQ(sheet.rows[0].cells[0].text, "单位名称");
}

TEST(CsvReader, GbkFilesFromExcelAreConverted) {
  // "单位名称,地址\n甲公司,宝丰县\n" as Excel in China saves it (GBK).
  std::string gbk = "\xB5\xA5\xCE\xBB\xC3\xFB\xB3\xC6,\xB5\xD8\xD6\xB7\n\xBC\xD7\xB9\xAB\xCB\xBE,\xB1\xA6\xB7\xE1\xCF\xD8\n";
  auto sheet = read_csv(gbk, {});
  ASSERT_EQ(sheet.rows.size(), 2u);
  EXPECT_EQ(texts(sheet.rows[0]), (std::vector<std::string>{"单位名称", "地址"}));
  EXPECT_EQ(texts(sheet.rows[1]), (std::vector<std::string>{"甲公司", "宝丰县"}));
}

TEST(CsvReader, TextThatIsNeitherUtf8NorGb18030IsRefused) {
  EXPECT_THROW(to_utf8_text("\x81\x20"), ApiError);  // a GB18030 lead byte without a valid trail byte
  EXPECT_THROW(to_utf8_text("\xFF\xFE" "a"), ApiError);  // UTF-16
}

void expect_file_error(std::string_view csv, const Limits& limits, std::string_view fragment) {
  try {
    read_csv(csv, limits);
    FAIL() << "accepted: " << csv;
  } catch (const ApiError& e) {
    EXPECT_EQ(e.field(), "file");
    EXPECT_NE(e.detail().find(fragment), std::string::npos) << e.detail();
  }
}

TEST(CsvReader, MalformedQuotesAndLimitsNameTheLine) {
  expect_file_error("a\n\"open,b\nc", {}, "第2行");
  expect_file_error("a\nb\"c,d", {}, "第2行");
  expect_file_error("a\n\"x\"y,z", {}, "第2行");
  expect_file_error("h\n1\n2\n3\n", {.max_rows = 2}, "超过 2 行");
  expect_file_error("h\n一二三\n", {.max_cell_chars = 2}, "第2行");
  EXPECT_EQ(read_csv("h\n1\n2\n", {.max_rows = 2}).rows.size(), 3u);
  EXPECT_EQ(read_csv("h\n一二\n", {.max_cell_chars = 2}).rows.size(), 2u);
}

}  // namespace
}  // namespace kc::tabular
