// run_reassessment and the `kechuang cultivation reassess` command over a real SQLite database.
#include "modules/cultivation/reassess.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <boost/json.hpp>

#include <filesystem>
#include <sstream>

#include "core/json_writer.hpp"
#include "db/migrate.hpp"
#include "modules/cultivation/domain/contract_examples_test_data.hpp"
#include "modules/cultivation/schema.hpp"
#include "modules/registry/schema.hpp"

namespace kc::cultivation {
namespace {

class CultivationReassess : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("kc_reassess_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = db::open_database("sqlite:" + (dir_ / "t.db").string(), 2);
    std::ostringstream log;
    auto all = registry::migrations();
    auto mine = migrations();
    all.insert(all.end(), mine.begin(), mine.end());
    db::apply_migrations(*db_, all, log);
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::int64_t enterprise(const std::string& credit_code) {
    auto c = db_->write();
    return c->query_one({"t.org", "INSERT INTO orgs (name, kind, credit_code, region_code, status, created_at) "
                                  "VALUES ('企业', 'enterprise', $1, '410421', 'approved', 0) RETURNING id"},
                        {credit_code})->i64(0);
  }

  // A report of fiscal 2025 in `state`, submitted at `submitted_at`, with the contract's example figures.
  void report(std::int64_t org, const std::string& state, std::int64_t submitted_at, const std::string& rd) {
    boost::json::object data{{"registration_date", "2019-03-01"},
                             {"tech_sme", boost::json::parse(contract_examples::kTechSmeExampleInput)}};
    data["tech_sme"].as_object()["rd_expense_wan"] = rd;
    auto c = db_->write();
    c->exec({"t.report",
             "INSERT INTO cultivation_reports (org_id, fiscal_year, state, data, employees_total, tech_staff, "
             "sales_revenue_wan, rd_expense_wan, registration_date, owned_ip_count, serious_dishonesty, hnte_cert_valid, "
             "tech_sme_outcome, tech_sme_total, tech_sme_rule_set, tech_sme_result, created_at, updated_at, submitted_at) "
             "VALUES ($1, 2025, $2, $3, 100, 30, '5000', $4, '2019-03-01', 1, 0, 0, 'QUALIFIED_BY_SCORE', 100, "
             "'cn.tech-sme.2022', '{}', 0, 0, $5)"},
            {org, state, to_json_text(data, false), rd, submitted_at});
  }

  std::string pool_status(std::int64_t org) {
    auto c = db_->read();
    auto row = c->query_one({"t.pool", "SELECT status FROM cultivation_reserve_pool WHERE org_id = $1"}, {org});
    return row ? row->text(0) : "";
  }

  std::filesystem::path dir_;
  std::unique_ptr<db::Database> db_;
};

constexpr EpochMs k2026_06_02 = 1780358400000;  // after the default deadline 2026-05-31 of fiscal 2025
constexpr EpochMs k2026_03_01 = 1772323200000;

TEST_F(CultivationReassess, NominatesEnteredEnterprisesThatMeetTheRuleOnly) {
  auto good = enterprise("A1"), weak = enterprise("A2"), unentered = enterprise("A3"), silent = enterprise("A4");
  report(good, "registered", k2026_03_01, "300");
  report(weak, "final", k2026_03_01, "100");           // 2 % R&D: below the 3 % line
  report(unentered, "submitted", k2026_03_01, "300");  // not yet an entered tech SME
  auto s = run_reassessment(*db_, k2026_06_02, 2025, std::nullopt);
  EXPECT_EQ(s.examined, 4);
  EXPECT_EQ(s.nominated, 1);
  EXPECT_TRUE(s.deadline_passed);
  EXPECT_EQ(pool_status(good), "active");
  EXPECT_EQ(pool_status(weak), "");
  EXPECT_EQ(pool_status(unentered), "");
  EXPECT_EQ(pool_status(silent), "");
}

TEST_F(CultivationReassess, ALateReportCountsAsNotFiled) {
  auto org = enterprise("B1");
  report(org, "registered", k2026_06_02, "300");  // submitted after the deadline
  EXPECT_EQ(run_reassessment(*db_, k2026_06_02 + 1000, 2025, std::nullopt).nominated, 0);
}

TEST_F(CultivationReassess, CommandLineChecksItsArgumentsAndPrintsTheSummary) {
  auto org = enterprise("C1");
  report(org, "final", k2026_03_01, "300");
  ManualClock clock(k2026_06_02);
  std::ostringstream out, err;
  EXPECT_EQ(run_cultivation_command(*db_, clock, {"reassess"}, {}, out, err), 2);
  EXPECT_EQ(run_cultivation_command(*db_, clock, {"reassess"}, {{"year", "20x5"}}, out, err), 2);
  EXPECT_EQ(run_cultivation_command(*db_, clock, {"rerun"}, {{"year", "2025"}}, out, err), 2);
  EXPECT_TRUE(out.str().empty());
  EXPECT_EQ(run_cultivation_command(*db_, clock, {"reassess"}, {{"year", "2025"}}, out, err), 0);
  auto summary = boost::json::parse(out.str()).as_object();
  EXPECT_EQ(summary.at("nominated").as_int64(), 1);
  EXPECT_EQ(summary.at("fiscal_year").as_int64(), 2025);
  EXPECT_EQ(pool_status(org), "active");
}

}  // namespace
}  // namespace kc::cultivation
