// generate_demo_reports: assessed annual reports in several workflow states, then one re-assessment.
#include "modules/cultivation/demo/demo_reports.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <ctime>
#include <string>
#include <vector>

#include "modules/cultivation/domain/annual_report.hpp"
#include "modules/cultivation/domain/registration_number.hpp"
#include "modules/cultivation/domain/report_workflow.hpp"
#include "modules/cultivation/reassess.hpp"
#include "modules/cultivation/report_params.hpp"
#include "modules/cultivation/repository.hpp"
#include "modules/cultivation/settings.hpp"
#include "modules/registry/demo/demo_random.hpp"

namespace kc::cultivation {
namespace {

namespace json = boost::json;
using registry::demo::DemoRandom;

constexpr std::int64_t kBeijingOffsetMs = 8 * 3'600'000;
constexpr std::int64_t kDayMs = 86'400'000;
const std::string kDemoCityPrefix = "4104";  // 平顶山市
constexpr std::int64_t kDemoUserId = 0;      // the generator, not a person: the events' user_id

const db::Query kAnyReportOfYear{"demo.any_report", "SELECT 1 FROM cultivation_reports WHERE fiscal_year = $1"};
// 叶县 and 宝丰县 first (the demo county officers' counties), then the rest of 平顶山, by id for reproducibility.
const db::Query kEnterprises{"demo.report_enterprises",
                             "SELECT id, region_code FROM orgs WHERE status = 'approved' AND kind = 'enterprise' "
                             "AND substr(region_code, 1, 4) = $1 "
                             "ORDER BY CASE WHEN region_code IN ('410422', '410421') THEN 0 ELSE 1 END, id LIMIT $2"};
const db::Query kQualified{"demo.reports_qualified",
                           "SELECT COUNT(*) FROM cultivation_reports WHERE fiscal_year = $1 AND tech_sme_outcome LIKE 'QUALIFIED%'"};

int beijing_year(std::int64_t now_ms) {
  std::time_t t = static_cast<std::time_t>((now_ms + kBeijingOffsetMs) / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm.tm_year + 1900;
}

// 万元 with two decimals, as the report form takes them: whole * 100 + cents.
std::string wan(std::int64_t hundredths) {
  std::string cents = std::to_string(hundredths % 100);
  return std::to_string(hundredths / 100) + "." + (cents.size() == 1 ? "0" : "") + cents;
}

// 成立日期: one to twenty years before the end of the fiscal year (the reserve rule counts the years).
std::string founded_on(DemoRandom& rng, int fiscal_year) {
  char buf[11];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", fiscal_year - static_cast<int>(rng.between(1, 20)),
                static_cast<int>(rng.between(1, 12)), static_cast<int>(rng.between(1, 28)));
  return buf;
}

// The tech_sme input of assessment-contract.md's worked example with varied size, R&D intensity and IP: R&D
// between 1% and 8% of sales crosses the rule's intensity bands, so some qualify, some not, some narrowly.
json::object tech_sme_input(DemoRandom& rng, int evaluation_year) {
  std::int64_t employees = rng.between(15, 400);
  std::int64_t sales = rng.between(500, 21'000) * 100;  // 万元 × 100; a few just above the SME limit of 2亿
  std::int64_t rd = sales * rng.between(100, 800) / 10'000;
  json::array ip;
  for (std::int64_t i = rng.between(0, 3); i > 0; --i)
    ip.push_back({{"class", i == 1 && rng.percent(50) ? "II" : "I"}, {"kind", "发明专利"}, {"valid", true},
                  {"related_to_main_product", true}});
  return {{"evaluation_year", evaluation_year},
          {"resident_enterprise_cn_mainland", true},
          {"accounting_sound_and_audit_collection", true},
          {"industry", "软件和信息技术服务业"},
          {"major_incident_or_serious_dishonesty", false},
          {"on_abnormal_or_dishonest_list", rng.percent(3)},
          {"direct", json::object{}},
          {"employees_total", employees},
          {"tech_staff", employees * rng.between(5, 45) / 100},
          {"sales_revenue_wan", wan(sales)},
          {"total_assets_wan", wan(sales * rng.between(40, 120) / 100)},
          {"rd_expense_wan", wan(rd)},
          {"cost_expense_total_wan", wan(sales * rng.between(70, 95) / 100)},
          {"ip", ip}};
}

using Step = std::pair<ReportAction, ReportActor>;

// The workflow steps to the report's demo state: 10% draft, 10% submitted, 15% county reviewed, 15% city
// confirmed, 15% registered, 15% under publicity, 20% final.
std::vector<Step> steps_to_demo_state(DemoRandom& rng) {
  const std::vector<Step> path{{ReportAction::Submit, ReportActor::Enterprise},
                               {ReportAction::CountyPass, ReportActor::County},
                               {ReportAction::CityConfirm, ReportActor::City},
                               {ReportAction::Register, ReportActor::City},
                               {ReportAction::Publicize, ReportActor::City},
                               {ReportAction::Finalize, ReportActor::City}};
  const int cumulative[] = {10, 20, 35, 50, 65, 80};
  int roll = static_cast<int>(rng.below(100));
  std::size_t n = 0;
  while (n < std::size(cumulative) && roll >= cumulative[n]) ++n;
  return {path.begin(), path.begin() + static_cast<std::ptrdiff_t>(n)};
}

struct DemoReport {
  std::int64_t id;
  int fiscal_year;
  std::string region;
};

// The data a step carries beyond the state, as transitions.cpp's apply_effects: the registration number
// (evaluation year = fiscal year + 1, numbered per county) and the publicity end — already past for a report
// that goes on to final, since 终审 needs the 公示期 over.
void apply_effects(db::Connection& c, const DemoReport& r, ReportAction action, bool finalized,
                   const CultivationSettings& settings, std::int64_t now_ms) {
  if (action == ReportAction::Register) {
    auto seq = c.query_one(sql::kLastRegistrationSeq, {std::int64_t{r.fiscal_year}, r.region})->i64(0) + 1;
    c.exec(sql::kSetRegistration,
           {r.id, format_registration_number(settings.registration_pattern, r.fiscal_year + 1, r.region, seq), seq});
  } else if (action == ReportAction::Publicize) {
    c.exec(sql::kSetPublicityEnd, {r.id, finalized ? now_ms - kDayMs : now_ms + settings.publicity_days * kDayMs});
  }
}

// Moves the report as the transition route does (transitions.cpp), refusing a step the workflow does not allow.
void advance(db::Connection& c, const DemoReport& r, const std::vector<Step>& steps,
             const CultivationSettings& settings, std::int64_t filed_ms, std::int64_t now_ms) {
  ReportState state = ReportState::Draft;
  bool finalized = !steps.empty() && steps.back().first == ReportAction::Finalize;
  for (auto [action, actor] : steps) {
    auto decision = decide_transition(state, action, actor, finalized);
    if (!decision.allowed()) throw std::logic_error("demo report workflow step refused");
    c.exec(sql::kMoveReport, {r.id, std::string(state_code(state)), std::string(state_code(decision.next)),
                              std::string(), filed_ms});
    apply_effects(c, r, action, finalized, settings, now_ms);
    c.exec(sql::kInsertEvent, {r.id, std::string(action_code(action)), std::string(state_code(state)),
                               std::string(state_code(decision.next)), kDemoUserId, std::string(), filed_ms});
    state = decision.next;
  }
}

std::int64_t insert_report(db::Connection& c, std::int64_t org_id, const AssessedAnnualReport& a, std::int64_t now_ms) {
  auto params = data_params(a);
  params.insert(params.begin(), {org_id, std::int64_t{a.fiscal_year}});
  params.push_back(now_ms);
  return c.query_one(sql::kInsertReport, params)->i64(0);
}

}  // namespace

DemoReportSummary generate_demo_reports(db::Database& db, DemoReportOptions options, std::int64_t now_ms) {
  DemoReportSummary summary;
  int fiscal_year = beijing_year(now_ms) - 1;
  {
    auto c = db.write();
    db::Transaction tx(*c);
    if (c->query_one(kAnyReportOfYear, {std::int64_t{fiscal_year}})) return summary;
    DemoRandom rng(options.seed);
    auto settings = load_settings(*c);
    // The workflow happened before the filing deadline when that is past: reports filed late would not count
    // at the re-assessment. Publicity ends are still relative to now (some under way, some over).
    std::int64_t filed_ms = std::min(now_ms, report_deadline_ms(settings, fiscal_year) - 30 * kDayMs);
    for (const auto& row : c->query(kEnterprises, {kDemoCityPrefix, std::int64_t{options.reports}})) {
      json::object body{{"fiscal_year", fiscal_year},
                        {"registration_date", founded_on(rng, fiscal_year)},
                        {"tech_sme", tech_sme_input(rng, fiscal_year + 1)}};
      DemoReport report{insert_report(*c, row.i64(0), assess_annual_report(body), filed_ms), fiscal_year, row.text(1)};
      advance(*c, report, steps_to_demo_state(rng), settings, filed_ms, now_ms);
      ++summary.reports;
    }
    summary.tech_sme_qualified = static_cast<int>(c->query_one(kQualified, {std::int64_t{fiscal_year}})->i64(0));
    tx.commit();
  }
  if (summary.reports > 0) summary.pool_nominated = run_reassessment(db, now_ms, fiscal_year, std::nullopt).nominated;
  return summary;
}

}  // namespace kc::cultivation
