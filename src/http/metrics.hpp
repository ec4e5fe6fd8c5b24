#pragma once
// Request counters and latency histograms by route, rendered in Prometheus text format.
#include <array>
#include <functional>
#include <map>
#include <mutex>
#include <string>

namespace kc::http {

class Metrics {
 public:
  void observe(const std::string& route, int status, double seconds);
  // `extra` appends gauges owned by other parts (database pool, uptime).
  std::string render(const std::function<void(std::string&)>& extra = nullptr) const;

  static constexpr std::array<double, 10> kBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2.0};

 private:
  struct Series {
    std::map<int, long long> by_status;
    std::array<long long, kBuckets.size()> buckets{};
    long long count = 0;
    double sum = 0;
  };
  mutable std::mutex mu_;
  std::map<std::string, Series> routes_;
};

}  // namespace kc::http
