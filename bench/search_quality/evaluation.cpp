#include "evaluation.hpp"

#include <algorithm>
#include <chrono>
#include <numeric>
#include <random>

namespace kc::bench {

std::vector<size_t> sample_indices(size_t population, size_t count, uint32_t seed) {
  std::vector<size_t> all(population);
  std::iota(all.begin(), all.end(), 0);
  // Fisher-Yates with mt19937 directly: std::shuffle's use of the engine is unspecified, and
  // the sample must be the same on every standard library.
  std::mt19937 engine(seed);
  for (size_t i = population; i > 1; --i) std::swap(all[i - 1], all[engine() % i]);
  all.resize(std::min(count, population));
  return all;
}

Score evaluate(const Strategy& strategy, const std::vector<Record>& records, const std::vector<size_t>& sample,
               size_t query_chars) {
  constexpr int kDepth = 10;
  std::vector<double> latencies_ms;
  size_t relevant = 0;
  size_t empty = 0;
  for (size_t index : sample) {
    const Record& query = records[index];
    const auto self = static_cast<int64_t>(index + 1);
    const auto started = std::chrono::steady_clock::now();
    const std::vector<int64_t> ids = strategy.search(first_chars(query.text, query_chars), self, kDepth + 1);
    latencies_ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
    int counted = 0;
    for (int64_t id : ids) {
      if (id == self || counted == kDepth) continue;
      ++counted;
      relevant += records[static_cast<size_t>(id - 1)].discipline == query.discipline;
    }
    empty += counted == 0;
  }
  std::sort(latencies_ms.begin(), latencies_ms.end());
  Score score;
  score.precision_at_10 = static_cast<double>(relevant) / static_cast<double>(sample.size() * kDepth);
  score.mean_ms = std::accumulate(latencies_ms.begin(), latencies_ms.end(), 0.0) / latencies_ms.size();
  score.p95_ms = latencies_ms[latencies_ms.size() * 95 / 100];
  score.empty_share = static_cast<double>(empty) / sample.size();
  return score;
}

}  // namespace kc::bench
