#pragma once
// For the tests of the modules' demo generators: temporary SQLite databases holding the registry, the modules'
// migrations and the demo organisations the generators build on. Removed after each test.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <initializer_list>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "db/db.hpp"
#include "db/migrate.hpp"
#include "modules/registry/demo/demo_data.hpp"
#include "modules/registry/schema.hpp"

namespace kc::registry::testing {

class DemoOrgsDb : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           ("kc_demo_" + std::string(test->test_suite_name()) + "_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // A database `name` with the registry's migrations, then `lists` in order, then `orgs` demo organisations.
  std::unique_ptr<db::Database> db_with_orgs(const std::string& name,
                                             std::initializer_list<std::vector<db::Migration>> lists, DemoOptions orgs,
                                             std::int64_t now_ms) {
    auto db = db::open_database("sqlite:" + (dir_ / name).string(), 2);
    std::ostringstream log;
    db::apply_migrations(*db, registry::migrations(), log);
    for (const auto& list : lists) db::apply_migrations(*db, list, log);
    generate_demo_orgs(*db, orgs, now_ms);
    return db;
  }

  std::filesystem::path dir_;
};

}  // namespace kc::registry::testing
