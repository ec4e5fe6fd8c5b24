#include "tabular/records.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"

namespace kc::tabular {
namespace {

const std::vector<FieldSpec> kFields{
    {.key = "name", .label = "单位名称", .kind = FieldKind::Text, .required = true},
    {.key = "employees", .label = "职工人数", .kind = FieldKind::Integer},
    {.key = "budget_fen", .label = "预算（元）", .kind = FieldKind::Yuan},
    {.key = "founded_on", .label = "成立日期", .kind = FieldKind::Date},
};

Sheet sheet_of(std::vector<std::vector<Cell>> rows) {
  Sheet s;
  std::int64_t line = 0;
  for (auto& cells : rows) s.rows.push_back({++line, std::move(cells)});
  return s;
}

TEST(Records, HeadersByChineseLabelOrKeyWithRequiredMarks) {
  EXPECT_EQ(field_for_header("单位名称*", kFields)->key, "name");
  EXPECT_EQ(field_for_header(" 单位名称（必填） ", kFields)->key, "name");
  EXPECT_EQ(field_for_header("employees", kFields)->key, "employees");
  EXPECT_EQ(field_for_header("名称", kFields), nullptr);
}

TEST(Records, CellsAreConvertedByTheFieldKind) {
  auto parsed = records_from_sheet(sheet_of({{{"单位名称"}, {"职工人数"}, {"预算（元）"}, {"成立日期"}},
                                             {{" 甲公司 "}, {"125", true}, {"1,234.5"}, {"45292", true}},
                                             {{"乙公司"}, {""}, {"1.5E3", true}, {"2019/3/1"}}}),
                                     kFields);
  ASSERT_TRUE(parsed.errors.empty());
  ASSERT_EQ(parsed.records.size(), 2u);
  const auto& a = parsed.records[0];
  EXPECT_EQ(a.line, 2);
  EXPECT_EQ(a.fields.at("name").as_string(), "甲公司");
  EXPECT_EQ(a.fields.at("employees").as_int64(), 125);
  EXPECT_EQ(a.fields.at("budget_fen").as_int64(), 123450);
  EXPECT_EQ(a.fields.at("founded_on").as_string(), "2024-01-01");
  const auto& b = parsed.records[1];
  EXPECT_FALSE(b.fields.contains("employees"));  // blank cells are absent
  EXPECT_EQ(b.fields.at("budget_fen").as_int64(), 150000);
  EXPECT_EQ(b.fields.at("founded_on").as_string(), "2019-03-01");
}

TEST(Records, BadCellsAreRowErrorsWithLineAndField) {
  auto parsed = records_from_sheet(sheet_of({{{"单位名称"}, {"职工人数"}, {"预算（元）"}},
                                             {{"甲"}, {"十二"}, {"1"}},
                                             {{"乙"}, {"3"}, {"0.001"}},
                                             {{"丙"}, {"4"}, {"5"}, {"多出的列"}}}),
                                     kFields);
  ASSERT_EQ(parsed.records.size(), 0u);
  ASSERT_EQ(parsed.errors.size(), 3u);
  EXPECT_EQ(parsed.errors[0].line, 2);
  EXPECT_EQ(parsed.errors[0].field, "employees");
  EXPECT_EQ(parsed.errors[1].line, 3);
  EXPECT_EQ(parsed.errors[1].field, "budget_fen");
  EXPECT_EQ(parsed.errors[2].line, 4);
  EXPECT_EQ(parsed.errors[2].code, "FIELD_UNKNOWN");
}

TEST(Records, AnUnknownOrRepeatedHeaderRejectsTheFile) {
  EXPECT_THROW(records_from_sheet(sheet_of({{{"单位名称"}, {"未知列"}}}), kFields), ApiError);
  EXPECT_THROW(records_from_sheet(sheet_of({{{"单位名称"}, {"name"}}}), kFields), ApiError);
  EXPECT_THROW(records_from_sheet(Sheet{}, kFields), ApiError);
}

TEST(Records, YuanAreExactFen) {
  EXPECT_EQ(yuan_to_fen("0.1"), 10);
  EXPECT_EQ(yuan_to_fen("19.99"), 1999);
  EXPECT_EQ(yuan_to_fen("1.10"), 110);
  EXPECT_EQ(yuan_to_fen("1.105"), std::nullopt);
  EXPECT_EQ(yuan_to_fen("1.100"), 110);
  EXPECT_EQ(yuan_to_fen("2.5E-1"), 25);
  EXPECT_EQ(yuan_to_fen("-3"), -300);
  EXPECT_EQ(yuan_to_fen("1e30"), std::nullopt);
  EXPECT_EQ(yuan_to_fen(""), std::nullopt);
  EXPECT_EQ(yuan_to_fen("12元"), std::nullopt);
}

TEST(JsonLines, LineNumbersKeptBlankLinesSkippedBadLinesReported) {
  auto parsed = read_json_lines("{\"title\":\"甲\"}\n\n  \nnot json\n[1]\r\n{\"title\":\"乙\",\"n\":2}\n", {});
  ASSERT_EQ(parsed.records.size(), 2u);
  EXPECT_EQ(parsed.records[0].line, 1);
  EXPECT_EQ(parsed.records[1].line, 6);
  EXPECT_EQ(parsed.records[1].fields.at("n").as_int64(), 2);
  ASSERT_EQ(parsed.errors.size(), 2u);
  EXPECT_EQ(parsed.errors[0].line, 4);
  EXPECT_EQ(parsed.errors[0].code, "JSON_INVALID");
  EXPECT_EQ(parsed.errors[1].line, 5);
  EXPECT_EQ(parsed.errors[1].code, "JSON_NOT_OBJECT");
  EXPECT_THROW(read_json_lines("{}\n{}\n{}\n", {.max_rows = 2}), ApiError);
}

TEST(Formats, DetectedByContentThenExtension) {
  EXPECT_EQ(detect_format("a.csv", "PK\x03\x04rest"), Format::Xlsx);
  EXPECT_EQ(detect_format("data.JSONL", "x"), Format::JsonLines);
  EXPECT_EQ(detect_format("", "\n {\"a\":1}"), Format::JsonLines);
  EXPECT_EQ(detect_format("a.txt", "{"), Format::Csv);
  EXPECT_EQ(detect_format("", "单位名称,地址"), Format::Csv);
  EXPECT_THROW(detect_format("old.xls", "\xD0\xCF\x11\xE0"), ApiError);
  EXPECT_THROW(detect_format("x.xlsx", "not a zip"), ApiError);
}

}  // namespace
}  // namespace kc::tabular
