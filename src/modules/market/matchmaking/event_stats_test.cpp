// count_events_held over a real SQLite database: the query the targets ledger binds "每季度不少于2次对接活动" to.
#include "modules/market/matchmaking/event_stats.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "db/migrate.hpp"
#include "modules/market/matchmaking/domain/quarters.hpp"
#include "modules/market/matchmaking/schema.hpp"

namespace kc::market {
namespace {

constexpr EpochMs kHour = 3'600'000;

class CountEventsHeld : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("kc_mm_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    db_ = db::open_database("sqlite:" + (dir_ / "t.db").string(), 1);
    std::ostringstream log;
    db::apply_migrations(*db_, matchmaking_migrations(), log);
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }
  void add_event(const std::string& region, EpochMs starts_at, const std::string& status = "planned") {
    static const db::Query kAdd{
        "test.mm.add_event",
        "INSERT INTO market_events (title, starts_at, region_code, region_prefix, status, created_by, created_at) "
        "VALUES ('对接会', $1, $2, $2, $3, 1, 0)"};
    db_->write()->exec(kAdd, {starts_at, region, status});
  }
  std::int64_t count(int quarter, const std::string& prefix, EpochMs now) {
    return count_events_held(*db_->read(), 2026, quarter, prefix, now);
  }
  std::filesystem::path dir_;
  std::unique_ptr<db::Database> db_;
};

TEST_F(CountEventsHeld, CountsByBeijingQuarterRegionAndStartTime) {
  EpochMs april1 = beijing_quarter_period(2026, 2).begin;
  add_event("410421", april1 - kHour / 2);        // 31 March 23:30 Beijing: Q1
  add_event("410421", april1 + kHour / 2);        // 1 April 00:30 Beijing (still 31 March in UTC): Q2
  add_event("410421", april1 - kHour, "closed");  // closed events were held
  add_event("410421", april1 - 2 * kHour, "cancelled");
  add_event("410422", april1 - kHour);
  EpochMs late_may = april1 + 55 * 24 * kHour;

  EXPECT_EQ(count(1, "410421", late_may), 2);
  EXPECT_EQ(count(2, "410421", late_may), 1);
  EXPECT_EQ(count(0, "410421", late_may), 3);
  EXPECT_EQ(count(1, "4104", late_may), 3) << "a city prefix counts its counties";
  EXPECT_EQ(count(1, "", late_may), 3) << "no prefix: everywhere";
  EXPECT_EQ(count(3, "410421", late_may), 0);
}

TEST_F(CountEventsHeld, AnEventCountsOnlyOnceItHasStarted) {
  EpochMs starts = beijing_quarter_period(2026, 4).begin + 10 * 24 * kHour;
  add_event("410421", starts);
  ManualClock clock(starts - 1);
  EXPECT_EQ(count(4, "410421", clock.now_ms()), 0);
  clock.advance_ms(1);
  EXPECT_EQ(count(4, "410421", clock.now_ms()), 1);
}

}  // namespace
}  // namespace kc::market
