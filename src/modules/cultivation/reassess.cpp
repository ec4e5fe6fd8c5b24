#include "modules/cultivation/reassess.hpp"

#include <boost/json.hpp>

#include <chrono>
#include <ostream>

#include "core/errors.hpp"
#include "modules/cultivation/domain/report_workflow.hpp"
#include "modules/cultivation/domain/reserve_pool.hpp"
#include "modules/cultivation/repository.hpp"
#include "modules/cultivation/repository_pool.hpp"
#include "modules/cultivation/settings.hpp"
#include "modules/cultivation/tier_policies.hpp"

namespace kc::cultivation {
namespace {

struct PendingChange {
  std::int64_t org_id;
  PoolDecision decision;
  std::string rule_set;
};

bool entered_state(const std::string& state) {
  auto s = parse_state(state);
  return s && is_entered(*s);
}

// Columns of kPoolScan.
enum ScanColumn { kOrgId, kPoolStatus, kState, kOutcome, kSubmittedAt, kKeptThisYear, kFounded, kHnteCert,
                  kDishonesty, kEmployees, kTechStaff, kSales, kRd, kOwnedIp, kRegion };

// The 高企后备 policy in force on the run's date for each region, resolved once per region.
class ReservePolicies {
 public:
  ReservePolicies(TierPolicyBook book, CivilDate on) : book_(std::move(book)), on_(on) {}
  const TierPolicy& of(const std::string& region) {
    auto it = by_region_.find(region);
    if (it == by_region_.end()) it = by_region_.emplace(region, book_.in_force(Tier::HnteReserve, region, on_).policy).first;
    return it->second;
  }

 private:
  TierPolicyBook book_;
  CivilDate on_;
  std::map<std::string, TierPolicy, std::less<>> by_region_;
};

// The report counts when it was submitted (at least once) by the deadline.
std::optional<ReserveEvaluation> evaluate_row(const db::Row& row, const TierPolicy& policy, CivilDate today,
                                              EpochMs deadline_ms, TierDetail detail) {
  if (row.is_null(kState) || row.is_null(kSubmittedAt) || row.i64(kSubmittedAt) > deadline_ms) return std::nullopt;
  bool registered_sme = row.text(kOutcome).rfind("QUALIFIED", 0) == 0 && entered_state(row.text(kState));
  try {
    return evaluate_reserve_rule(policy, reserve_facts_of_row(row, kFounded), registered_sme, today, detail);
  } catch (const ApiError& e) {
    // Figures that passed the reader when filed but that the rule finds inconsistent: not qualifying, said why.
    return ReserveEvaluation{false, e.message_zh(), policy.version.id};
  }
}

void apply(db::Connection& c, const PendingChange& p, EpochMs now, int year) {
  if (p.decision.change == PoolChange::Nominate)
    c.exec(sql::kPoolNominate, {p.org_id, std::string("auto"), p.decision.reason, db::kNull, now, p.rule_set});
  else if (p.decision.change == PoolChange::MarkExitCandidate)
    c.exec(sql::kPoolMarkExit, {p.org_id, p.decision.reason, std::int64_t{year}, now, p.rule_set});
}

}  // namespace

ReserveFacts reserve_facts_of_row(const db::Row& row, std::size_t first) {
  ReserveFacts f;
  if (!row.is_null(first)) f.registration_date = CivilDate::parse(row.text(first));
  f.hnte_cert_valid = row.i64(first + 1) != 0;
  f.serious_dishonesty = row.i64(first + 2) != 0;
  f.employees_total = static_cast<int>(row.i64(first + 3));
  f.tech_staff = static_cast<int>(row.i64(first + 4));
  // Stored by Decimal::to_string when the report was saved, so always parseable.
  f.sales_revenue_wan = Decimal::parse(row.text(first + 5)).value_or(Decimal());
  f.rd_expense_wan = Decimal::parse(row.text(first + 6)).value_or(Decimal());
  f.owned_ip_count = static_cast<int>(row.i64(first + 7));
  return f;
}

ReassessSummary run_reassessment(db::Database& db, EpochMs now_ms, int fiscal_year, std::optional<std::int64_t> run_by) {
  ReassessSummary summary;
  summary.fiscal_year = fiscal_year;
  const auto today = civil_date_of(now_ms);
  std::vector<PendingChange> changes;
  {
    auto c = db.read();
    ReservePolicies policies(TierPolicyBook::load(*c), today);
    summary.deadline_ms = report_deadline_ms(load_settings(*c), fiscal_year);
    summary.deadline_passed = now_ms > summary.deadline_ms;
    c->for_each(sql::kPoolScan, {std::int64_t{fiscal_year}}, [&](const db::Row& row) {
      ++summary.examined;
      auto status = parse_pool_status(row.text(kPoolStatus));
      bool kept = row.i64(kKeptThisYear) == 1;
      if (!decision_needs_evaluation(status, kept)) return;
      const auto& policy = policies.of(row.text(kRegion));
      // Verdicts first; the reasons (costly Chinese messages) only for the enterprises that change.
      auto evaluation = evaluate_row(row, policy, today, summary.deadline_ms, TierDetail::VerdictOnly);
      auto decision = reassess_pool_member(status, evaluation, summary.deadline_passed, fiscal_year, kept);
      if (decision.change == PoolChange::None) return;
      if (evaluation) {
        evaluation = evaluate_row(row, policy, today, summary.deadline_ms, TierDetail::Explained);
        decision = reassess_pool_member(status, evaluation, summary.deadline_passed, fiscal_year, kept);
      }
      changes.push_back({row.i64(kOrgId), std::move(decision), evaluation ? evaluation->rule_set : policy.version.id});
    });
  }
  auto c = db.write();
  db::Transaction tx(*c);
  for (const auto& change : changes) {
    apply(*c, change, now_ms, fiscal_year);
    ++(change.decision.change == PoolChange::Nominate ? summary.nominated : summary.exit_candidates);
  }
  summary.run_id = c->query_one(sql::kInsertRun, {std::int64_t{fiscal_year}, now_ms,
                                                  run_by ? db::Value(*run_by) : db::kNull, summary.examined,
                                                  summary.nominated, summary.exit_candidates})->i64(0);
  tx.commit();
  return summary;
}

int run_cultivation_command(db::Database& db, const Clock& clock, const std::vector<std::string>& positional,
                            const std::map<std::string, std::string>& options, std::ostream& out, std::ostream& err) {
  auto year = options.find("year");
  if (positional != std::vector<std::string>{"reassess"} || year == options.end() || options.size() != 1) {
    err << "usage: kechuang cultivation reassess --year YYYY\n";
    return 2;
  }
  int fiscal_year = 0;
  try {
    std::size_t used = 0;
    fiscal_year = std::stoi(year->second, &used);
    if (used != year->second.size() || fiscal_year < 2000 || fiscal_year > 2100) throw std::invalid_argument("year");
  } catch (const std::exception&) {
    err << "kechuang cultivation reassess: --year must be a year between 2000 and 2100\n";
    return 2;
  }
  auto s = run_reassessment(db, clock.now_ms(), fiscal_year, std::nullopt);
  out << boost::json::serialize(boost::json::object{{"run_id", s.run_id}, {"fiscal_year", s.fiscal_year},
                                                    {"examined", s.examined}, {"nominated", s.nominated},
                                                    {"exit_candidates", s.exit_candidates},
                                                    {"deadline_passed", s.deadline_passed}})
      << "\n";
  return 0;
}

}  // namespace kc::cultivation
