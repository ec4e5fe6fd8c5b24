#include "modules/cultivation/domain/reserve_pool.hpp"

#include "modules/cultivation/domain/assessment_json.hpp"

namespace kc::cultivation {
namespace {

int owned_ip_count(const TechSmeInput& in) {
  int n = 0;
  for (const auto& item : in.ip)
    if (item.valid && item.ip_class != IpClass::Trademark) ++n;
  return n;
}

// The enterprise's founding date: the report's own, or the 高企 section's.
std::optional<CivilDate> registration_date_of(const boost::json::object& data) {
  const boost::json::value* date = data.if_contains("registration_date");
  if (!date) {
    if (const auto* hnte = data.if_contains("high_tech"); hnte && hnte->is_object())
      date = hnte->as_object().if_contains("registration_date");
  }
  if (!date || !date->is_string()) return std::nullopt;
  return CivilDate::parse(date->as_string());
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

TierPolicy reserve_policy(std::string_view region_code) {
  for (auto& p : default_tier_policies(region_code))
    if (p.tier == Tier::HnteReserve) return p;
  throw std::logic_error("no 高企后备 default policy");
}

ReserveEvaluation evaluate_reserve_rule(const TierPolicy& policy, const boost::json::value& report_data,
                                        bool registered_tech_sme, CivilDate evaluation_date) {
  const auto& data = report_data.as_object();
  auto registered = registration_date_of(data);
  if (!registered) return {false, "年报未填写成立日期（registration_date），无法判断注册年限", policy.version.id};
  // The stored data passed the strict reader when saved; parsing again gives the typed figures.
  auto sme = parse_tech_sme_input(data.at("tech_sme"));
  TierInput in;
  in.registration_date = *registered;
  in.evaluation_date = evaluation_date;
  in.is_hnte = sme.direct.hnte_cert_valid;
  in.is_registered_tech_sme = registered_tech_sme;
  in.on_serious_dishonesty_list = sme.major_incident_or_serious_dishonesty;
  in.revenue_wan = {sme.sales_revenue_wan};
  in.rd_expense_latest_wan = sme.rd_expense_wan;
  in.employees_total = sme.employees_total;
  in.tech_staff = sme.tech_staff;
  in.owned_ip_count = owned_ip_count(sme);
  auto result = evaluate_tier(policy, in);
  return {result.qualified, join_checks(result, result.qualified), result.rule_set.id};
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
