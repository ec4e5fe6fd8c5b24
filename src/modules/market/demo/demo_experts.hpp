#pragma once
// Deterministic demo experts (专家库) for `kechuang demo-data`: entered as bureau staff would (insert_profile),
// published with the review statement and indexed with index_document like an approval, so the expert pages
// and search show them. Experts belong to the demo universities and institutes (平顶山 first).
#include <cstdint>

#include "db/db.hpp"
#include "search/segmenter.hpp"

namespace kc::market {

struct DemoExpertOptions {
  int experts = 15;
  std::uint64_t seed = 20261122;
};

// Returns how many were published; 0 when experts exist already (a second run) or no university/institute does.
// `seg` may be null (no jieba dictionary): published without search tokens.
int generate_demo_experts(db::Database& db, DemoExpertOptions options, const search::Segmenter* seg,
                          std::int64_t now_ms);

}  // namespace kc::market
