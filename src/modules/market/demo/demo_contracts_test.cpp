// Demo contracts on a temporary SQLite database: every state present, numbers on registered ones only,
// reproducibility, and that a second run adds nothing.
#include "modules/market/demo/demo_contracts.hpp"
#include "modules/market/demo/demo_events.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <set>
#include <sstream>

#include "db/migrate.hpp"
#include "modules/market/matchmaking/schema.hpp"
#include "modules/market/schema.hpp"
#include "modules/registry/demo/demo_test_db.hpp"
#include "modules/registry/schema.hpp"

namespace kc::market {
namespace {

constexpr std::int64_t kNow = 1795000000000;  // 2026-11-18

const db::Query kRows{"t.demo_contracts",
                      "SELECT status, registration_number, total_fen, seller_org_id, buyer_credit_code, title "
                      "FROM market_contracts ORDER BY id"};

class DemoContractsTest : public registry::testing::DemoOrgsDb {
 protected:
  std::unique_ptr<db::Database> db_with_orgs(const std::string& name) {
    return DemoOrgsDb::db_with_orgs(name, {migrations(), matchmaking_migrations()}, {300, 5}, kNow);
  }
};

TEST_F(DemoContractsTest, FilesContractsInEveryStateOnce) {
  auto db = db_with_orgs("a.db");
  auto first = generate_demo_contracts(*db, {40, 3}, kNow);
  EXPECT_EQ(first.total(), 40);
  EXPECT_GT(first.registered, 0);
  EXPECT_GT(first.refused, 0);
  EXPECT_GT(first.pending, 0);
  EXPECT_EQ(generate_demo_contracts(*db, {40, 3}, kNow).total(), 0);
  auto rows = db->read()->query(kRows);
  ASSERT_EQ(rows.size(), 40u);
  std::set<std::string> numbers;
  int registered = 0;
  for (const auto& r : rows) {
    bool is_registered = r.text(0) == "registered";
    registered += is_registered;
    EXPECT_EQ(r.opt_text(1).has_value(), is_registered) << r.text(5);
    if (is_registered) numbers.insert(*r.opt_text(1));
    EXPECT_GT(r.i64(2), 0);
  }
  EXPECT_EQ(registered, first.registered);
  EXPECT_EQ(numbers.size(), static_cast<std::size_t>(registered)) << "registration numbers must be unique";
}

const db::Query kEvents{"t.demo_events", "SELECT starts_at FROM market_events ORDER BY id"};

TEST_F(DemoContractsTest, EventsOneHeldTwoPlannedOnce) {
  auto db = db_with_orgs("e.db");
  EXPECT_EQ(generate_demo_events(*db, kNow), 3);
  EXPECT_EQ(generate_demo_events(*db, kNow), 0);
  auto rows = db->read()->query(kEvents);
  ASSERT_EQ(rows.size(), 3u);
  int held = 0;
  for (const auto& r : rows) held += r.i64(0) < kNow;
  EXPECT_EQ(held, 1);
}

TEST_F(DemoContractsTest, SameSeedSameContracts) {
  auto a = db_with_orgs("b.db"), b = db_with_orgs("c.db");
  generate_demo_contracts(*a, {20, 8}, kNow);
  generate_demo_contracts(*b, {20, 8}, kNow);
  auto rows_a = a->read()->query(kRows), rows_b = b->read()->query(kRows);
  ASSERT_EQ(rows_a.size(), rows_b.size());
  for (std::size_t i = 0; i < rows_a.size(); ++i)
    for (std::size_t col : {0u, 2u, 3u, 4u, 5u}) EXPECT_EQ(rows_a[i].text(col), rows_b[i].text(col)) << i;
}

}  // namespace
}  // namespace kc::market
