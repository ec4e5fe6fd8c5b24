#pragma once
// For the market's search tests: a temporary SQLite database with the module's real migrations and the search
// schema, and the jieba segmenter loaded once per test binary. Skips when python3-jieba is not installed.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <sstream>
#include <string>

#include "db/db.hpp"
#include "db/migrate.hpp"
#include "modules/market/schema.hpp"
#include "modules/market/search_schema.hpp"
#include "search/segmenter.hpp"
#include "search/test_dictionary_path.hpp"

namespace kc::market::testing {

class SearchTestDb : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dict = search::testing::jieba_dictionary_path();
    if (dict.empty()) GTEST_SKIP() << "jieba dictionary not installed (python3-jieba)";
    dir_ = std::filesystem::temp_directory_path() / ("kc_market_search_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = db::open_database("sqlite:" + (dir_ / "t.db").string(), 1);
    std::ostringstream log;
    db::apply_migrations(*db_, migrations(), log);
    db::apply_migrations(*db_, search_migrations(), log);
    if (!seg_) {  // loading the dictionary takes a few hundred ms: once for the test binary
      search::SegmenterConfig config;
      config.dictionary = dict;
      seg_ = std::make_unique<search::Segmenter>(config);
    }
  }
  void TearDown() override {
    db_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  std::filesystem::path dir_;
  std::unique_ptr<db::Database> db_;
  static inline std::unique_ptr<search::Segmenter> seg_;
};

}  // namespace kc::market::testing
