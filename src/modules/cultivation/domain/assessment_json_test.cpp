#include "modules/cultivation/domain/assessment_json.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include "modules/cultivation/domain/contract_examples_test_data.hpp"
#include "core/json_writer.hpp"

namespace kc::cultivation {
namespace {

namespace ex = contract_examples;

// Every field of `expected` must be in `actual` with the same value (numbers compared numerically,
// so 30.0 and 30 agree); `actual` may carry more fields, as the contract allows.
void expect_contains(const boost::json::value& expected, const boost::json::value& actual, const std::string& path) {
  if (expected.is_number()) {
    ASSERT_TRUE(actual.is_number()) << path << " = " << boost::json::serialize(actual);
    EXPECT_EQ(expected.to_number<double>(), actual.to_number<double>()) << path;
  } else if (expected.is_object()) {
    ASSERT_TRUE(actual.is_object()) << path;
    for (const auto& member : expected.get_object()) {
      const std::string child = path + "." + std::string(member.key());
      const auto* found = actual.get_object().if_contains(member.key());
      ASSERT_NE(found, nullptr) << "missing " << child;
      expect_contains(member.value(), *found, child);
    }
  } else if (expected.is_array()) {
    ASSERT_TRUE(actual.is_array()) << path;
    ASSERT_EQ(expected.get_array().size(), actual.get_array().size()) << path;
    for (std::size_t i = 0; i < expected.get_array().size(); ++i)
      expect_contains(expected.get_array()[i], actual.get_array()[i], path + "[" + std::to_string(i) + "]");
  } else {
    EXPECT_EQ(expected, actual) << path;
  }
}

boost::json::object example(const char* text) { return boost::json::parse(text).as_object(); }

ApiError error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const ApiError& e) {
    return e;
  }
  ADD_FAILURE() << "no ApiError thrown";
  return ApiError(Err::Internal);
}

TEST(ContractExample, TechSmeReproducedFieldByField) {
  const auto result = assess_tech_sme_json(boost::json::parse(ex::kTechSmeExampleInput));
  expect_contains(boost::json::parse(ex::kTechSmeExampleExpected), result, "$");
}

TEST(ContractExample, HighTechReproducedFieldByField) {
  const auto result = assess_high_tech_json(boost::json::parse(ex::kHighTechExampleInput));
  expect_contains(boost::json::parse(ex::kHighTechExampleExpected), result, "$");
}

TEST(ContractExample, ResultsCarryTheRuleSetVersion) {
  for (const auto& result : {assess_tech_sme_json(boost::json::parse(ex::kTechSmeExampleInput)),
                             assess_high_tech_json(boost::json::parse(ex::kHighTechExampleInput))}) {
    const auto& rule_set = result.at("rule_set").as_object();
    EXPECT_FALSE(rule_set.at("id").as_string().empty());
    EXPECT_FALSE(rule_set.at("document").as_string().empty());
    EXPECT_EQ(rule_set.at("effective_from").as_string().size(), 10u);
  }
  const auto sme = assess_tech_sme_json(boost::json::parse(ex::kTechSmeExampleInput));
  EXPECT_NE(std::string(sme.at("rule_set").at("document").as_string()).find("国科发政〔2017〕115号"), std::string::npos);
}

TEST(ContractExample, DisplayTextShowsNumbersAsTheContractDoes) {
  const std::string text = to_json_text(assess_tech_sme_json(boost::json::parse(ex::kTechSmeExampleInput)));
  EXPECT_NE(text.find("\"tech_staff_ratio\": 30.0"), std::string::npos) << text;
  EXPECT_NE(text.find("\"rd_to_cost\": 6.6667"), std::string::npos);
  EXPECT_NE(text.find("\"total\": 100"), std::string::npos);
  EXPECT_EQ(boost::json::parse(text), boost::json::value(assess_tech_sme_json(boost::json::parse(ex::kTechSmeExampleInput))));
}

TEST(InputErrors, UnknownFieldIsNamed) {
  auto body = example(ex::kTechSmeExampleInput);
  body["employee_total"] = 100;
  const ApiError e = error_of([&] { parse_tech_sme_input(body); });
  EXPECT_EQ(e.err(), Err::FieldUnknown);
  EXPECT_EQ(e.field(), "employee_total");
  EXPECT_EQ(e.message_zh(), "未知字段：employee_total");
}

TEST(InputErrors, UnknownNestedFieldIsNamedWithItsPath) {
  auto body = example(ex::kHighTechExampleInput);
  body["ip"].as_array()[1].as_object()["colour"] = "blue";
  EXPECT_EQ(error_of([&] { parse_high_tech_input(body); }).field(), "ip[1].colour");
  auto body2 = example(ex::kHighTechExampleInput);
  body2["innovation"].as_object()["org"].as_object()["m5"] = 1;
  EXPECT_EQ(error_of([&] { parse_high_tech_input(body2); }).field(), "innovation.org.m5");
}

TEST(InputErrors, MissingFieldIsNamed) {
  auto body = example(ex::kTechSmeExampleInput);
  body.erase("tech_staff");
  const ApiError e = error_of([&] { parse_tech_sme_input(body); });
  EXPECT_EQ(e.err(), Err::FieldMissing);
  EXPECT_EQ(e.field(), "tech_staff");
  auto body2 = example(ex::kHighTechExampleInput);
  body2["fiscal_years"].as_array()[0].as_object().erase("rd_domestic_wan");
  const ApiError e2 = error_of([&] { parse_high_tech_input(body2); });
  EXPECT_EQ(e2.err(), Err::FieldMissing);
  EXPECT_EQ(e2.field(), "fiscal_years[0].rd_domestic_wan");
}

TEST(InputErrors, OptionalFieldsMayBeAbsent) {
  auto body = example(ex::kTechSmeExampleInput);
  body["ip"].as_array()[0].as_object()["note"] = "核心专利";
  body["ip"].as_array()[0].as_object()["disputed"] = false;
  body["rd_method"] = "cost";
  EXPECT_EQ(parse_tech_sme_input(body).rd_method, RdMethod::ByCost);
  EXPECT_FALSE(parse_tech_sme_input(example(ex::kTechSmeExampleInput)).rd_method.has_value());
}

TEST(InputErrors, MoneyMustBeExactDecimalText) {
  auto body = example(ex::kTechSmeExampleInput);
  body["sales_revenue_wan"] = 5000.5;  // a binary floating-point number
  const ApiError e = error_of([&] { parse_tech_sme_input(body); });
  EXPECT_EQ(e.err(), Err::FieldInvalid);
  EXPECT_EQ(e.field(), "sales_revenue_wan");
  body["sales_revenue_wan"] = 5000;  // an integer is exact
  EXPECT_EQ(parse_tech_sme_input(body).sales_revenue_wan, Decimal::whole(5000));
  body["sales_revenue_wan"] = "-1";
  EXPECT_EQ(error_of([&] { parse_tech_sme_input(body); }).field(), "sales_revenue_wan");
}

TEST(InputErrors, WrongTypesAndEnumsAreInvalid) {
  auto body = example(ex::kTechSmeExampleInput);
  body["resident_enterprise_cn_mainland"] = "yes";
  EXPECT_EQ(error_of([&] { parse_tech_sme_input(body); }).field(), "resident_enterprise_cn_mainland");
  auto body2 = example(ex::kTechSmeExampleInput);
  body2["ip"].as_array()[0].as_object()["class"] = "III";
  const ApiError e = error_of([&] { parse_tech_sme_input(body2); });
  EXPECT_EQ(e.field(), "ip[0].class");
  EXPECT_NE(e.message_zh().find("TM"), std::string::npos);
  auto body3 = example(ex::kHighTechExampleInput);
  body3["registration_date"] = "2019-02-29";
  EXPECT_EQ(error_of([&] { parse_high_tech_input(body3); }).field(), "registration_date");
}

TEST(InputErrors, PickOutsideItsComputedBandNamesFieldAndRange) {
  auto body = example(ex::kHighTechExampleInput);
  body["innovation"].as_object()["ip_count_pick"] = 6;  // two Ⅰ类 → band A, 7–8
  const ApiError e = error_of([&] { assess_high_tech_json(body); });
  EXPECT_EQ(e.err(), Err::FieldInvalid);
  EXPECT_EQ(e.field(), "innovation.ip_count_pick");
  EXPECT_NE(e.message_zh().find("7至8分"), std::string::npos) << e.message_zh();
}

TEST(InputErrors, InconsistentValuesAreRejectedByTheRules) {
  auto body = example(ex::kTechSmeExampleInput);
  body["tech_staff"] = 101;
  EXPECT_EQ(error_of([&] { assess_tech_sme_json(body); }).field(), "tech_staff");
  auto body2 = example(ex::kHighTechExampleInput);
  body2["latest_year"].as_object()["year"] = 2023;
  EXPECT_EQ(error_of([&] { assess_high_tech_json(body2); }).field(), "latest_year.year");
}

TEST(InputErrors, BodyMustBeAJsonObject) {
  EXPECT_EQ(error_of([] { parse_json_body("{\"a\":"); }).err(), Err::JsonInvalid);
  EXPECT_EQ(error_of([] { parse_json_body("[1,2]"); }).err(), Err::JsonNotObject);
  EXPECT_EQ(error_of([] { parse_tech_sme_input(boost::json::value(3)); }).err(), Err::JsonNotObject);
}

TEST(ErrorJson, CarriesCodeMessageAndField) {
  const auto body = error_json(ApiError(Err::FieldMissing, "tech_staff", "tech_staff"));
  EXPECT_EQ(body.at("error").at("code"), "FIELD_MISSING");
  EXPECT_EQ(body.at("error").at("message"), "缺少必填字段：tech_staff");
  EXPECT_EQ(body.at("error").at("field"), "tech_staff");
  EXPECT_FALSE(error_json(ApiError(Err::JsonInvalid)).at("error").as_object().contains("field"));
}

}  // namespace
}  // namespace kc::cultivation
