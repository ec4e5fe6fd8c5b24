#pragma once
// The 高企 reserve pool (高新技术后备企业库, “有进有出”): who enters automatically by the reserve rule
// (tier_rules' HnteReserve policy), and who becomes an exit candidate at the yearly re-assessment —
// no longer qualifying, or no annual report filed by the deadline. An officer then decides keep/exit.
#include <boost/json/value.hpp>

#include <optional>
#include <string>

#include "modules/cultivation/domain/tier_rules.hpp"

namespace kc::cultivation {

// The reserve rule over one filed annual report. `registered_tech_sme`: the report's tech-sme outcome
// qualifies and the report has been entered (registered, under publicity or final).
struct ReserveEvaluation {
  bool qualified = false;
  std::string reason;  // Chinese: the failed checks, or the passed ones when qualified
  std::string rule_set;
};
ReserveEvaluation evaluate_reserve_rule(const TierPolicy& policy, const boost::json::value& report_data,
                                        bool registered_tech_sme, CivilDate evaluation_date);

// The reserve policy of a region (documented default of tier_rules).
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

std::string_view pool_status_code(PoolStatus s);  // "", "active", "exit_candidate", "exited"
std::string_view pool_status_name(PoolStatus s);
PoolStatus parse_pool_status(std::string_view code);  // unknown / empty → None

}  // namespace kc::cultivation
