#pragma once
// The annual-report review workflow (企业年报 → 县区审核 → 市局确认 → 入库登记 → 公示 → 终审), as one pure
// transition function so that every allowed and refused step is unit-tested without a database.
//
//   draft ──submit──▶ submitted ──county_pass──▶ county_reviewed ──city_confirm──▶ city_confirmed
//                        │  ▲                                                          │ register
//                county_return  resubmit (from returned)                               ▼
//                        ▼  │                                                       registered ──publicize──▶ publicity
//                     returned ──county_pass is refused until resubmitted                      finalize (period over) ▼
//                                                                                                            final
// Role (403) is checked before state (409); data scope (404) is the caller's job, before both.
#include <optional>
#include <string_view>

#include "auth/roles.hpp"

namespace kc::cultivation {

enum class ReportState { Draft, Submitted, Returned, Resubmitted, CountyReviewed, CityConfirmed, Registered, Publicity, Final };
enum class ReportAction { Edit, Submit, CountyPass, CountyReturn, CityConfirm, Register, Publicize, Finalize, RecordObjection };
// Who acts: the enterprise itself, the county bureau of its region, or the city bureau.
enum class ReportActor { Enterprise, County, City, None };

ReportActor actor_of(auth::Role role);

enum class TransitionRefusal { None, WrongRole, WrongState, PublicityNotOver };

struct TransitionDecision {
  TransitionRefusal refusal = TransitionRefusal::None;
  ReportState next = ReportState::Draft;  // meaningful only when allowed; unchanged state for Edit/RecordObjection
  bool allowed() const { return refusal == TransitionRefusal::None; }
};

// `publicity_over`: the publicity end date has passed (only Finalize looks at it).
TransitionDecision decide_transition(ReportState from, ReportAction action, ReportActor actor, bool publicity_over = false);

// Entered (入库): registered, under publicity or final.
bool is_entered(ReportState s);

std::string_view state_code(ReportState s);   // "draft", "county_reviewed", …
std::string_view state_name(ReportState s);   // 草稿, 县区已审核, …
std::optional<ReportState> parse_state(std::string_view code);
std::string_view action_code(ReportAction a);  // "submit", "county_pass", …
std::string_view action_name(ReportAction a);  // 提交, 县区审核通过, …

}  // namespace kc::cultivation
