#pragma once
// precision@10 by discipline: for each sampled record, query with the start of its abstract and
// count how many of the first 10 other records returned share its discipline.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "corpus.hpp"

namespace kc::bench {

// Returns rowids (record index + 1), best first, at most `limit`.
using SearchFn = std::function<std::vector<int64_t>(const std::string& query_text, int64_t self_rowid, int limit)>;

struct Strategy {
  std::string name;
  SearchFn search;
};

struct Score {
  double precision_at_10 = 0;
  double mean_ms = 0;
  double p95_ms = 0;
  double empty_share = 0;  // queries that returned no other record
};

std::vector<size_t> sample_indices(size_t population, size_t count, uint32_t seed);

Score evaluate(const Strategy& strategy, const std::vector<Record>& records, const std::vector<size_t>& sample,
               size_t query_chars);

}  // namespace kc::bench
