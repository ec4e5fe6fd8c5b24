// Demo annual reports on a temporary SQLite database: count, workflow states, a mix of assessment outcomes,
// the reserve pool filled by the re-assessment, and that a second run adds nothing.
#include "modules/cultivation/demo/demo_reports.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <set>
#include <sstream>

#include "db/migrate.hpp"
#include "modules/cultivation/schema.hpp"
#include "modules/registry/demo/demo_test_db.hpp"
#include "modules/registry/schema.hpp"

namespace kc::cultivation {
namespace {

constexpr std::int64_t kNow = 1795000000000;  // 2026-11-18: fiscal year 2025

const db::Query kPingdingshanEnterprises{
    "t.demo_pds_enterprises",
    "SELECT COUNT(*) FROM orgs WHERE status = 'approved' AND kind = 'enterprise' AND substr(region_code, 1, 4) = '4104'"};
const db::Query kStates{"t.demo_report_states",
                        "SELECT r.state, r.tech_sme_outcome, o.region_code FROM cultivation_reports r "
                        "JOIN orgs o ON o.id = r.org_id WHERE r.fiscal_year = 2025 ORDER BY r.id"};

class DemoReportsTest : public registry::testing::DemoOrgsDb {
 protected:
  std::unique_ptr<db::Database> db_with_orgs(const std::string& name) {
    return DemoOrgsDb::db_with_orgs(name, {migrations()}, {2000, 1}, kNow);
  }
};

TEST_F(DemoReportsTest, FilesReportsInSeveralStatesWithMixedOutcomesOnce) {
  auto db = db_with_orgs("a.db");
  // One report per enterprise of 平顶山, at most 150.
  auto expected = std::min<std::int64_t>(150, db->read()->query_one(kPingdingshanEnterprises)->i64(0));
  ASSERT_GT(expected, 40);
  auto first = generate_demo_reports(*db, {150, 2}, kNow);
  EXPECT_EQ(first.reports, expected);
  EXPECT_GT(first.tech_sme_qualified, 0);
  EXPECT_LT(first.tech_sme_qualified, expected) << "some demo enterprises must fail the 科技型中小企业 rules";
  EXPECT_GT(first.pool_nominated, 0) << "the re-assessment should fill the reserve pool";
  EXPECT_EQ(generate_demo_reports(*db, {150, 2}, kNow).reports, 0);
  auto rows = db->read()->query(kStates);
  ASSERT_EQ(rows.size(), static_cast<std::size_t>(expected));
  std::set<std::string> states;
  for (const auto& r : rows) {
    states.insert(r.text(0));
    EXPECT_TRUE(r.text(2).starts_with("4104")) << r.text(2);
  }
  EXPECT_EQ(states, (std::set<std::string>{"draft", "submitted", "county_reviewed", "city_confirmed", "registered",
                                           "publicity", "final"}));
}

TEST_F(DemoReportsTest, SameSeedSameReports) {
  auto a = db_with_orgs("b.db"), b = db_with_orgs("c.db");
  generate_demo_reports(*a, {40, 6}, kNow);
  generate_demo_reports(*b, {40, 6}, kNow);
  auto rows_a = a->read()->query(kStates), rows_b = b->read()->query(kStates);
  ASSERT_EQ(rows_a.size(), rows_b.size());
  for (std::size_t i = 0; i < rows_a.size(); ++i) {
    EXPECT_EQ(rows_a[i].text(0), rows_b[i].text(0));
    EXPECT_EQ(rows_a[i].text(1), rows_b[i].text(1));
  }
}

}  // namespace
}  // namespace kc::cultivation
