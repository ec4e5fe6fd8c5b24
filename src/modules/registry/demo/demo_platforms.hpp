#pragma once
// Deterministic demo innovation platforms hosted by the demo organisations already in `orgs`, for
// `kechuang demo-data` (so `make run` shows the 创新平台 page filled). Same seed and organisations → the same
// platforms. Two thirds are hosted in 平顶山市 (the demo accounts' jurisdiction) when it has enough hosts.
#include <cstdint>

#include "db/db.hpp"

namespace kc::registry {

struct DemoPlatformOptions {
  int platforms = 36;
  std::uint64_t seed = 20261122;
};

// Inserts the platforms in one transaction and returns how many; 0 when the table already has platforms
// (a second run adds nothing) or no approved organisation can host one.
int generate_demo_platforms(db::Database& db, DemoPlatformOptions options, std::int64_t now_ms);

}  // namespace kc::registry
