#include "scheduler/scheduler.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <stdexcept>

namespace kc::scheduler {
namespace {

constexpr EpochMs kHour = 3'600'000;
constexpr EpochMs k2026_11_22_0000Z = 1'795'305'600'000;  // 08:00 Beijing

class SchedulerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("kc_scheduler_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    db_ = db::open_database("sqlite:" + (dir_ / "t.db").string(), 2);
    db::apply_migrations(*db_, migrations(), log_);
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }
  Job counting(int hour, int* runs) {
    return {"count", hour, [runs](db::Connection&, EpochMs) { ++*runs; return std::string("ok"); }};
  }
  std::filesystem::path dir_;
  std::unique_ptr<db::Database> db_;
  std::ostringstream log_;
  ManualClock clock_{k2026_11_22_0000Z};  // 08:00 Beijing
};

TEST_F(SchedulerTest, RunsOncePerDayAfterTheHour) {
  int runs = 0;
  Scheduler s(*db_, clock_, log_);
  s.add(counting(9, &runs));
  clock_.set_ms(k2026_11_22_0000Z + kHour - 1);  // 08:59:59.999: yesterday's slot is due (catch-up)
  EXPECT_EQ(s.tick(), 1);
  EXPECT_EQ(s.tick(), 0);
  clock_.advance_ms(1);  // 09:00: today's slot
  EXPECT_EQ(s.tick(), 1);
  clock_.advance_ms(10 * kHour);
  EXPECT_EQ(s.tick(), 0);
  clock_.advance_ms(14 * kHour);  // 09:00 the next day
  EXPECT_EQ(s.tick(), 1);
  EXPECT_EQ(runs, 3);
}

TEST_F(SchedulerTest, ASecondSchedulerOnTheSameDatabaseDoesNotRunTheSlotAgain) {
  int first = 0, second = 0;
  Scheduler a(*db_, clock_, log_), b(*db_, clock_, log_);
  a.add(counting(8, &first));
  b.add(counting(8, &second));
  EXPECT_EQ(a.tick(), 1);
  EXPECT_EQ(b.tick(), 0);
  EXPECT_EQ(first + second, 1);
}

TEST_F(SchedulerTest, AFailedRunLeavesTheSlotOpenAndItsWorkRolledBack) {
  const db::Query create{"t.create", "CREATE TABLE work (n INTEGER)"};
  const db::Query insert{"t.insert", "INSERT INTO work (n) VALUES (1)"};
  const db::Query count{"t.count", "SELECT COUNT(*) FROM work"};
  db_->write()->exec(create);
  bool fail = true;
  Scheduler s(*db_, clock_, log_);
  s.add({"flaky", 8, [&](db::Connection& c, EpochMs) {
           c.exec(insert);
           if (fail) throw std::runtime_error("database hiccup");
           return std::string("done");
         }});
  EXPECT_EQ(s.tick(), 0);
  EXPECT_EQ(db_->read()->query_one(count)->i64(0), 0);
  EXPECT_NE(log_.str().find("database hiccup"), std::string::npos);
  fail = false;
  EXPECT_EQ(s.tick(), 1);
  EXPECT_EQ(db_->read()->query_one(count)->i64(0), 1);
}

}  // namespace
}  // namespace kc::scheduler
