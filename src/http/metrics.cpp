#include "http/metrics.hpp"

#include <cstdio>

namespace kc::http {

void Metrics::observe(const std::string& route, int status, double seconds) {
  std::lock_guard lock(mu_);
  Series& s = routes_[route];
  ++s.by_status[status];
  ++s.count;
  s.sum += seconds;
  for (std::size_t i = 0; i < kBuckets.size(); ++i)
    if (seconds <= kBuckets[i]) ++s.buckets[i];
}

std::string Metrics::render(const std::function<void(std::string&)>& extra) const {
  std::string out;
  char line[512];
  out += "# HELP kc_http_requests_total HTTP requests by route and status.\n# TYPE kc_http_requests_total counter\n";
  std::lock_guard lock(mu_);
  for (const auto& [route, s] : routes_)
    for (const auto& [status, n] : s.by_status) {
      std::snprintf(line, sizeof line, "kc_http_requests_total{route=\"%s\",status=\"%d\"} %lld\n", route.c_str(),
                    status, n);
      out += line;
    }
  out += "# HELP kc_http_request_duration_seconds Request latency by route.\n"
         "# TYPE kc_http_request_duration_seconds histogram\n";
  for (const auto& [route, s] : routes_) {
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      std::snprintf(line, sizeof line, "kc_http_request_duration_seconds_bucket{route=\"%s\",le=\"%g\"} %lld\n",
                    route.c_str(), kBuckets[i], s.buckets[i]);
      out += line;
    }
    std::snprintf(line, sizeof line,
                  "kc_http_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %lld\n"
                  "kc_http_request_duration_seconds_sum{route=\"%s\"} %.6f\n"
                  "kc_http_request_duration_seconds_count{route=\"%s\"} %lld\n",
                  route.c_str(), s.count, route.c_str(), s.sum, route.c_str(), s.count);
    out += line;
  }
  if (extra) extra(out);
  return out;
}

}  // namespace kc::http
