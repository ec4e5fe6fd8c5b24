#include "modules/cultivation/domain/bulletin_tiers.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace kc::cultivation {
namespace {

EnterpriseYear report(int year, const char* sales_wan, bool hnte = false) {
  EnterpriseYear r;
  r.fiscal_year = year;
  r.facts.hnte_cert_valid = hnte;
  r.facts.registration_date = CivilDate::parse("2015-06-01");
  r.facts.employees_total = 100;
  r.facts.tech_staff = 10;
  r.facts.sales_revenue_wan = *Decimal::parse(sales_wan);
  return r;
}

bool reaches(const std::vector<EnterpriseYear>& reports, int year, Tier tier) {
  auto tiers = tiers_reached(reports, year, default_tier_policies("410000"));
  return std::find(tiers.begin(), tiers.end(), tier) != tiers.end();
}

TEST(BulletinTiers, TechLittleGiantNeedsRevenueAboveOneHundredMillionYuan) {
  // 豫科〔2016〕158号: 超过1亿元, so exactly 10000 万元 is not enough.
  EXPECT_TRUE(reaches({report(2024, "10000.01")}, 2024, Tier::TechLittleGiant));
  EXPECT_FALSE(reaches({report(2024, "10000")}, 2024, Tier::TechLittleGiant));
}

TEST(BulletinTiers, GrowthIsReadFromTheConsecutiveEarlierReports) {
  // 100 → 120 → 144: 20% a year, the gazelle default (a 高企 with ≥ 20% mean annual growth over two years).
  std::vector<EnterpriseYear> three{report(2022, "100", true), report(2023, "120", true), report(2024, "144", true)};
  EXPECT_TRUE(reaches(three, 2024, Tier::Gazelle));
  EXPECT_FALSE(reaches({three[0], three[2]}, 2024, Tier::Gazelle)) << "a missing year ends the history";
  auto not_hnte = three;
  not_hnte[2].facts.hnte_cert_valid = false;
  EXPECT_FALSE(reaches(not_hnte, 2024, Tier::Gazelle));
  EXPECT_FALSE(reaches(three, 2023, Tier::Gazelle)) << "2023 has only two years of history";
}

TEST(BulletinTiers, NoReportOfTheYearOrNoFoundingDateReachesNothing) {
  EXPECT_TRUE(tiers_reached({report(2023, "20000")}, 2024, default_tier_policies("410000")).empty());
  auto undated = report(2024, "20000");
  undated.facts.registration_date.reset();
  EXPECT_TRUE(tiers_reached({undated}, 2024, default_tier_policies("410000")).empty());
}

TEST(BulletinTiers, InconsistentFiguresReachNothingInsteadOfFailingTheBulletin) {
  auto bad = report(2024, "20000");
  bad.facts.tech_staff = bad.facts.employees_total + 1;
  EXPECT_TRUE(tiers_reached({bad}, 2024, default_tier_policies("410000")).empty());
}

}  // namespace
}  // namespace kc::cultivation
