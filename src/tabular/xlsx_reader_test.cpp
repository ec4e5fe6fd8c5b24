// Workbooks are built with libxlsxwriter, the library the product exports with, in both of its string modes:
// shared strings (the default) and inline strings (constant_memory).
#include "tabular/xlsx_reader.hpp"

#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "core/errors.hpp"
#include "tabular/excel_date.hpp"

namespace kc::tabular {
namespace {

std::string make_xlsx(const std::function<void(lxw_workbook*, lxw_worksheet*)>& fill, bool constant_memory = false) {
  auto path = std::filesystem::temp_directory_path() /
              ("kc-xlsx-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".xlsx");
  lxw_workbook_options options{};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  lxw_worksheet* ws = workbook_add_worksheet(wb, "数据");
  fill(wb, ws);
  EXPECT_EQ(workbook_close(wb), LXW_NO_ERROR);
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::filesystem::remove(path);
  return bytes.str();
}

TEST(XlsxReader, ColumnReferences) {
  EXPECT_EQ(column_index("A1"), 0);
  EXPECT_EQ(column_index("Z9"), 25);
  EXPECT_EQ(column_index("AA10"), 26);
  EXPECT_EQ(column_index("AB3"), 27);
  EXPECT_EQ(column_index("12"), -1);
  EXPECT_EQ(column_letters(0), "A");
  EXPECT_EQ(column_letters(27), "AB");
  EXPECT_EQ(column_letters(column_index("XFD1")), "XFD");
}

void write_sample(lxw_workbook*, lxw_worksheet* ws) {
  worksheet_write_string(ws, 0, 0, "单位名称", nullptr);
  worksheet_write_string(ws, 0, 2, "职工人数", nullptr);  // B1 left empty: columns must not shift
  worksheet_write_string(ws, 1, 0, "平顶山某科技有限公司", nullptr);
  worksheet_write_number(ws, 1, 2, 125, nullptr);
  worksheet_write_boolean(ws, 1, 3, 1, nullptr);
  worksheet_write_number(ws, 3, 1, 12.5, nullptr);  // row 3 blank: skipped, row 4 keeps its number
}

void expect_sample(const Sheet& sheet) {
  ASSERT_EQ(sheet.rows.size(), 3u);
  EXPECT_EQ(sheet.rows[0].line, 1);
  EXPECT_EQ(sheet.rows[0].cells[0].text, "单位名称");
  EXPECT_EQ(sheet.rows[0].cells[1].text, "");
  EXPECT_EQ(sheet.rows[0].cells[2].text, "职工人数");
  EXPECT_FALSE(sheet.rows[0].cells[2].numeric);
  EXPECT_EQ(sheet.rows[1].line, 2);
  EXPECT_EQ(sheet.rows[1].cells[2].text, "125");
  EXPECT_TRUE(sheet.rows[1].cells[2].numeric);
  EXPECT_EQ(sheet.rows[1].cells[3].text, "TRUE");
  EXPECT_EQ(sheet.rows[2].line, 4);
  EXPECT_EQ(sheet.rows[2].cells[1].text, "12.5");
}

TEST(XlsxReader, SharedStringsNumbersBooleansAndGaps) { expect_sample(read_xlsx(make_xlsx(write_sample), {})); }

TEST(XlsxReader, InlineStringsOfConstantMemoryWorkbooks) {
  expect_sample(read_xlsx(make_xlsx(write_sample, true), {}));
}

TEST(XlsxReader, RichTextRunsAreConcatenated) {
  auto bytes = make_xlsx([](lxw_workbook* wb, lxw_worksheet* ws) {
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_rich_string_tuple a{bold, const_cast<char*>("河南")}, b{nullptr, const_cast<char*>("某某")},
        c{bold, const_cast<char*>("有限公司")};
    lxw_rich_string_tuple* runs[] = {&a, &b, &c, nullptr};
    worksheet_write_rich_string(ws, 0, 0, runs, nullptr);
  });
  auto sheet = read_xlsx(bytes, {});
  ASSERT_EQ(sheet.rows.size(), 1u);
  EXPECT_EQ(sheet.rows[0].cells[0].text, "河南某某有限公司");
}

TEST(XlsxReader, DateCellsAreSerialNumbers) {
  auto bytes = make_xlsx([](lxw_workbook* wb, lxw_worksheet* ws) {
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_datetime d{2024, 1, 1, 0, 0, 0};
    worksheet_write_datetime(ws, 0, 0, &d, date);
  });
  auto sheet = read_xlsx(bytes, {});
  ASSERT_EQ(sheet.rows.size(), 1u);
  EXPECT_TRUE(sheet.rows[0].cells[0].numeric);
  EXPECT_EQ(excel_serial_to_iso_date(sheet.rows[0].cells[0].text, false), "2024-01-01");
}

TEST(XlsxReader, RowAndCellLimitsAreErrorsForTheFile) {
  auto bytes = make_xlsx([](lxw_workbook*, lxw_worksheet* ws) {
    for (int r = 0; r < 5; ++r) worksheet_write_string(ws, r, 0, "甲乙丙", nullptr);
  });
  Limits rows{.max_rows = 3};
  EXPECT_THROW(read_xlsx(bytes, rows), ApiError);
  Limits four_rows{.max_rows = 4};
  EXPECT_EQ(read_xlsx(bytes, four_rows).rows.size(), 5u);  // header + 4 data rows
  Limits cells{.max_cell_chars = 2};
  try {
    read_xlsx(bytes, cells);
    FAIL() << "a 3-character cell passed a 2-character limit";
  } catch (const ApiError& e) {
    EXPECT_EQ(e.field(), "file");
    EXPECT_NE(e.detail().find("A1"), std::string::npos) << e.detail();
  }
  Limits bytes_limit{.max_bytes = 100};
  try {
    read_xlsx(bytes, bytes_limit);
    FAIL();
  } catch (const ApiError& e) {
    EXPECT_EQ(e.err(), Err::FileTooLarge);
  }
}

TEST(XlsxReader, DamagedFilesAreFieldErrors) {
  for (std::string bytes : {std::string("PK\x03\x04 not really a zip"), std::string("hello")}) {
    try {
      read_xlsx(bytes, {});
      FAIL();
    } catch (const ApiError& e) {
      EXPECT_EQ(e.err(), Err::FieldInvalid);
      EXPECT_EQ(e.field(), "file");
    }
  }
}

TEST(ExcelDate, The1900LeapYearBugAndThe1904System) {
  EXPECT_EQ(excel_serial_to_iso_date("1", false), "1900-01-01");
  EXPECT_EQ(excel_serial_to_iso_date("59", false), "1900-02-28");
  EXPECT_EQ(excel_serial_to_iso_date("60", false), std::nullopt);  // 1900-02-29 never existed
  EXPECT_EQ(excel_serial_to_iso_date("61", false), "1900-03-01");
  EXPECT_EQ(excel_serial_to_iso_date("45292", false), "2024-01-01");
  EXPECT_EQ(excel_serial_to_iso_date("45351.75", false), "2024-02-29");
  EXPECT_EQ(excel_serial_to_iso_date("0", true), "1904-01-01");
  EXPECT_EQ(excel_serial_to_iso_date("43830", true), "2024-01-01");
  EXPECT_EQ(excel_serial_to_iso_date("abc", false), std::nullopt);
  EXPECT_EQ(excel_serial_to_iso_date("-3", false), std::nullopt);
}

}  // namespace
}  // namespace kc::tabular
