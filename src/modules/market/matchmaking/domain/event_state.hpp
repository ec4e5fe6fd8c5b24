#pragma once
// The life of a matchmaking event (对接活动), issue 4 "Matchmaking events": planned → held (once its start time
// has passed) → closed by the bureau after the outcomes are recorded; a planned event may be cancelled.
// "Held" is not stored: it follows from the start time and the injected clock, so no job has to flip it.
#include <optional>
#include <string_view>

#include "core/clock.hpp"

namespace kc::market {

enum class EventState { Planned, Held, Closed, Cancelled };
// What is stored; Held is derived.
enum class StoredEventStatus { Planned, Closed, Cancelled };

enum class EventAction { Invite, Register, RecordOutcome, Close, Cancel };

struct EventRule {
  EventAction action;
  EventState state;  // the one state in which the action is allowed
};

// Invitations and registrations are taken before the event, outcomes after it until it is closed.
inline constexpr EventRule kEventRules[] = {
    {EventAction::Invite, EventState::Planned},      {EventAction::Register, EventState::Planned},
    {EventAction::Cancel, EventState::Planned},      {EventAction::RecordOutcome, EventState::Held},
    {EventAction::Close, EventState::Held},
};

EventState event_state(StoredEventStatus stored, EpochMs starts_at, EpochMs now);
bool event_action_allowed(EventAction action, EventState state);

const char* event_state_code(EventState s);  // planned | held | closed | cancelled
const char* event_state_name(EventState s);  // 筹备中 | 已举办 | 已结束 | 已取消
std::optional<StoredEventStatus> parse_stored_event_status(std::string_view code);
const char* stored_event_status_code(StoredEventStatus s);

}  // namespace kc::market
