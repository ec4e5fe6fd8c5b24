#pragma once
// Quarterly figures of matchmaking events (对接活动) for targets such as "每季度不少于2次对接活动": events held,
// registrations at them, signed intentions, per region and Beijing-time quarter.
#include <array>
#include <map>
#include <string>

#include "api/context.hpp"
#include "core/clock.hpp"
#include "db/db.hpp"
#include "http/types.hpp"

namespace kc::market {

// Events held in `year` (quarter 1..4, or 0 for the whole year, Beijing time) by `now`, not cancelled, whose
// region starts with `region_prefix` ("" = everywhere; registry::region_scope_prefix gives a region's prefix).
// An event counts as held once its start time has passed. For the targets ledger's metric registry.
std::int64_t count_events_held(db::Connection& conn, int year, int quarter, const std::string& region_prefix,
                               EpochMs now);

struct QuarterFigures {
  std::int64_t events_held = 0;
  std::int64_t registrations = 0;
  std::int64_t signed_intentions = 0;
  std::int64_t intended_amount_fen = 0;
};
using RegionQuarters = std::array<QuarterFigures, 4>;

// Region code → figures of quarters 1..4, within the caller's jurisdiction (administrators: everything).
std::map<std::string, RegionQuarters> event_figures(api::Ctx& ctx, int year);

// GET /api/v1/market/events/stats?year= and …/stats/export?year= (.xlsx).
http::Response event_stats_route(api::Ctx& ctx);
http::Response event_stats_export_route(api::Ctx& ctx);

}  // namespace kc::market
