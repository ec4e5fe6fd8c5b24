#include "modules/market/matchmaking/domain/event_state.hpp"

namespace kc::market {

EventState event_state(StoredEventStatus stored, EpochMs starts_at, EpochMs now) {
  switch (stored) {
    case StoredEventStatus::Closed: return EventState::Closed;
    case StoredEventStatus::Cancelled: return EventState::Cancelled;
    case StoredEventStatus::Planned: break;
  }
  return now >= starts_at ? EventState::Held : EventState::Planned;
}

bool event_action_allowed(EventAction action, EventState state) {
  for (const auto& r : kEventRules)
    if (r.action == action && r.state == state) return true;
  return false;
}

const char* event_state_code(EventState s) {
  constexpr const char* k[] = {"planned", "held", "closed", "cancelled"};
  return k[static_cast<int>(s)];
}

const char* event_state_name(EventState s) {
  constexpr const char* k[] = {"筹备中", "已举办", "已结束", "已取消"};
  return k[static_cast<int>(s)];
}

const char* stored_event_status_code(StoredEventStatus s) {
  constexpr const char* k[] = {"planned", "closed", "cancelled"};
  return k[static_cast<int>(s)];
}

std::optional<StoredEventStatus> parse_stored_event_status(std::string_view code) {
  for (auto s : {StoredEventStatus::Planned, StoredEventStatus::Closed, StoredEventStatus::Cancelled})
    if (code == stored_event_status_code(s)) return s;
  return std::nullopt;
}

}  // namespace kc::market
