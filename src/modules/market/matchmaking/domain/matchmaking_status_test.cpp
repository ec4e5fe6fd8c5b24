#include "modules/market/matchmaking/domain/matchmaking_status.hpp"

#include <gtest/gtest.h>

namespace kc::market {
namespace {

using S = MatchStatus;

TEST(MatchmakingStatus, FollowsIntentionNegotiationThenSignedOrTerminated) {
  EXPECT_TRUE(match_transition_allowed(S::Intention, S::Negotiating));
  EXPECT_TRUE(match_transition_allowed(S::Negotiating, S::Signed));
  EXPECT_TRUE(match_transition_allowed(S::Negotiating, S::Terminated));
  EXPECT_TRUE(match_transition_allowed(S::Intention, S::Terminated));
}

TEST(MatchmakingStatus, CannotSignWithoutNegotiatingNorGoBack) {
  EXPECT_FALSE(match_transition_allowed(S::Intention, S::Signed));
  EXPECT_FALSE(match_transition_allowed(S::Negotiating, S::Intention));
  EXPECT_FALSE(match_transition_allowed(S::Intention, S::Intention));
}

TEST(MatchmakingStatus, SignedAndTerminatedAreFinal) {
  for (S from : {S::Signed, S::Terminated}) {
    EXPECT_FALSE(match_status_open(from));
    for (S to : {S::Intention, S::Negotiating, S::Signed, S::Terminated})
      EXPECT_FALSE(match_transition_allowed(from, to)) << match_status_code(from) << "→" << match_status_code(to);
  }
  EXPECT_TRUE(match_status_open(S::Intention));
  EXPECT_TRUE(match_status_open(S::Negotiating));
}

TEST(MatchmakingStatus, CodesRoundTripAndUnknownCodesAreRejected) {
  for (S s : {S::Intention, S::Negotiating, S::Signed, S::Terminated})
    EXPECT_EQ(parse_match_status(match_status_code(s)), s);
  EXPECT_STREQ(match_status_name(S::Negotiating), "洽谈");
  EXPECT_FALSE(parse_match_status("done").has_value());
  EXPECT_FALSE(parse_match_status("").has_value());
}

}  // namespace
}  // namespace kc::market
