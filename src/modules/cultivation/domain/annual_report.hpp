#pragma once
// An enterprise's annual report (企业年报) as filed: the assessment contract's inputs for 科技型中小企业
// (required) and 高新技术企业 (optional, when the enterprise has the data), for one fiscal year.
//
//   {"fiscal_year": 2025, "registration_date"?: "2019-03-01", "tech_sme": {…contract input…},
//    "high_tech"?: {…contract input…},
//    "hnte_certificate"?: {"number": "GR202341000123", "issued_on": "2023-12-08", "expires_on": "2026-12-07"}}
//
// registration_date (成立日期) is for the cultivation tiers (years registered); the 高企 section has its own,
// which must agree.
//
// Field errors name the full path ("tech_sme.employees_total"). The evaluation year of the tech-sme
// input is the year after the fiscal year (the contract: "the data are of the previous fiscal year").
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string>

#include "modules/cultivation/domain/decimal.hpp"
#include "modules/cultivation/domain/reserve_pool.hpp"

namespace kc::cultivation {

// The figures kept in their own columns for queries and monitoring.
struct AnnualReportFigures {
  int employees_total = 0;
  int tech_staff = 0;
  Decimal sales_revenue_wan;
  Decimal rd_expense_wan;
};

struct StoredAssessment {
  std::string outcome;   // the contract's outcome code
  std::string rule_set;  // id of the rule-set version that produced it
  int total = 0;         // tech-sme score total / high-tech innovation total
  boost::json::object result;
};

struct AssessedAnnualReport {
  int fiscal_year = 0;
  boost::json::object data;  // {"tech_sme", "high_tech"?}: the inputs as filed
  AnnualReportFigures figures;
  ReserveFacts reserve_facts;  // registration date from the report, else from its 高企 section
  StoredAssessment tech_sme;
  std::optional<StoredAssessment> high_tech;
};

// Validates with the contract's strict readers and assesses. Throws kc::ApiError naming the field.
AssessedAnnualReport assess_annual_report(const boost::json::value& body);

inline constexpr int kMinFiscalYear = 2000;
inline constexpr int kMaxFiscalYear = 2100;

}  // namespace kc::cultivation
