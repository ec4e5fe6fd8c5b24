// The market's filtered, paged search on SQLite with the real migrations: filters applied inside the statement
// (so LIMIT and the total count only matching rows), region prefixes, one- and two-character queries, browsing,
// suggestions. PostgreSQL runs the same statements in tests/api/market_search.test.mjs.
#include "modules/market/market_search.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

#include "modules/market/schema.hpp"
#include "modules/market/search_index.hpp"
#include "modules/market/search_schema.hpp"
#include "modules/market/suggest.hpp"
#include "modules/market/search_test_db.hpp"

namespace kc::market {
namespace {

struct Listing {
  std::string title, body = "", field = "10101", region = "410421", mode = "license", maturity = "pilot";
  std::int64_t published_at = 1'000;
};

class MarketSearchQuery : public testing::SearchTestDb {
 protected:
  std::int64_t publish(const Listing& l) {
    static const db::Query kInsert{
        "t.query_listing_insert",
        "INSERT INTO market_listings (type, org_id, org_name, org_region, title, body, hightech_field, region_code, "
        "mode, maturity, contact_name, contact_phone, status, created_at, created_by, reviewed_at) VALUES "
        "('achievement', 1, 'o', $1, $2, $3, $4, $1, $5, $6, 'n', 'p', 'published', 0, 1, $7) RETURNING id"};
    auto c = db_->write();
    db::Transaction tx(*c);
    auto id = c->query_one(kInsert, {l.region, l.title, l.body, l.field, l.mode, l.maturity, l.published_at})->i64(0);
    index_listing(*c, ListingType::Achievement, id, index_text(*seg_, l.title, "", l.body));
    tx.commit();
    return id;
  }

  SearchResult find(const std::string& q, const SearchFilters& f = {}, std::int64_t limit = 20,
                    std::int64_t offset = 0) {
    auto c = db_->read();
    return run_search(*c, *seg_, achievement_target(), q, f, limit, offset);
  }
  static std::set<std::int64_t> ids(const SearchResult& r) {
    std::set<std::int64_t> out;
    for (const auto& h : r.hits) out.insert(h.id);
    return out;
  }

};

TEST_F(MarketSearchQuery, FilterAppliesBeforeTheLimitAndTheCount) {
  // Title matches (ranked first) in another field must not use up the page of the filtered search.
  for (int i = 0; i < 4; ++i) publish({.title = "储能电池管理系统" + std::to_string(i), .field = "10102"});
  std::set<std::int64_t> wanted;
  for (int i = 0; i < 3; ++i) wanted.insert(publish({.title = "材料工艺" + std::to_string(i), .body = "用于储能", .field = "10101"}));
  SearchFilters f;
  f.field = "10101";
  auto r = find("储能", f, 3);
  EXPECT_EQ(ids(r), wanted);
  EXPECT_EQ(r.total, 3);
  EXPECT_EQ(find("储能", {}, 3).total, 7);
  f.field = "101";  // a parent field covers its sub-fields
  EXPECT_EQ(find("储能", f).total, 7);
}

TEST_F(MarketSearchQuery, ACityMatchesItsCountiesAndAModeAndMaturityNarrow) {
  auto county = publish({.title = "储能材料", .region = "410421"});
  auto other_city = publish({.title = "储能装置", .region = "410100"});
  SearchFilters city;
  city.region_prefix = "4104";
  EXPECT_EQ(ids(find("储能", city)), std::set<std::int64_t>{county});
  SearchFilters mode;
  mode.mode = "transfer";
  EXPECT_TRUE(find("储能", mode).hits.empty());
  auto transfer = publish({.title = "储能工艺", .mode = "transfer", .maturity = "industrial"});
  EXPECT_EQ(ids(find("储能", mode)), std::set<std::int64_t>{transfer});
  SearchFilters maturity;
  maturity.maturity = "pilot";
  EXPECT_EQ(ids(find("储能", maturity)), (std::set<std::int64_t>{county, other_city}));
}

TEST_F(MarketSearchQuery, PublishedDateRangeIsHalfOpen) {
  auto early = publish({.title = "储能一", .published_at = 100});
  auto late = publish({.title = "储能二", .published_at = 200});
  SearchFilters f;
  f.published_from = 100;
  f.published_before = 200;
  EXPECT_EQ(ids(find("储能", f)), std::set<std::int64_t>{early});
  f.published_from = 101;
  f.published_before = 201;
  EXPECT_EQ(ids(find("储能", f)), std::set<std::int64_t>{late});
}

TEST_F(MarketSearchQuery, OneCharacterFindsItInsideWordsOfTheTitle) {
  auto pump = publish({.title = "高效离心泵节能改造"});
  auto water = publish({.title = "智能水泵控制器"});
  publish({.title = "锂电池回收"});
  EXPECT_EQ(ids(find("泵")), (std::set<std::int64_t>{pump, water}));
}

TEST_F(MarketSearchQuery, TwoCharactersFindThemInsideLongerWords) {
  auto battery = publish({.title = "锂电池回收工艺"});
  publish({.title = "高效离心泵"});
  EXPECT_EQ(ids(find("电池")), std::set<std::int64_t>{battery});
}

TEST_F(MarketSearchQuery, PagesAreDisjointAndCoverAllMatches) {
  std::set<std::int64_t> all;
  for (int i = 0; i < 7; ++i) all.insert(publish({.title = "储能技术" + std::to_string(i)}));
  std::set<std::int64_t> seen;
  for (int offset = 0; offset < 9; offset += 3)
    for (auto id : ids(find("储能", {}, 3, offset))) EXPECT_TRUE(seen.insert(id).second) << "id twice: " << id;
  EXPECT_EQ(seen, all);
}

TEST_F(MarketSearchQuery, EmptyQueryBrowsesNewestFirstWithFilters) {
  auto old_one = publish({.title = "甲", .published_at = 100});
  auto new_one = publish({.title = "乙", .published_at = 200});
  publish({.title = "丙", .field = "10102", .published_at = 300});
  SearchFilters f;
  f.field = "10101";
  auto r = find("", f);
  ASSERT_EQ(r.hits.size(), 2u);
  EXPECT_EQ(r.hits[0].id, new_one);
  EXPECT_EQ(r.hits[1].id, old_one);
  EXPECT_TRUE(find("，。", f).hits.empty()) << "a query with no searchable token finds nothing";
}

TEST_F(MarketSearchQuery, SuggestionsFindTitlesByAnyWordStart) {
  auto id = publish({.title = "新型固态储能电池隔膜材料"});
  publish({.title = "电动汽车充电桩"});
  auto c = db_->read();
  auto found = suggest(*c, achievement_target(), "电池", 10);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "新型固态储能电池隔膜材料");
  EXPECT_EQ(found[0].id, id);
  EXPECT_EQ(suggest(*c, achievement_target(), "电", 10).size(), 2u);
  EXPECT_TRUE(suggest(*c, demand_target(), "电", 10).empty());
  EXPECT_TRUE(suggest(*c, achievement_target(), "", 10).empty());
}

TEST(MarketSearchSql, EveryParameterIsUsedOnBothBackends) {
  // PostgreSQL rejects a statement that is given a parameter it never references.
  for (auto d : {db::Dialect::Sqlite, db::Dialect::Postgres})
    for (const SearchTarget* t : all_search_targets())
      for (auto shape : {SearchShape::Ranked, SearchShape::Browse})
        for (const auto& sql : {search_sql(d, *t, shape), count_sql(d, *t, shape)})
          for (int n = 1; n <= 10; ++n)
            EXPECT_TRUE(std::regex_search(sql, std::regex("\\$" + std::to_string(n) + "(?![0-9])")))
                << "$" << n << " missing in " << sql;
}

TEST(MarketSearchSql, CodeFiltersBecomePrefixPatternsInACommaFramedList) {
  SearchFilters f;
  f.field = "101";
  f.region_prefix = "4104";
  auto p = search_params("m", f, 20, 40);
  ASSERT_EQ(p.size(), 10u);
  EXPECT_EQ(std::get<std::string>(p[1]), "%,101%");
  EXPECT_EQ(std::get<std::string>(p[2]), "");
  EXPECT_EQ(std::get<std::string>(p[3]), "4104%");
  EXPECT_EQ(std::get<std::int64_t>(p[8]), 20);
  EXPECT_EQ(std::get<std::int64_t>(p[9]), 40);
}

TEST_F(MarketSearchQuery, ATextQueryRanksByItsRareWordsNotByTheCommonOnes) {
  // Keywords OR-ed would rank the record with the most common words first; a text is weighted by idf.
  search::IdfTable idf;
  for (const char* common : {"系统", "研究", "方法", "技术", "应用", "提高", "水平", "项目"}) idf.add(common, 2.0);
  for (const char* rare : {"超导", "磁体", "低温", "制冷"}) idf.add(rare, 12.0);
  idf.set_default_idf(6.0);
  auto generic = publish({.title = "系统研究方法与应用技术", .body = "系统 研究 方法 技术 应用 提高 水平 系统 研究 方法 技术 应用"});
  auto magnet = publish({.title = "高温超导磁体", .body = "低温制冷", .field = "10102"});
  publish({.title = "小麦节水灌溉", .body = "冬小麦栽培"});
  const std::string text = "本项目研究高温超导磁体的低温制冷系统，采用新的方法提高超导磁体的稳定性与应用技术水平";
  auto c = db_->read();
  auto ranked = run_search(*c, *seg_, achievement_target(), text, {}, 10, 0, &idf);
  ASSERT_FALSE(ranked.hits.empty());
  EXPECT_EQ(ranked.hits[0].id, magnet);
  EXPECT_TRUE(ids(ranked).count(generic)) << "common words still count, below the rare ones";
  SearchFilters other_field;
  other_field.field = "10101";
  EXPECT_FALSE(ids(run_search(*c, *seg_, achievement_target(), text, other_field, 10, 0, &idf)).count(magnet))
      << "filters apply to a text query too";
  EXPECT_EQ(run_search(*c, *seg_, achievement_target(), "超导磁体", {}, 10, 0, &idf).hits.at(0).id, magnet)
      << "a keyword query is unchanged";
}

TEST(MarketSuggestTerms, TitleFromEachWordAndEachKeyword) {
  auto dict = search::testing::jieba_dictionary_path();
  if (dict.empty()) GTEST_SKIP() << "jieba dictionary not installed (python3-jieba)";
  search::SegmenterConfig config;
  config.dictionary = dict;
  search::Segmenter seg(config);
  auto terms = suggestion_terms(seg, "锂电池回收", "储能，ＡＩ 检测");
  std::vector<std::string> keys;
  for (const auto& t : terms) keys.push_back(t.term);
  EXPECT_EQ(keys, (std::vector<std::string>{"锂电池回收", "回收", "储能", "ai", "检测"}));
  EXPECT_EQ(terms.back().display, "检测");
  EXPECT_EQ(prefix_upper_bound("a"), "a\xF4\x8F\xBF\xBF");
}

}  // namespace
}  // namespace kc::market
