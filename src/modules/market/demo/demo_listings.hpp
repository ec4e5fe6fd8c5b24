#pragma once
// Deterministic demo demands and achievements for `kechuang demo-data`, so that `make run` shows the technology
// market filled: enterprises of 平顶山市 publish demands, universities and institutes publish achievements. Titles
// and abstracts are recombined from phrase lists (demo_phrases.hpp); the same seed and organisations give the
// same listings. Each listing is stored with insert_listing and published through the same review statement
// and search indexing as an approval, so search and matching find them.
#include <cstdint>

#include "db/db.hpp"
#include "search/segmenter.hpp"

namespace kc::market {

struct DemoListingOptions {
  int demands = 80;
  int achievements = 80;
  std::uint64_t seed = 20261122;
};

struct DemoListingSummary {
  int demands = 0, achievements = 0;
  bool indexed = false;  // false when no segmenter was given (jieba dictionary missing)
};

// Inserts and publishes the listings in one transaction. Adds nothing when the market already has listings
// (a second run) or when no approved organisation can own one. `seg` may be null: the listings are then
// published without search tokens.
DemoListingSummary generate_demo_listings(db::Database& db, DemoListingOptions options, const search::Segmenter* seg,
                                          std::int64_t now_ms);

}  // namespace kc::market
