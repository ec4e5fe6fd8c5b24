#include "modules/cultivation/domain/report_workflow.hpp"

#include <array>

namespace kc::cultivation {
namespace {

struct Step {
  ReportAction action;
  ReportActor actor;
  std::initializer_list<ReportState> from;
  std::optional<ReportState> to;  // nullopt: the state does not change (editing, recording an objection)
};

using S = ReportState;
using A = ReportAction;
using R = ReportActor;

// The whole workflow as data: who may take each step, from which states, to which state.
const std::array<Step, 9> kSteps{{
    {A::Edit, R::Enterprise, {S::Draft, S::Returned}, std::nullopt},
    {A::Submit, R::Enterprise, {S::Draft}, S::Submitted},
    {A::Submit, R::Enterprise, {S::Returned}, S::Resubmitted},
    {A::CountyPass, R::County, {S::Submitted, S::Resubmitted}, S::CountyReviewed},
    {A::CountyReturn, R::County, {S::Submitted, S::Resubmitted}, S::Returned},
    {A::CityConfirm, R::City, {S::CountyReviewed}, S::CityConfirmed},
    {A::Register, R::City, {S::CityConfirmed}, S::Registered},
    {A::Publicize, R::City, {S::Registered}, S::Publicity},
    {A::Finalize, R::City, {S::Publicity}, S::Final},
}};

constexpr std::array<std::string_view, 9> kStateCodes{"draft", "submitted", "returned", "resubmitted", "county_reviewed",
                                                      "city_confirmed", "registered", "publicity", "final"};
constexpr std::array<std::string_view, 9> kStateNames{"草稿", "已提交", "已退回", "已重新提交", "县区已审核",
                                                      "市局已确认", "已入库登记", "公示中", "已终审"};
constexpr std::array<std::string_view, 9> kActionCodes{"edit", "submit", "county_pass", "county_return", "city_confirm",
                                                       "register", "publicize", "finalize", "record_objection"};
constexpr std::array<std::string_view, 9> kActionNames{"修改年报", "提交", "县区审核通过", "县区退回", "市局确认",
                                                       "入库登记", "发布公示", "终审", "登记异议"};

}  // namespace

ReportActor actor_of(auth::Role role) {
  using auth::Role;
  switch (role) {
    case Role::OrgAdmin:
    case Role::OrgUser: return R::Enterprise;
    case Role::CountyOfficer: return R::County;
    case Role::Admin:
    case Role::CityAdmin:
    case Role::CityOfficer: return R::City;
    case Role::Expert: return R::None;
  }
  return R::None;
}

TransitionDecision decide_transition(ReportState from, ReportAction action, ReportActor actor, bool publicity_over) {
  if (action == A::RecordObjection) {
    // 公示期内任何人可提出异议; bureau staff record them, and only while the publicity runs.
    if (actor != R::City && actor != R::County) return {TransitionRefusal::WrongRole, from};
    if (from != S::Publicity) return {TransitionRefusal::WrongState, from};
    return {TransitionRefusal::None, from};
  }
  bool role_known = false;
  for (const auto& step : kSteps) {
    if (step.action != action || step.actor != actor) continue;
    role_known = true;
    for (auto s : step.from) {
      if (s != from) continue;
      if (action == A::Finalize && !publicity_over) return {TransitionRefusal::PublicityNotOver, from};
      return {TransitionRefusal::None, step.to.value_or(from)};
    }
  }
  return {role_known ? TransitionRefusal::WrongState : TransitionRefusal::WrongRole, from};
}

std::string_view state_code(ReportState s) { return kStateCodes.at(static_cast<std::size_t>(s)); }
std::string_view state_name(ReportState s) { return kStateNames.at(static_cast<std::size_t>(s)); }
std::string_view action_code(ReportAction a) { return kActionCodes.at(static_cast<std::size_t>(a)); }
std::string_view action_name(ReportAction a) { return kActionNames.at(static_cast<std::size_t>(a)); }

std::optional<ReportState> parse_state(std::string_view code) {
  for (std::size_t i = 0; i < kStateCodes.size(); ++i)
    if (kStateCodes[i] == code) return static_cast<ReportState>(i);
  return std::nullopt;
}

bool is_entered(ReportState s) {
  return s == ReportState::Registered || s == ReportState::Publicity || s == ReportState::Final;
}

}  // namespace kc::cultivation
