#include "modules/registry/demo/demo_platforms.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <set>
#include <sstream>

#include "db/migrate.hpp"
#include "modules/registry/demo/demo_data.hpp"
#include "modules/registry/domain/platform_document.hpp"
#include "modules/registry/domain/platform_kind.hpp"
#include "modules/registry/schema.hpp"

namespace kc::registry {
namespace {

constexpr std::int64_t kNow = 1795000000000;  // 2026-11-18

class DemoPlatformsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("kc_demo_platforms_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // A database with the same demo organisations each time.
  std::unique_ptr<db::Database> db_with_orgs(const std::string& name) {
    auto db = db::open_database("sqlite:" + (dir_ / name).string(), 2);
    std::ostringstream log;
    db::apply_migrations(*db, migrations(), log);
    generate_demo_orgs(*db, {200, 3}, kNow);
    return db;
  }

  std::filesystem::path dir_;
};

const db::Query kAll{"t.platforms",
                     "SELECT p.name, p.type, p.level, p.host_org_id, p.recognised_on, p.document_no, p.status, "
                     "p.revoked_on, o.status FROM platforms p JOIN orgs o ON o.id = p.host_org_id ORDER BY p.id"};

TEST_F(DemoPlatformsTest, SameSeedSamePlatformsAndASecondRunAddsNothing) {
  auto a = db_with_orgs("a.db"), b = db_with_orgs("b.db");
  EXPECT_EQ(generate_demo_platforms(*a, {40, 7}, kNow), 40);
  EXPECT_EQ(generate_demo_platforms(*b, {40, 7}, kNow), 40);
  EXPECT_EQ(generate_demo_platforms(*a, {40, 7}, kNow), 0);
  auto rows_a = a->read()->query(kAll), rows_b = b->read()->query(kAll);
  ASSERT_EQ(rows_a.size(), 40u);
  ASSERT_EQ(rows_b.size(), 40u);
  for (std::size_t i = 0; i < rows_a.size(); ++i)
    for (std::size_t c = 0; c < 8; ++c) EXPECT_EQ(rows_a[i].text(c), rows_b[i].text(c)) << i;
}

TEST_F(DemoPlatformsTest, EveryPlatformKeepsTheRulesTheApiEnforces) {
  auto db = db_with_orgs("c.db");
  generate_demo_platforms(*db, {60, 11}, kNow);
  std::set<std::string> statuses;
  for (const auto& r : db->read()->query(kAll)) {
    EXPECT_FALSE(platform_code_name(platform_types(), r.text(1)).empty());
    EXPECT_FALSE(platform_code_name(platform_levels(), r.text(2)).empty());
    EXPECT_EQ(r.text(8), "approved") << "hosted by an organisation that is not approved";
    std::string status = r.text(6);
    statuses.insert(status);
    if (status == "under_review") continue;
    EXPECT_TRUE(is_civil_date(r.text(4))) << r.text(4);
    EXPECT_EQ(normalise_document_number(r.text(5)), r.text(5));
    if (status == "revoked") EXPECT_GT(r.text(7), r.text(4));
  }
  EXPECT_EQ(statuses.size(), 3u) << "sixty platforms should show every state";
}

TEST_F(DemoPlatformsTest, NoHostNoPlatforms) {
  auto db = db::open_database("sqlite:" + (dir_ / "empty.db").string(), 2);
  std::ostringstream log;
  db::apply_migrations(*db, migrations(), log);
  EXPECT_EQ(generate_demo_platforms(*db, {10, 1}, kNow), 0);
}

}  // namespace
}  // namespace kc::registry
