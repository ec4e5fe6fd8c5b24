#include "api/list_export.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "core/errors.hpp"

namespace kc::api {
namespace {

namespace json = boost::json;

json::object item(const char* text) { return json::parse(text).as_object(); }

TEST(ExportColumns, DotPathsReachNestedValuesAndMissingStepsAreEmpty) {
  auto it = item(R"({"seller":{"name":"甲公司","region":{"code":"410421"}},"status_name":"已登记"})");
  EXPECT_EQ(format_cell(value_at(it, "seller.name"), CellFormat::Text), "甲公司");
  EXPECT_EQ(format_cell(value_at(it, "seller.region.code"), CellFormat::Text), "410421");
  EXPECT_EQ(format_cell(value_at(it, "status_name"), CellFormat::Text), "已登记");
  EXPECT_TRUE(value_at(it, "buyer.name").is_null());
  EXPECT_TRUE(value_at(it, "status_name.more").is_null());  // a string has no fields
}

TEST(ExportColumns, MoneyIsFenShownAsYuanExactly) {
  auto it = item(R"({"a":123456,"b":5,"c":-1999,"d":0,"e":900719925474099312,"f":null})");
  EXPECT_EQ(format_cell(value_at(it, "a"), CellFormat::Money), "1234.56");
  EXPECT_EQ(format_cell(value_at(it, "b"), CellFormat::Money), "0.05");
  EXPECT_EQ(format_cell(value_at(it, "c"), CellFormat::Money), "-19.99");
  EXPECT_EQ(format_cell(value_at(it, "d"), CellFormat::Money), "0.00");
  // Beyond 2^53: a double would round, integer arithmetic does not.
  EXPECT_EQ(format_cell(value_at(it, "e"), CellFormat::Money), "9007199254740993.12");
  EXPECT_EQ(format_cell(value_at(it, "f"), CellFormat::Money), "");
}

TEST(ExportColumns, TimesAreBeijingMinutes) {
  auto it = item(R"({"iso":"2026-11-22T16:30:59Z","ms":1763740800000,"day":"not a time"})");
  EXPECT_EQ(format_cell(value_at(it, "iso"), CellFormat::Time), "2026-11-23 00:30");  // crosses midnight
  EXPECT_EQ(format_cell(value_at(it, "ms"), CellFormat::Time), "2025-11-22 00:00");
  EXPECT_EQ(format_cell(value_at(it, "day"), CellFormat::Time), "not a time");
  EXPECT_EQ(beijing_day_compact(1763740800000 - 1), "20251121");
}

TEST(ExportColumns, APathThroughAListTakesTheFieldOfEachElement) {
  auto it = item(R"({"fields":[{"code":"10101","name":"基础软件"},{"code":"60201"},{"code":"80101","name":"新能源"}]})");
  EXPECT_EQ(format_cell(value_at(it, "fields.name"), CellFormat::Text), "基础软件、新能源");
  EXPECT_EQ(format_cell(value_at(it, "fields.code"), CellFormat::Text), "10101、60201、80101");
  EXPECT_EQ(format_cell(value_at(it, "fields.none"), CellFormat::Text), "");
}

TEST(ExportColumns, BoolsArraysAndNumbersReadAsText) {
  auto it = item(R"({"yes":true,"no":false,"tags":["人工智能",null,"新材料"],"n":42})");
  EXPECT_EQ(format_cell(value_at(it, "yes"), CellFormat::Bool), "是");
  EXPECT_EQ(format_cell(value_at(it, "no"), CellFormat::Bool), "否");
  EXPECT_EQ(format_cell(value_at(it, "tags"), CellFormat::Text), "人工智能、新材料");
  EXPECT_EQ(format_cell(value_at(it, "n"), CellFormat::Text), "42");
  std::vector<ExportColumn> cols{{"名称", "tags"}, {"数量", "n"}, {"缺", "none"}};
  EXPECT_EQ(export_headers(cols), (std::vector<std::string>{"名称", "数量", "缺"}));
  EXPECT_EQ(export_row(it, cols), (std::vector<std::string>{"人工智能、新材料", "42", ""}));
}

TEST(ListExport, PagingPairsAreDroppedAndFiltersKept) {
  EXPECT_EQ(query_without_paging("status=approved&page=3&q=%E7%A7%91&page_size=20"), "status=approved&q=%E7%A7%91");
  EXPECT_EQ(query_without_paging("page=1"), "");
  EXPECT_EQ(query_without_paging("pages=2&&page_sizes=3"), "pages=2&page_sizes=3");
}

// A fake list of `count` rows that records the requests it saw.
struct FakeList {
  std::int64_t count;
  bool paged = true;
  std::vector<std::string> queries;

  http::Response operator()(http::Request& req) {
    queries.push_back(req.query_string);
    std::int64_t page = std::stoll(req.query("page")), size = std::stoll(req.query("page_size"));
    json::array items;
    for (std::int64_t i = (page - 1) * size; i < std::min(count, page * size); ++i)
      items.push_back(json::object{{"n", i}, {"filter", req.query("status")}});
    json::object body{{"items", items}};
    if (paged) body["total"] = count;
    return http::Response::json(body);
  }
};

std::vector<std::int64_t> collect(FakeList& list, const std::string& query, std::int64_t max_rows = 1000) {
  http::Request original;
  original.path = "/api/v1/things/export";
  original.query_string = query;
  std::vector<std::int64_t> seen;
  for_each_list_item(
      original, [&](http::Request& r) { return list(r); },
      [&](const json::object& it) {
        EXPECT_EQ(it.at("filter").as_string(), "open");  // every page keeps the caller's filter
        seen.push_back(it.at("n").as_int64());
      },
      max_rows, 3);
  return seen;
}

TEST(ListExport, WalksEveryPageInOrderAndStopsAtTheTotal) {
  FakeList list{7};
  auto seen = collect(list, "status=open&page=9&page_size=1");
  EXPECT_EQ(seen, (std::vector<std::int64_t>{0, 1, 2, 3, 4, 5, 6}));
  EXPECT_EQ(list.queries, (std::vector<std::string>{"status=open&page=1&page_size=3", "status=open&page=2&page_size=3",
                                                    "status=open&page=3&page_size=3"}));
}

TEST(ListExport, AnExactMultipleOfThePageSizeNeedsNoEmptyExtraPage) {
  FakeList list{6};
  EXPECT_EQ(collect(list, "status=open").size(), 6u);
  EXPECT_EQ(list.queries.size(), 2u);
}

TEST(ListExport, AnUnpagedListIsReadOnce) {
  FakeList list{5, false};
  // The fake pages anyway, so a second call would show up as more rows.
  EXPECT_EQ(collect(list, "status=open").size(), 3u);
  EXPECT_EQ(list.queries.size(), 1u);
}

TEST(ListExport, MoreRowsThanTheCapAreRefusedNamingTheLimit) {
  FakeList list{11};
  try {
    collect(list, "status=open", 10);
    FAIL() << "expected the cap";
  } catch (const ApiError& e) {
    EXPECT_EQ(e.err(), Err::BadRequest);
    EXPECT_NE(e.message_zh().find("10 行"), std::string::npos) << e.message_zh();
    EXPECT_NE(e.message_zh().find("11 行"), std::string::npos) << e.message_zh();
  }
  EXPECT_EQ(list.queries.size(), 1u);  // refused before reading further
  FakeList exact{10};
  EXPECT_EQ(collect(exact, "status=open", 10).size(), 10u);
}

TEST(ListExport, TheListsOwnErrorsPassThrough) {
  http::Request original;
  auto failing = [](http::Request&) -> http::Response { throw ApiError(Err::FieldInvalid, "状态不存在", "status"); };
  try {
    for_each_list_item(original, failing, [](const json::object&) {});
    FAIL() << "expected the list's error";
  } catch (const ApiError& e) {
    EXPECT_EQ(e.field(), "status");
  }
}

TEST(ListExport, FileNameCarriesTheChineseTitleAndBeijingDate) {
  // 2025-11-21 16:00Z is already the 22nd in Beijing.
  auto d = export_disposition("机构名录", 1763740800000);
  EXPECT_NE(d.find("filename=\"export-20251122.xlsx\""), std::string::npos) << d;
  EXPECT_NE(d.find("filename*=UTF-8''%E6%9C%BA%E6%9E%84%E5%90%8D%E5%BD%95-20251122.xlsx"), std::string::npos) << d;
}

}  // namespace
}  // namespace kc::api
