#pragma once
// Time and randomness are injected so that expiry, deadlines and lockouts are testable.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

namespace kc {

// Milliseconds since the Unix epoch.
using EpochMs = std::int64_t;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual EpochMs now_ms() const = 0;
  std::int64_t now_s() const { return now_ms() / 1000; }
};

class SystemClock final : public Clock {
 public:
  EpochMs now_ms() const override {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
  }
};

// The system clock plus an offset that tests may advance (enabled only by an explicit serve flag).
class OffsetClock final : public Clock {
 public:
  EpochMs now_ms() const override { return base_.now_ms() + offset_ms_.load(); }
  void advance_ms(EpochMs ms) { offset_ms_ += ms; }

 private:
  SystemClock base_;
  std::atomic<EpochMs> offset_ms_{0};
};

// A fixed clock for unit tests.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(EpochMs start = 1'700'000'000'000) : now_(start) {}
  EpochMs now_ms() const override { return now_; }
  void advance_ms(EpochMs ms) { now_ += ms; }
  void set_ms(EpochMs ms) { now_ = ms; }

 private:
  EpochMs now_;
};

// Cryptographically secure random bytes as lowercase hex (OpenSSL RAND_bytes).
std::string random_hex(std::size_t bytes);

}  // namespace kc
