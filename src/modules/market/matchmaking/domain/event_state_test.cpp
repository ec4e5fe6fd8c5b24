#include "modules/market/matchmaking/domain/event_state.hpp"

#include <gtest/gtest.h>

namespace kc::market {
namespace {

constexpr EpochMs kStart = 1'790'000'000'000;

TEST(MatchmakingEventState, PlannedBecomesHeldWhenItsStartTimePasses) {
  ManualClock clock(kStart - 1);
  EXPECT_EQ(event_state(StoredEventStatus::Planned, kStart, clock.now_ms()), EventState::Planned);
  clock.advance_ms(1);
  EXPECT_EQ(event_state(StoredEventStatus::Planned, kStart, clock.now_ms()), EventState::Held);
}

TEST(MatchmakingEventState, ClosedAndCancelledIgnoreTheClock) {
  EXPECT_EQ(event_state(StoredEventStatus::Closed, kStart, kStart - 10), EventState::Closed);
  EXPECT_EQ(event_state(StoredEventStatus::Cancelled, kStart, kStart + 10), EventState::Cancelled);
}

TEST(MatchmakingEventState, RegistrationsBeforeOutcomesAfter) {
  EXPECT_TRUE(event_action_allowed(EventAction::Register, EventState::Planned));
  EXPECT_FALSE(event_action_allowed(EventAction::Register, EventState::Held));
  EXPECT_TRUE(event_action_allowed(EventAction::Invite, EventState::Planned));
  EXPECT_FALSE(event_action_allowed(EventAction::RecordOutcome, EventState::Planned));
  EXPECT_TRUE(event_action_allowed(EventAction::RecordOutcome, EventState::Held));
  EXPECT_FALSE(event_action_allowed(EventAction::RecordOutcome, EventState::Closed));
}

TEST(MatchmakingEventState, OnlyAHeldEventClosesOnlyAPlannedOneIsCancelled) {
  EXPECT_FALSE(event_action_allowed(EventAction::Close, EventState::Planned));
  EXPECT_TRUE(event_action_allowed(EventAction::Close, EventState::Held));
  EXPECT_TRUE(event_action_allowed(EventAction::Cancel, EventState::Planned));
  EXPECT_FALSE(event_action_allowed(EventAction::Cancel, EventState::Held));
  for (auto a : {EventAction::Invite, EventAction::Register, EventAction::RecordOutcome, EventAction::Close,
                 EventAction::Cancel}) {
    EXPECT_FALSE(event_action_allowed(a, EventState::Cancelled));
    EXPECT_FALSE(event_action_allowed(a, EventState::Closed));
  }
}

TEST(MatchmakingEventState, StoredCodesRoundTrip) {
  for (auto s : {StoredEventStatus::Planned, StoredEventStatus::Closed, StoredEventStatus::Cancelled})
    EXPECT_EQ(parse_stored_event_status(stored_event_status_code(s)), s);
  EXPECT_FALSE(parse_stored_event_status("held").has_value());
  EXPECT_STREQ(event_state_name(EventState::Held), "已举办");
}

}  // namespace
}  // namespace kc::market
