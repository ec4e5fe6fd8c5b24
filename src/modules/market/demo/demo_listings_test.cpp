// Demo listings on a temporary SQLite database: counts, owners, publication and indexing, reproducibility,
// and that a second run adds nothing.
#include "modules/market/demo/demo_listings.hpp"
#include "modules/market/demo/demo_experts.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <sstream>

#include "db/migrate.hpp"
#include "modules/market/schema.hpp"
#include "modules/market/search_schema.hpp"
#include "modules/registry/demo/demo_test_db.hpp"
#include "modules/registry/schema.hpp"
#include "search/test_dictionary_path.hpp"

namespace kc::market {
namespace {

constexpr std::int64_t kNow = 1795000000000;  // 2026-11-18

const db::Query kRows{"t.demo_listings",
                      "SELECT l.type, o.kind, l.status, l.title, l.tok_title, l.org_id FROM market_listings l "
                      "JOIN orgs o ON o.id = l.org_id ORDER BY l.id"};

class DemoListingsTest : public registry::testing::DemoOrgsDb {
 protected:
  void SetUp() override {
    DemoOrgsDb::SetUp();
    if (auto dict = search::testing::jieba_dictionary_path(); !dict.empty() && !seg_) {
      search::SegmenterConfig config;
      config.dictionary = dict;
      seg_ = std::make_unique<search::Segmenter>(config);
    }
  }

  std::unique_ptr<db::Database> db_with_orgs(const std::string& name) {
    return DemoOrgsDb::db_with_orgs(name, {migrations(), search_migrations()}, {300, 5}, kNow);
  }

  static inline std::unique_ptr<search::Segmenter> seg_;
};

TEST_F(DemoListingsTest, PublishesDemandsOfEnterprisesAndAchievementsOfResearchersOnce) {
  auto db = db_with_orgs("a.db");
  auto first = generate_demo_listings(*db, {30, 20, 9}, seg_.get(), kNow);
  EXPECT_EQ(first.demands, 30);
  EXPECT_EQ(first.achievements, 20);
  EXPECT_EQ(first.indexed, seg_ != nullptr);
  auto second = generate_demo_listings(*db, {30, 20, 9}, seg_.get(), kNow);
  EXPECT_EQ(second.demands + second.achievements, 0);
  auto rows = db->read()->query(kRows);
  ASSERT_EQ(rows.size(), 50u);
  for (const auto& r : rows) {
    EXPECT_EQ(r.text(2), "published");
    if (r.text(0) == "demand") {
      EXPECT_EQ(r.text(1), "enterprise");
    } else {
      EXPECT_TRUE(r.text(1) == "university" || r.text(1) == "institute") << r.text(1);
    }
    if (seg_) {
      EXPECT_FALSE(r.text(4).empty()) << "not indexed: " << r.text(3);
    }
  }
}

const db::Query kExperts{"t.demo_experts",
                         "SELECT p.status, o.kind, p.name FROM market_profiles p "
                         "JOIN orgs o ON o.id = p.org_id WHERE p.kind = 'expert' ORDER BY p.id"};

TEST_F(DemoListingsTest, PublishesExpertsOfResearchOrganisationsOnce) {
  auto db = db_with_orgs("e.db");
  EXPECT_EQ(generate_demo_experts(*db, {12, 3}, seg_.get(), kNow), 12);
  EXPECT_EQ(generate_demo_experts(*db, {12, 3}, seg_.get(), kNow), 0);
  auto rows = db->read()->query(kExperts);
  ASSERT_EQ(rows.size(), 12u);
  for (const auto& r : rows) {
    EXPECT_EQ(r.text(0), "published");
    EXPECT_TRUE(r.text(1) == "university" || r.text(1) == "institute") << r.text(1);
  }
}

TEST_F(DemoListingsTest, SameSeedSameListings) {
  auto a = db_with_orgs("b.db"), b = db_with_orgs("c.db");
  generate_demo_listings(*a, {15, 15, 4}, nullptr, kNow);
  generate_demo_listings(*b, {15, 15, 4}, nullptr, kNow);
  auto rows_a = a->read()->query(kRows), rows_b = b->read()->query(kRows);
  ASSERT_EQ(rows_a.size(), rows_b.size());
  for (std::size_t i = 0; i < rows_a.size(); ++i) {
    EXPECT_EQ(rows_a[i].text(3), rows_b[i].text(3));
    EXPECT_EQ(rows_a[i].i64(5), rows_b[i].i64(5));
  }
}

TEST_F(DemoListingsTest, NoOrganisationsNoListings) {
  auto db = db::open_database("sqlite:" + (dir_ / "empty.db").string(), 2);
  std::ostringstream log;
  db::apply_migrations(*db, registry::migrations(), log);
  db::apply_migrations(*db, migrations(), log);
  db::apply_migrations(*db, search_migrations(), log);
  auto summary = generate_demo_listings(*db, {5, 5, 1}, nullptr, kNow);
  EXPECT_EQ(summary.demands + summary.achievements, 0);
}

}  // namespace
}  // namespace kc::market
