#include "scheduler/scheduler.hpp"

#include "scheduler/daily_schedule.hpp"

namespace kc::scheduler {
namespace {

const db::Query kClaim{
    "scheduler.claim",
    "INSERT INTO scheduler_job_runs (job, period, started_at) VALUES ($1, $2, $3) ON CONFLICT (job, period) DO NOTHING"};
const db::Query kFinish{"scheduler.finish",
                        "UPDATE scheduler_job_runs SET finished_at = $3, result = $4 WHERE job = $1 AND period = $2"};

}  // namespace

std::vector<db::Migration> migrations() {
  return {{"scheduler/001_job_runs",
           R"(CREATE TABLE scheduler_job_runs (
                job TEXT NOT NULL,
                period TEXT NOT NULL,
                started_at BIGINT NOT NULL,
                finished_at BIGINT,
                result TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (job, period));)"}};
}

Scheduler::~Scheduler() { stop(); }

void Scheduler::add(Job job) { jobs_.push_back(std::move(job)); }

bool Scheduler::run_if_due(const Job& job, EpochMs now) {
  auto slot = latest_due_slot(now, job.hour);
  auto c = db_.write();
  db::Transaction tx(*c);
  if (c->exec(kClaim, {job.name, slot.period, now}) != 1) return false;  // already run (here or elsewhere)
  auto summary = job.run(*c, now);
  c->exec(kFinish, {job.name, slot.period, clock_.now_ms(), summary});
  tx.commit();
  log_ << "scheduler: " << job.name << " " << slot.period << ": " << summary << std::endl;
  return true;
}

int Scheduler::tick() {
  std::lock_guard lock(tick_mutex_);
  EpochMs now = clock_.now_ms();
  int ran = 0;
  for (const auto& job : jobs_) {
    try {
      ran += run_if_due(job, now) ? 1 : 0;
    } catch (const std::exception& e) {  // rolled back: the slot stays open and the next tick retries
      log_ << "scheduler: " << job.name << " failed: " << e.what() << std::endl;
    }
  }
  return ran;
}

void Scheduler::start(std::chrono::milliseconds interval) {
  if (thread_.joinable() || jobs_.empty()) return;
  thread_ = std::thread([this, interval] {
    std::unique_lock lock(wait_mutex_);
    while (!stopping_) {
      lock.unlock();
      tick();
      lock.lock();
      wake_.wait_for(lock, interval, [this] { return stopping_; });
    }
  });
}

void Scheduler::stop() {
  {
    std::lock_guard lock(wait_mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

}  // namespace kc::scheduler
