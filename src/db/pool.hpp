#pragma once
// A blocking pool of connections shared by both backends.
#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

#include "db/db.hpp"

namespace kc::db {

class ConnectionPool {
 public:
  void add(std::unique_ptr<Connection> c) {
    std::lock_guard lock(mu_);
    free_.push_back(c.get());
    all_.push_back(std::move(c));
  }

  Lease acquire() {
    std::unique_lock lock(mu_);
    if (free_.empty()) {
      ++waits_;
      cv_.wait(lock, [this] { return !free_.empty(); });
    }
    Connection* c = free_.back();
    free_.pop_back();
    return Lease(c, [this](Connection* done) { release(done); });
  }

  PoolStats stats() const {
    std::lock_guard lock(mu_);
    return PoolStats{static_cast<std::int64_t>(all_.size()),
                     static_cast<std::int64_t>(all_.size() - free_.size()), waits_};
  }

 private:
  void release(Connection* c) {
    {
      std::lock_guard lock(mu_);
      free_.push_back(c);
    }
    cv_.notify_one();
  }

  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<Connection>> all_;
  std::vector<Connection*> free_;
  std::int64_t waits_ = 0;
};

}  // namespace kc::db
