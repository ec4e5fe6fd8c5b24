// load_reference_tables through the real registry migration on SQLite.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "db/migrate.hpp"
#include "modules/registry/domain/reference_data.hpp"
#include "modules/registry/schema.hpp"

namespace kc::registry {
namespace {

TEST(ReferenceTables, MigrationLoadsEveryRowWithItsLevelAndParent) {
  auto dir = std::filesystem::temp_directory_path() / ("kc_ref_tables_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  {
    auto db = db::open_database("sqlite:" + (dir / "t.db").string(), 1);
    std::ostringstream log;
    db::apply_migrations(*db, migrations(), log);
    auto conn = db->read();
    auto count = [&](std::string_view table) {
      std::string sql = "SELECT COUNT(*) FROM " + std::string(table);
      return conn->query_one({sql, sql})->i64(0);
    };
    EXPECT_EQ(count("ref_regions"), static_cast<std::int64_t>(all_regions().size()));
    EXPECT_EQ(count("ref_industries"), static_cast<std::int64_t>(all_industries().size()));
    EXPECT_EQ(count("ref_hightech_fields"), static_cast<std::int64_t>(all_hightech_fields().size()));

    const db::Query region{"t.region", "SELECT name, level, parent_code, full_name FROM ref_regions WHERE code = $1"};
    auto yexian = conn->query_one(region, {std::string("410422")});
    ASSERT_TRUE(yexian);
    EXPECT_EQ(yexian->text(0), "叶县");
    EXPECT_EQ(yexian->text(1), "county");
    EXPECT_EQ(yexian->text(2), "410400");
    EXPECT_EQ(yexian->text(3), "河南省平顶山市叶县");
    EXPECT_TRUE(conn->query_one(region, {std::string("410000")})->is_null(2));  // a province has no parent

    const db::Query field{"t.field", "SELECT level FROM ref_hightech_fields WHERE code = $1"};
    EXPECT_EQ(conn->query_one(field, {std::string("10101")})->i64(0), 3);
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kc::registry
