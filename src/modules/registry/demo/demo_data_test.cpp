#include "modules/registry/demo/demo_data.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "core/errors.hpp"
#include "db/migrate.hpp"
#include "modules/registry/demo/demo_pools.hpp"
#include "modules/registry/demo/demo_random.hpp"
#include "modules/registry/domain/credit_code.hpp"
#include "modules/registry/domain/reference_data.hpp"
#include "modules/registry/schema.hpp"

namespace kc::registry {
namespace {

constexpr std::int64_t kNow = 1795000000000;  // 2026-11-18

std::string fingerprint(const DemoOrg& o) {
  return o.name + "|" + o.kind + "|" + o.credit_code + "|" + o.region_code + "|" + o.industry_code + "|" + o.address +
         "|" + o.contact_name + "|" + o.contact_phone + "|" + o.status + "|" + o.reject_reason + "|" +
         std::to_string(o.created_at) + "|" + std::to_string(o.reviewed_at.value_or(-1));
}

std::vector<DemoOrg> generate(std::uint64_t seed, int n) {
  DemoOrgGenerator g(seed, kNow);
  std::vector<DemoOrg> orgs;
  for (int i = 0; i < n; ++i) orgs.push_back(g.next());
  return orgs;
}

TEST(DemoRandom, SameSeedSameSequenceAndBoundsHold) {
  demo::DemoRandom a(7), b(7), c(8);
  bool differs = false;
  for (int i = 0; i < 1000; ++i) {
    std::uint64_t x = a.next();
    EXPECT_EQ(x, b.next());
    differs |= x != c.next();
    std::int64_t d = a.between(-3, 3);
    b.between(-3, 3);
    EXPECT_GE(d, -3);
    EXPECT_LE(d, 3);
  }
  EXPECT_TRUE(differs);
}

TEST(DemoOrgs, SameSeedGivesTheSameOrganisations) {
  auto a = generate(42, 500), b = generate(42, 500), c = generate(43, 500);
  for (int i = 0; i < 500; ++i) EXPECT_EQ(fingerprint(a[i]), fingerprint(b[i])) << i;
  int same = 0;
  for (int i = 0; i < 500; ++i) same += fingerprint(a[i]) == fingerprint(c[i]);
  EXPECT_EQ(same, 0);
}

TEST(DemoOrgs, EveryOrganisationIsValidAndUnique) {
  std::set<std::string> names, codes;
  std::map<std::string, int> kinds;
  for (const DemoOrg& o : generate(1, 5000)) {
    EXPECT_TRUE(is_valid_credit_code(o.credit_code)) << o.credit_code << " " << credit_code_problem(o.credit_code).value();
    EXPECT_EQ(org_code_check_char(o.credit_code.substr(8, 8)), o.credit_code[16]) << o.credit_code;
    EXPECT_EQ(o.credit_code.substr(2, 6), o.region_code) << "the registering region is the county";
    const Region* r = find_region(o.region_code);
    ASSERT_NE(r, nullptr) << o.region_code;
    EXPECT_EQ(r->level, RegionLevel::County);
    EXPECT_TRUE(r->code.starts_with("41")) << r->full_name;
    EXPECT_FALSE(r->functional_zone);
    const Industry* i = find_industry(o.industry_code);
    ASSERT_NE(i, nullptr) << o.industry_code;
    EXPECT_EQ(i->level, IndustryLevel::Class);
    EXPECT_TRUE(o.address.starts_with(r->full_name)) << o.address;
    EXPECT_EQ(o.contact_phone.size(), 11u);
    EXPECT_LE(o.created_at, kNow);
    EXPECT_EQ(o.reviewed_at.has_value(), o.status != "pending");
    EXPECT_EQ(o.reject_reason.empty(), o.status != "rejected");
    EXPECT_TRUE(names.insert(o.name).second) << o.name;
    EXPECT_TRUE(codes.insert(o.credit_code).second) << o.credit_code;
    ++kinds[o.kind];
  }
  EXPECT_GT(kinds["enterprise"], 5000 * 80 / 100);
  EXPECT_GT(kinds["university"], 0);
  EXPECT_GT(kinds["institute"], 0);
  EXPECT_GT(kinds["service_provider"], 0);
}

TEST(DemoOrgs, PoolIndustryCodesAreRealClasses) {
  for (const auto& s : demo::kServiceThemes) EXPECT_EQ(find_industry(s.industry)->level, IndustryLevel::Class);
  for (const auto& f : demo::kResearchFields) EXPECT_EQ(find_industry(f.industry)->level, IndustryLevel::Class);
  for (const auto& t : demo::kEnterpriseThemes) EXPECT_NE(find_industry(t.code_prefix), nullptr) << t.code_prefix;
}

class DemoDbTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("kc_demo_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::unique_ptr<db::Database> fresh_db(const std::string& name) {
    auto db = db::open_database("sqlite:" + (dir_ / name).string(), 2);
    std::ostringstream log;
    db::apply_migrations(*db, migrations(), log);
    return db;
  }

  std::filesystem::path dir_;
};

TEST_F(DemoDbTest, InsertsTheRequestedCountDeterministically) {
  auto a = fresh_db("a.db"), b = fresh_db("b.db");
  DemoSummary s = generate_demo_orgs(*a, {300, 9}, kNow);
  generate_demo_orgs(*b, {300, 9}, kNow);
  EXPECT_EQ(s.inserted, 300);
  EXPECT_EQ(s.enterprises + s.universities + s.institutes + s.service_providers, 300);
  EXPECT_EQ(s.approved + s.pending + s.rejected, 300);
  const db::Query all{"t.all", "SELECT name, credit_code, region_code, industry_code, status, created_at FROM orgs ORDER BY id"};
  auto rows_a = a->read()->query(all), rows_b = b->read()->query(all);
  ASSERT_EQ(rows_a.size(), 300u);
  ASSERT_EQ(rows_b.size(), 300u);
  for (std::size_t i = 0; i < rows_a.size(); ++i)
    for (std::size_t c = 0; c < 6; ++c) EXPECT_EQ(rows_a[i].text(c), rows_b[i].text(c));
  const db::Query approved{"t.approved", "SELECT COUNT(*) FROM orgs WHERE status = 'approved'"};
  EXPECT_EQ(a->read()->query_one(approved)->i64(0), s.approved);
}

TEST_F(DemoDbTest, RejectsACountOutOfRange) {
  auto db = fresh_db("c.db");
  try {
    generate_demo_orgs(*db, {0, 1}, kNow);
    FAIL();
  } catch (const ApiError& e) {
    EXPECT_EQ(e.err(), Err::FieldInvalid);
    EXPECT_EQ(e.field(), "orgs");
  }
}

TEST_F(DemoDbTest, SameSeedTwiceIsRefusedAndRolledBack) {
  auto db = fresh_db("d.db");
  generate_demo_orgs(*db, {50, 5}, kNow);
  try {
    generate_demo_orgs(*db, {50, 5}, kNow);
    FAIL();
  } catch (const ApiError& e) {
    EXPECT_EQ(e.err(), Err::CreditCodeTaken);
    EXPECT_EQ(e.field(), "seed");
  }
  const db::Query count{"t.count", "SELECT COUNT(*) FROM orgs"};
  EXPECT_EQ(db->read()->query_one(count)->i64(0), 50);
  EXPECT_EQ(generate_demo_orgs(*db, {50, 6}, kNow).inserted, 50);
}

// Timing on demand: KC_DEMO_BENCH=200000 ./kc_unit_tests --gtest_filter='DemoDbTest.Rate'
TEST_F(DemoDbTest, Rate) {
  const char* env = std::getenv("KC_DEMO_BENCH");
  if (!env) GTEST_SKIP() << "set KC_DEMO_BENCH=<orgs> to measure";
  auto db = fresh_db("bench.db");
  auto start = std::chrono::steady_clock::now();
  DemoSummary s = generate_demo_orgs(*db, {std::atoi(env), 1}, kNow);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << s.inserted << " orgs in " << seconds << " s (" << s.inserted / seconds << " orgs/s)\n";
  EXPECT_EQ(s.inserted, std::atoi(env));
}

}  // namespace
}  // namespace kc::registry
