#pragma once
#include <vector>

#include "db/migrate.hpp"

namespace kc::market {
// Matchmaking records (对接记录) with their status history, and matchmaking events (对接活动) with invitations,
// registrations and outcomes. Ids market/060_…
std::vector<db::Migration> matchmaking_migrations();
}
