#pragma once
// The 高企 reserve pool (高新技术后备企业库, “有进有出”): who enters automatically by the reserve rule
// (tier_rules' HnteReserve policy), and who becomes an exit candidate at the yearly re-assessment —
// no longer qualifying, or no annual report filed by the deadline. An officer then decides keep/exit.
#include <optional>
#include <string>

#include "modules/cultivation/domain/tech_sme_rules.hpp"
#include "modules/cultivation/domain/tier_rules.hpp"

namespace kc::cultivation {

// The figures of one annual report the reserve rule needs; kept in their own columns of the report so the
// yearly run over every enterprise reads rows, not JSON documents.
struct ReserveFacts {
  std::optional<CivilDate> registration_date;  // 成立日期; nullopt when the report has none
  bool hnte_cert_valid = false;
  bool serious_dishonesty = false;
  int employees_total = 0;
  int tech_staff = 0;
  Decimal sales_revenue_wan;
  Decimal rd_expense_wan;
  int owned_ip_count = 0;  // valid IP of class Ⅰ or Ⅱ (trademarks never count)
};

ReserveFacts reserve_facts_of(const TechSmeInput& sme, std::optional<CivilDate> registration_date);

// The tier rules' input from one report's figures (one year of revenue). Needs facts.registration_date.
TierInput tier_input_of(const ReserveFacts& facts, bool registered_tech_sme, CivilDate evaluation_date);
inline constexpr std::string_view kNoRegistrationDate = "年报未填写成立日期（registration_date），无法判断注册年限";

// The reserve rule over one filed annual report. `registered_tech_sme`: the report's tech-sme outcome
// qualifies and the report has been entered (registered, under publicity or final).
struct ReserveEvaluation {
  bool qualified = false;
  std::string reason;  // Chinese: the failed checks, or the passed ones when qualified
  std::string rule_set;
};
// VerdictOnly leaves `reason` empty (for the run over every enterprise; explain only those that change).
ReserveEvaluation evaluate_reserve_rule(const TierPolicy& policy, const ReserveFacts& facts, bool registered_tech_sme,
                                        CivilDate evaluation_date, TierDetail detail = TierDetail::Explained);

// The documented default reserve policy of a region (tier_rules); the one in force may be a published version.
TierPolicy reserve_policy(std::string_view region_code);

enum class PoolStatus { None, Active, ExitCandidate, Exited };
enum class PoolChange { None, Nominate, MarkExitCandidate };

struct PoolDecision {
  PoolChange change = PoolChange::None;
  std::string reason;
};

// One enterprise at the yearly run for fiscal year `year`. `evaluation`: nullopt when no report of that
// year was filed (submitted) by the deadline; `deadline_passed`: the run is after the filing deadline;
// `kept_this_year`: an officer already decided to keep it after this year's run marked it (runs repeat).
PoolDecision reassess_pool_member(PoolStatus status, const std::optional<ReserveEvaluation>& evaluation,
                                  bool deadline_passed, int year, bool kept_this_year = false);

// Whether the reserve rule's result can change the decision at all: an exit candidate waits for the officer and a
// member kept this year stays, whatever the data say, so the yearly run need not evaluate them.
bool decision_needs_evaluation(PoolStatus status, bool kept_this_year);

std::string_view pool_status_code(PoolStatus s);  // "", "active", "exit_candidate", "exited"
std::string_view pool_status_name(PoolStatus s);
PoolStatus parse_pool_status(std::string_view code);  // unknown / empty → None

}  // namespace kc::cultivation
