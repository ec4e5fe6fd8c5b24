#pragma once
// The two worked examples of assessment-contract.md, verbatim (test data only: /work/shared is not
// available on users' machines).

namespace kc::cultivation::contract_examples {

inline constexpr const char* kTechSmeExampleInput = R"json(
{
 "evaluation_year": 2025,
 "resident_enterprise_cn_mainland": true,
 "accounting_sound_and_audit_collection": true,
 "industry": "软件和信息技术服务业",
 "major_incident_or_serious_dishonesty": false,
 "on_abnormal_or_dishonest_list": false,
 "direct": {},
 "employees_total": 100,
 "tech_staff": 30,
 "sales_revenue_wan": "5000",
 "total_assets_wan": "3000",
 "rd_expense_wan": "300",
 "cost_expense_total_wan": "4500",
 "ip": [
  {
   "class": "I",
   "kind": "发明专利",
   "valid": true,
   "related_to_main_product": true
  }
 ]
})json";

inline constexpr const char* kTechSmeExampleExpected = R"json(
{
 "eligibility_pass": true,
 "eligibility_failures": [],
 "ratios_pct": {
  "tech_staff_ratio": 30.0,
  "rd_to_sales": 6.0,
  "rd_to_cost": 6.6667
 },
 "counted_ip": {
  "class_I": 1,
  "class_II": 0
 },
 "scores": {
  "tech_staff": {
   "points": 20,
   "band": "A"
  },
  "rd_by_sales": {
   "points": 50,
   "band": "A"
  },
  "rd_by_cost": {
   "points": 0,
   "band": "F"
  },
  "rd_used": {
   "points": 50,
   "method": "sales"
  },
  "ip": {
   "points": 30,
   "band": "A"
  },
  "total": 100
 },
 "score_path_pass": true,
 "direct_qualification_hits": [],
 "score_path_fail_reasons": [],
 "outcome": "QUALIFIED_BY_SCORE"
})json";

inline constexpr const char* kHighTechExampleInput = R"json(
{
 "registration_date": "2019-03-01",
 "application_date": "2025-06-30",
 "tech_domain": "电子信息",
 "ip": [
  {
   "class": "I",
   "kind": "发明专利",
   "acquisition": "self",
   "owned_by_applicant": true,
   "valid": true,
   "supports_main_product": true
  },
  {
   "class": "I",
   "kind": "发明专利",
   "acquisition": "self",
   "owned_by_applicant": true,
   "valid": true,
   "supports_main_product": true
  }
 ],
 "employees_total": 120,
 "tech_staff": 30,
 "fiscal_years": [
  {
   "year": 2022,
   "sales_wan": "3000",
   "rd_wan": "200",
   "rd_domestic_wan": "200"
  },
  {
   "year": 2023,
   "sales_wan": "4000",
   "rd_wan": "260",
   "rd_domestic_wan": "260"
  },
  {
   "year": 2024,
   "sales_wan": "4800",
   "rd_wan": "300",
   "rd_domestic_wan": "300"
  }
 ],
 "latest_year": {
  "year": 2024,
  "high_tech_revenue_wan": "4200",
  "total_income_wan": "5000"
 },
 "major_incident_prev_year": false,
 "innovation": {
  "advancement": 7,
  "core_support": 7,
  "participated_standards": false,
  "standards_bonus_pick": 0,
  "ip_count_pick": 8,
  "acquisition_pick": 5,
  "transform_count_3y": 15,
  "transform_years": 3,
  "transform_pick": 26,
  "org": {
   "m1": 5,
   "m2": 5,
   "m3": 3,
   "m4": 3
  },
  "net_assets_wan": [
   "2000",
   "2600",
   "3300"
  ],
  "growth_net_assets_pick": 8,
  "growth_sales_pick": 7
 }
})json";

inline constexpr const char* kHighTechExampleExpected = R"json(
{
 "conditions": {
  "C1_registered_1y": {
   "pass": true,
   "days": 2313,
   "rule": ">=365 calendar days"
  },
  "C2_ip_ownership": {
   "pass": true,
   "qualifying_ip_count": 2
  },
  "C3_domain": {
   "pass": true,
   "domain": "电子信息"
  },
  "C4_tech_staff_ratio": {
   "pass": true,
   "ratio_pct": 25.0
  },
  "C5_rd_ratio": {
   "pass": true,
   "latest_year_sales_wan": 4800.0,
   "threshold_pct": 5.0,
   "rd_ratio_3y_pct": 6.4407,
   "domestic_rd_share_pct": 100.0,
   "sub": {
    "rd_ratio_ok": true,
    "domestic_share_ok": true
   }
  },
  "C6_hightech_revenue": {
   "pass": true,
   "ratio_pct": 84.0
  },
  "C7_innovation_score_gt_70": {
   "pass": true,
   "total": 84
  },
  "C8_no_major_incident_prev_year": {
   "pass": true
  }
 },
 "innovation": {
  "ip": {
   "advancement": {
    "points": 7,
    "band": "A"
   },
   "core_support": {
    "points": 7,
    "band": "A"
   },
   "ip_count": {
    "class_I": 2,
    "class_II_counted": 0,
    "band": "A",
    "range": [
     7,
     8
    ],
    "points": 8
   },
   "acquisition": {
    "band": "A",
    "range": [
     1,
     6
    ],
    "points": 5
   },
   "standards_bonus": {
    "points": 0
   },
   "raw_sum": 27,
   "capped_at_30": false,
   "points": 27
  },
  "transformation": {
   "count_3y": 15,
   "years": 3,
   "annual_avg": 5.0,
   "band": "A",
   "range": [
    25,
    30
   ],
   "points": 26
  },
  "org_management": {
   "m1": 5,
   "m2": 5,
   "m3": 3,
   "m4": 3,
   "points": 16
  },
  "growth": {
   "net_assets": {
    "rate_pct": 28.4615,
    "method": "NORMAL",
    "band": "B",
    "range": [
     7,
     8
    ],
    "points": 8
   },
   "sales": {
    "rate_pct": 26.6667,
    "method": "NORMAL",
    "band": "B",
    "range": [
     7,
     8
    ],
    "points": 7
   },
   "points": 15
  },
  "total": 84,
  "range_mode": {
   "min": 81,
   "max": 89,
   "verdict": "PASS",
   "note": "qualitative expert picks held fixed; computed-band items (IP count, transformation, growth) vary over their band range"
  }
 },
 "outcome": "QUALIFIED",
 "failed_conditions": []
})json";

}  // namespace kc::cultivation::contract_examples
