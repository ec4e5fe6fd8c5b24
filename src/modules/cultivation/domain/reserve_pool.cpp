#include "modules/cultivation/domain/reserve_pool.hpp"

#include "modules/cultivation/domain/tier_policy_resolution.hpp"


namespace kc::cultivation {
namespace {

int owned_ip_count(const TechSmeInput& in) {
  int n = 0;
  for (const auto& item : in.ip)
    if (item.valid && item.ip_class != IpClass::Trademark) ++n;
  return n;
}

std::string join_checks(const TierResult& r, bool passed) {
  std::string out;
  for (const auto& c : r.checks) {
    if (c.pass != passed) continue;
    if (!out.empty()) out += "；";
    out += c.message;
  }
  return out;
}

}  // namespace

TierPolicy reserve_policy(std::string_view region_code) { return default_tier_policy(Tier::HnteReserve, region_code); }

ReserveFacts reserve_facts_of(const TechSmeInput& sme, std::optional<CivilDate> registration_date) {
  return {registration_date,        sme.direct.hnte_cert_valid, sme.major_incident_or_serious_dishonesty,
          sme.employees_total,      sme.tech_staff,             sme.sales_revenue_wan,
          sme.rd_expense_wan,       owned_ip_count(sme)};
}

TierInput tier_input_of(const ReserveFacts& facts, bool registered_tech_sme, CivilDate evaluation_date) {
  TierInput in;
  in.registration_date = *facts.registration_date;
  in.evaluation_date = evaluation_date;
  in.is_hnte = facts.hnte_cert_valid;
  in.is_registered_tech_sme = registered_tech_sme;
  in.on_serious_dishonesty_list = facts.serious_dishonesty;
  in.revenue_wan = {facts.sales_revenue_wan};
  in.rd_expense_latest_wan = facts.rd_expense_wan;
  in.employees_total = facts.employees_total;
  in.tech_staff = facts.tech_staff;
  in.owned_ip_count = facts.owned_ip_count;
  return in;
}

ReserveEvaluation evaluate_reserve_rule(const TierPolicy& policy, const ReserveFacts& facts, bool registered_tech_sme,
                                        CivilDate evaluation_date, TierDetail detail) {
  if (!facts.registration_date) return {false, std::string(kNoRegistrationDate), policy.version.id};
  auto result = evaluate_tier(policy, tier_input_of(facts, registered_tech_sme, evaluation_date), detail);
  auto reason = detail == TierDetail::Explained ? join_checks(result, result.qualified) : std::string();
  return {result.qualified, std::move(reason), result.rule_set.id};
}

PoolDecision reassess_pool_member(PoolStatus status, const std::optional<ReserveEvaluation>& evaluation,
                                  bool deadline_passed, int year, bool kept_this_year) {
  const auto year_text = std::to_string(year);
  if (status == PoolStatus::Active) {
    if (kept_this_year) return {};
    if (!evaluation) {
      if (!deadline_passed) return {};  // still time to file
      return {PoolChange::MarkExitCandidate, "未在截止日期前报送" + year_text + "年度年报"};
    }
    if (!evaluation->qualified)
      return {PoolChange::MarkExitCandidate, year_text + "年度不再符合后备库条件：" + evaluation->reason};
    return {};
  }
  // An exit candidate waits for the officer; the others may (re-)enter by the rule.
  if (status == PoolStatus::ExitCandidate || !evaluation || !evaluation->qualified) return {};
  return {PoolChange::Nominate, "按" + year_text + "年度年报自动入库：" + evaluation->reason};
}

bool decision_needs_evaluation(PoolStatus status, bool kept_this_year) {
  return status != PoolStatus::ExitCandidate && !(status == PoolStatus::Active && kept_this_year);
}

namespace {
constexpr std::string_view kStatusCodes[] = {"", "active", "exit_candidate", "exited"};
constexpr std::string_view kStatusNames[] = {"未入库", "在库", "拟出库", "已出库"};
}  // namespace

std::string_view pool_status_code(PoolStatus s) { return kStatusCodes[static_cast<int>(s)]; }
std::string_view pool_status_name(PoolStatus s) { return kStatusNames[static_cast<int>(s)]; }
PoolStatus parse_pool_status(std::string_view code) {
  for (int i = 1; i < 4; ++i)
    if (kStatusCodes[i] == code) return static_cast<PoolStatus>(i);
  return PoolStatus::None;
}

}  // namespace kc::cultivation
