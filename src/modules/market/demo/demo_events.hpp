#pragma once
// Demo matchmaking events (对接活动) for `kechuang demo-data`: one already held, two planned, in 平顶山市 and its
// counties, stored with the same statement as an officer's creation. Fixed content: they name real local themes.
#include <cstdint>

#include "db/db.hpp"

namespace kc::market {

// Returns how many were created; 0 when events exist already (a second run adds nothing).
int generate_demo_events(db::Database& db, std::int64_t now_ms);

}  // namespace kc::market
