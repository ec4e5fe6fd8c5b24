#pragma once
// Matchmaking events (对接活动): reading an event, who sees and who manages it, and its JSON form.
#include <boost/json/object.hpp>

#include <string>

#include "api/context.hpp"
#include "core/clock.hpp"
#include "db/db.hpp"
#include "http/json_body.hpp"
#include "modules/market/matchmaking/domain/event_state.hpp"

namespace kc::market {

struct EventInput {
  std::string title, place, online_url, region_code, description;
  EpochMs starts_at = 0;
  bool online = false;
};

// Throws ApiError naming the field; the region defaults to the caller's and must lie in its jurisdiction.
EventInput read_event_input(http::BodyReader& body, const api::Principal& me);
// "2026-12-01T01:00:00Z" or "2026-12-01T09:00:00+08:00": an event time must say its zone.
EpochMs parse_zoned_time(const std::string& text, const std::string& field);

// Parameters $1..$4 of KC_EVENT_SCOPE.
std::vector<db::Value> event_scope_params(const api::Principal& me);
// The event as KC_EVENT_COLUMNS if the caller may see it; otherwise 404.
db::Row event_in_scope_or_404(api::Ctx& ctx, db::Connection& c, std::int64_t id);
// Bureau staff whose jurisdiction contains the event's region (administrators: any).
bool manages_event(const api::Principal& me, const db::Row& event);
void require_event_manager(const api::Principal& me, const db::Row& event);
EventState event_state_of(const db::Row& event, EpochMs now);
// 409 INVALID_STATE unless `action` is allowed in the event's current state.
void require_event_action(const db::Row& event, EventAction action, EpochMs now);

// Summary for lists; detail adds invitations, registrations and outcomes (parties see only their own entries).
boost::json::object event_json(const db::Row& e, EpochMs now);
boost::json::object event_detail_json(api::Ctx& ctx, db::Connection& c, const db::Row& e);

}  // namespace kc::market
