#include "modules/cultivation/domain/report_workflow.hpp"

#include <gtest/gtest.h>

#include <map>
#include <tuple>

namespace kc::cultivation {
namespace {

using S = ReportState;
using A = ReportAction;
using R = ReportActor;

const std::vector<S> kAllStates{S::Draft, S::Submitted, S::Returned, S::Resubmitted, S::CountyReviewed,
                                S::CityConfirmed, S::Registered, S::Publicity, S::Final};
const std::vector<A> kAllActions{A::Edit, A::Submit, A::CountyPass, A::CountyReturn, A::CityConfirm,
                                 A::Register, A::Publicize, A::Finalize, A::RecordObjection};
const std::vector<R> kAllActors{R::Enterprise, R::County, R::City, R::None};

// The workflow as the issue describes it, written out by hand: (state, action, actor) → next state.
const std::map<std::tuple<S, A, R>, S> kAllowed{
    {{S::Draft, A::Edit, R::Enterprise}, S::Draft},
    {{S::Returned, A::Edit, R::Enterprise}, S::Returned},
    {{S::Draft, A::Submit, R::Enterprise}, S::Submitted},
    {{S::Returned, A::Submit, R::Enterprise}, S::Resubmitted},
    {{S::Submitted, A::CountyPass, R::County}, S::CountyReviewed},
    {{S::Resubmitted, A::CountyPass, R::County}, S::CountyReviewed},
    {{S::Submitted, A::CountyReturn, R::County}, S::Returned},
    {{S::Resubmitted, A::CountyReturn, R::County}, S::Returned},
    {{S::CountyReviewed, A::CityConfirm, R::City}, S::CityConfirmed},
    {{S::CityConfirmed, A::Register, R::City}, S::Registered},
    {{S::Registered, A::Publicize, R::City}, S::Publicity},
    {{S::Publicity, A::Finalize, R::City}, S::Final},
    {{S::Publicity, A::RecordObjection, R::City}, S::Publicity},
    {{S::Publicity, A::RecordObjection, R::County}, S::Publicity},
};

// Which actor owns each action at all (a different actor is refused for its role, whatever the state).
bool actor_owns(A action, R actor) {
  for (const auto& [key, next] : kAllowed)
    if (std::get<1>(key) == action && std::get<2>(key) == actor) return true;
  return false;
}

TEST(CultivationReportWorkflow, EveryCombinationIsAllowedOrRefusedAsSpecified) {
  int allowed = 0, wrong_role = 0, wrong_state = 0;
  for (auto s : kAllStates)
    for (auto a : kAllActions)
      for (auto r : kAllActors) {
        auto d = decide_transition(s, a, r, /*publicity_over=*/true);
        auto it = kAllowed.find({s, a, r});
        SCOPED_TRACE(std::string(state_code(s)) + " " + std::string(action_code(a)) + " actor " +
                     std::to_string(static_cast<int>(r)));
        if (it != kAllowed.end()) {
          ASSERT_TRUE(d.allowed());
          EXPECT_EQ(d.next, it->second);
          ++allowed;
        } else if (!actor_owns(a, r)) {
          EXPECT_EQ(d.refusal, TransitionRefusal::WrongRole);
          ++wrong_role;
        } else {
          EXPECT_EQ(d.refusal, TransitionRefusal::WrongState);
          ++wrong_state;
        }
      }
  EXPECT_EQ(allowed, 14);
  EXPECT_EQ(allowed + wrong_role + wrong_state, 9 * 9 * 4);
}

TEST(CultivationReportWorkflow, FinalizeWaitsForTheEndOfPublicity) {
  EXPECT_EQ(decide_transition(S::Publicity, A::Finalize, R::City, false).refusal, TransitionRefusal::PublicityNotOver);
  EXPECT_TRUE(decide_transition(S::Publicity, A::Finalize, R::City, true).allowed());
  // The role is still checked first, and the state before the period.
  EXPECT_EQ(decide_transition(S::Publicity, A::Finalize, R::County, false).refusal, TransitionRefusal::WrongRole);
  EXPECT_EQ(decide_transition(S::Registered, A::Finalize, R::City, false).refusal, TransitionRefusal::WrongState);
}

TEST(CultivationReportWorkflow, ReturnedReportIsResubmittedNotSubmittedAgain) {
  auto back = decide_transition(S::Submitted, A::CountyReturn, R::County);
  ASSERT_TRUE(back.allowed());
  auto again = decide_transition(back.next, A::Submit, R::Enterprise);
  ASSERT_TRUE(again.allowed());
  EXPECT_EQ(again.next, S::Resubmitted);
  EXPECT_EQ(decide_transition(back.next, A::CountyPass, R::County).refusal, TransitionRefusal::WrongState);
}

TEST(CultivationReportWorkflow, RolesMapToActors) {
  EXPECT_EQ(actor_of(auth::Role::OrgUser), R::Enterprise);
  EXPECT_EQ(actor_of(auth::Role::OrgAdmin), R::Enterprise);
  EXPECT_EQ(actor_of(auth::Role::CountyOfficer), R::County);
  EXPECT_EQ(actor_of(auth::Role::CityOfficer), R::City);
  EXPECT_EQ(actor_of(auth::Role::CityAdmin), R::City);
  EXPECT_EQ(actor_of(auth::Role::Expert), R::None);
}

TEST(CultivationReportWorkflow, StateCodesRoundTrip) {
  for (auto s : kAllStates) EXPECT_EQ(parse_state(state_code(s)), s);
  EXPECT_FALSE(parse_state("approved").has_value());
  EXPECT_EQ(state_code(S::CountyReviewed), "county_reviewed");
}

}  // namespace
}  // namespace kc::cultivation
