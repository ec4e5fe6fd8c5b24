#include "modules/cultivation/domain/annual_report.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "core/errors.hpp"
#include "modules/cultivation/domain/contract_examples_test_data.hpp"

namespace kc::cultivation {
namespace {

using contract_examples::kHighTechExampleInput;
using contract_examples::kTechSmeExampleInput;

boost::json::object report_of(int fiscal_year, bool with_high_tech) {
  boost::json::object body{{"fiscal_year", fiscal_year}, {"tech_sme", boost::json::parse(kTechSmeExampleInput)}};
  if (with_high_tech) body["high_tech"] = boost::json::parse(kHighTechExampleInput);
  return body;
}

std::string field_of_error(const boost::json::value& body, Err expected) {
  try {
    assess_annual_report(body);
  } catch (const ApiError& e) {
    EXPECT_EQ(e.err(), expected) << e.message_zh();
    return e.field();
  }
  return "(accepted)";
}

TEST(CultivationAnnualReport, AssessesBothRuleSetsAndKeepsTheirVersions) {
  auto r = assess_annual_report(report_of(2024, true));
  EXPECT_EQ(r.fiscal_year, 2024);
  EXPECT_EQ(r.tech_sme.outcome, "QUALIFIED_BY_SCORE");
  EXPECT_EQ(r.tech_sme.total, 100);
  EXPECT_EQ(r.tech_sme.rule_set, "cn.tech-sme.2022");
  ASSERT_TRUE(r.high_tech.has_value());
  EXPECT_EQ(r.high_tech->outcome, "QUALIFIED");
  EXPECT_EQ(r.high_tech->total, 84);
  EXPECT_EQ(r.high_tech->rule_set, "cn.hnte.2016");
  EXPECT_EQ(r.figures.employees_total, 100);
  EXPECT_EQ(r.figures.rd_expense_wan.to_string(), Decimal::whole(300).to_string());
  EXPECT_TRUE(r.data.contains("high_tech"));
}

TEST(CultivationAnnualReport, HighTechIsOptional) {
  auto r = assess_annual_report(report_of(2024, false));
  EXPECT_FALSE(r.high_tech.has_value());
  EXPECT_FALSE(r.data.contains("high_tech"));
}

TEST(CultivationAnnualReport, ErrorsNameTheFieldWithinItsSection) {
  auto missing = report_of(2024, false);
  missing["tech_sme"].as_object().erase("employees_total");
  EXPECT_EQ(field_of_error(missing, Err::FieldMissing), "tech_sme.employees_total");

  auto unknown = report_of(2024, true);
  unknown["high_tech"].as_object()["colour"] = "red";
  EXPECT_EQ(field_of_error(unknown, Err::FieldUnknown), "high_tech.colour");

  auto top = report_of(2024, false);
  top["extra"] = 1;
  EXPECT_EQ(field_of_error(top, Err::FieldUnknown), "extra");

  auto no_year = report_of(2024, false);
  no_year.erase("fiscal_year");
  EXPECT_EQ(field_of_error(no_year, Err::FieldMissing), "fiscal_year");
}

TEST(CultivationAnnualReport, YearsMustMatchTheFiscalYear) {
  EXPECT_EQ(field_of_error(report_of(2023, false), Err::FieldInvalid), "tech_sme.evaluation_year");
  auto hnte = report_of(2024, true);
  hnte["tech_sme"].as_object()["evaluation_year"] = 2026;
  hnte["fiscal_year"] = 2025;
  EXPECT_EQ(field_of_error(hnte, Err::FieldInvalid), "high_tech.latest_year.year");
}

}  // namespace
}  // namespace kc::cultivation

namespace kc::cultivation {
namespace {

TEST(CultivationAnnualReport, RegistrationDateIsKeptAndMustAgreeWithTheHnteSection) {
  auto body = report_of(2024, true);
  body["registration_date"] = "2019-03-01";
  auto assessed = assess_annual_report(body);
  EXPECT_EQ(assessed.data.at("registration_date").as_string(), "2019-03-01");
  ASSERT_TRUE(assessed.reserve_facts.registration_date.has_value());
  EXPECT_EQ(assessed.reserve_facts.registration_date->to_string(), "2019-03-01");
  EXPECT_EQ(assessed.reserve_facts.owned_ip_count, 1);
  body.erase("registration_date");  // the 高企 section's date serves as well
  EXPECT_EQ(assess_annual_report(body).reserve_facts.registration_date->to_string(), "2019-03-01");
  body["registration_date"] = "2019-03-02";
  EXPECT_EQ(field_of_error(body, Err::FieldInvalid), "registration_date");
  body["registration_date"] = "2019-02-30";
  EXPECT_EQ(field_of_error(body, Err::FieldInvalid), "registration_date");
}

TEST(CultivationAnnualReport, TheHnteCertificateIsKeptWithItsDatesInOrder) {
  auto body = report_of(2024, false);
  body["hnte_certificate"] = boost::json::object{{"number", "GR202341000123"}, {"issued_on", "2023-12-08"}, {"expires_on", "2026-12-07"}};
  auto report = assess_annual_report(body);
  EXPECT_EQ(report.data.at("hnte_certificate").at("expires_on"), boost::json::value("2026-12-07"));
  body["hnte_certificate"].as_object()["expires_on"] = "2023-12-08";
  EXPECT_EQ(field_of_error(body, Err::FieldInvalid), "hnte_certificate.expires_on");
  body["hnte_certificate"].as_object()["issued_on"] = "2023-02-30";
  EXPECT_EQ(field_of_error(body, Err::FieldInvalid), "hnte_certificate.issued_on");
  body["hnte_certificate"] = boost::json::object{{"issued_on", "2023-12-08"}, {"expires_on", "2026-12-07"}};
  EXPECT_EQ(field_of_error(body, Err::FieldMissing), "hnte_certificate.number");
}

}  // namespace
}  // namespace kc::cultivation
