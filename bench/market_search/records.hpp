#pragma once
// Deterministic synthetic demands and achievements made of sentences of the CSLDCP abstracts: record i depends only
// on (seed, i), so any N gives the same first records and batches can be made in any order or thread.
#include <cstdint>
#include <string>
#include <vector>

namespace kc::bench {

struct MarketRecord {
  bool demand;
  std::string title, keywords, body, field, region, mode, maturity;
  std::int64_t published_at;
};

class RecordGenerator {
 public:
  RecordGenerator(const std::string& corpus_jsonl, std::uint64_t seed);
  MarketRecord make(std::uint64_t index) const;
  // Short queries as a portal user types them: one or two words of a generated title, plus the one- and
  // two-character probes of the issue (泵, 电池). Deterministic.
  std::vector<std::string> query_texts(std::size_t count) const;
  std::size_t corpus_size() const { return sentences_.size(); }

 private:
  std::vector<std::vector<std::string>> sentences_;  // per abstract, split at 。.；;
  std::vector<std::string> fields_, regions_;
  std::uint64_t seed_;
};

}  // namespace kc::bench
