#pragma once
// Periodic jobs of the serve process. A job runs once per daily slot (daily_schedule.hpp): tick(now)
// runs every job whose slot is due and not yet recorded. The record is a row (job, period) of
// scheduler_job_runs inserted in the same transaction as the job's work, so a restart, a second tick or
// a second server on the same PostgreSQL never runs a slot twice (the unique key makes the loser wait for
// the winner's commit and then skip); a job that throws leaves no row and runs again at the next tick.
//
// Time comes only from the injected clock: a timer thread ticks every few seconds, and the test clock's
// advance ticks at once, so tests see the effect deterministically.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <ostream>
#include <string>
#include <thread>
#include <vector>

#include "core/clock.hpp"
#include "db/db.hpp"
#include "db/migrate.hpp"

namespace kc::scheduler {

std::vector<db::Migration> migrations();

struct Job {
  std::string name;  // stable: the key of its run records
  int hour = 0;      // Beijing hour 0–23
  // Does the work inside the caller's transaction; returns a one-line summary for the run record.
  std::function<std::string(db::Connection&, EpochMs now)> run;
};

class Scheduler {
 public:
  Scheduler(db::Database& db, const Clock& clock, std::ostream& log) : db_(db), clock_(clock), log_(log) {}
  ~Scheduler();
  void add(Job job);  // before start()
  // Runs the due jobs at the clock's now; returns how many ran. Safe to call from any thread.
  int tick();
  // Ticks every `interval` on a thread until stop() (or destruction).
  void start(std::chrono::milliseconds interval);
  void stop();

 private:
  bool run_if_due(const Job& job, EpochMs now);

  db::Database& db_;
  const Clock& clock_;
  std::ostream& log_;
  std::vector<Job> jobs_;
  std::mutex tick_mutex_;
  std::mutex wait_mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace kc::scheduler
