// The market's search SQL on SQLite (FTS5): schema from the real migrations, indexing, ranking and the query
// shapes that must not fail. PostgreSQL is covered by the API tests (tests/api/market_listings.test.mjs).
#include "modules/market/search_index.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "modules/market/market_search.hpp"
#include "modules/market/schema.hpp"
#include "modules/market/search_schema.hpp"
#include "modules/market/search_test_db.hpp"

namespace kc::market {
namespace {

namespace fs = std::filesystem;

class MarketSearchIndex : public testing::SearchTestDb {
 protected:
  std::int64_t publish(ListingType type, const std::string& title, const std::string& body) {
    static const db::Query kInsert{
        "t.listing_insert",
        "INSERT INTO market_listings (type, org_id, org_name, org_region, title, body, hightech_field, region_code, "
        "mode, contact_name, contact_phone, status, created_at, created_by, reviewed_at) VALUES ($1, 1, 'o', '410421', "
        "$2, $3, '10101', '410421', 'license', 'n', 'p', 'published', 0, 1, 0) RETURNING id"};
    auto c = db_->write();
    db::Transaction tx(*c);
    auto id = c->query_one(kInsert, {std::string(type == ListingType::Demand ? "demand" : "achievement"), title, body})->i64(0);
    index_listing(*c, type, id, index_text(*seg_, title, "", body));
    tx.commit();
    return id;
  }

  std::vector<std::int64_t> ids(ListingType type, const std::string& q) {
    std::vector<std::int64_t> out;
    auto c = db_->read();
    const auto& target = type == ListingType::Demand ? demand_target() : achievement_target();
    for (const auto& hit : run_search(*c, *seg_, target, q, {}, 20, 0).hits) out.push_back(hit.id);
    return out;
  }

};

TEST_F(MarketSearchIndex, TwoCharacterQueryFindsTitleBeforeBody) {
  auto body_hit = publish(ListingType::Achievement, "陶瓷涂层工艺", "可用于储能设备的涂层");
  auto title_hit = publish(ListingType::Achievement, "高性能储能隔膜", "陶瓷涂覆工艺");
  auto other = publish(ListingType::Achievement, "玉米种植技术", "高产玉米品种");
  auto found = ids(ListingType::Achievement, "储能");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0], title_hit);
  EXPECT_EQ(found[1], body_hit);
  EXPECT_EQ(std::count(found.begin(), found.end(), other), 0);
}

TEST_F(MarketSearchIndex, OneCharacterQueryIsAPrefixSearch) {
  auto id = publish(ListingType::Demand, "芯片封装测试需求", "需要先进封装");
  EXPECT_EQ(ids(ListingType::Demand, "芯"), std::vector<std::int64_t>{id});
}

TEST_F(MarketSearchIndex, TypesAreSeparateIndexes) {
  publish(ListingType::Demand, "储能电站运维需求", "");
  EXPECT_TRUE(ids(ListingType::Achievement, "储能").empty());
  EXPECT_EQ(ids(ListingType::Demand, "储能").size(), 1u);
}

TEST_F(MarketSearchIndex, PunctuationOnlyOrFtsSyntaxNeverFails) {
  publish(ListingType::Demand, "储能电站运维需求", "");
  EXPECT_TRUE(ids(ListingType::Demand, "，。！").empty());
  EXPECT_NO_THROW(ids(ListingType::Demand, "\"储能\" OR NEAR( * ^ -"));
  EXPECT_EQ(ids(ListingType::Demand, "\"储能\" OR NEAR(").size(), 1u);
}

TEST(MarketDictionary, CopiedIntoTheDataDirectoryOnceAndKept) {
  if (!fs::exists(kDebianJiebaDictionary)) GTEST_SKIP() << "python3-jieba not installed";
  auto dir = fs::temp_directory_path() / ("kc_market_dict_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  EXPECT_EQ(prepare_dictionary(dir.string()), "");
  EXPECT_EQ(fs::file_size(dictionary_path(dir.string())), fs::file_size(kDebianJiebaDictionary));
  fs::resize_file(dictionary_path(dir.string()), 10);  // an operator's own (here: truncated) copy is not replaced
  EXPECT_EQ(prepare_dictionary(dir.string()), "");
  EXPECT_EQ(fs::file_size(dictionary_path(dir.string())), 10u);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace kc::market
