#include "modules/cultivation/domain/service_visit.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "core/errors.hpp"

namespace kc::cultivation {
namespace {

namespace json = boost::json;

std::vector<TechNeed> needs(const char* text) {
  auto v = json::parse(text);
  return parse_tech_needs(&v);
}

std::string field_of_error(const char* text) {
  try {
    needs(text);
  } catch (const ApiError& e) {
    return e.field();
  }
  return "accepted";
}

TEST(ServiceVisit, NeedsCarryTextFieldAndUrgency) {
  auto n = needs(R"([{"text": "中试基地", "field": "先进制造与自动化", "urgency": "high"}, {"text": "检测设备"}])");
  ASSERT_EQ(n.size(), 2u);
  EXPECT_EQ(n[0].field, "先进制造与自动化");
  EXPECT_EQ(n[0].urgency, "high");
  EXPECT_EQ(n[1].field, "");
  EXPECT_EQ(n[1].urgency, "normal");
}

TEST(ServiceVisit, PlainStringsAreNeedsOfNormalUrgency) {
  auto n = needs(R"(["高精度传感器算法"])");
  ASSERT_EQ(n.size(), 1u);
  EXPECT_EQ(n[0].text, "高精度传感器算法");
  EXPECT_EQ(n[0].urgency, "normal");
  EXPECT_EQ(stored_tech_needs(R"(["x"])").at(0).at("urgency_name"), json::value("一般"));
}

TEST(ServiceVisit, StoredNeedsReadBackWithTheirNames) {
  auto n = needs(R"([{"text": "中试基地", "field": "新材料", "urgency": "low"}])");
  auto back = stored_tech_needs(tech_needs_storage_text(n));
  EXPECT_EQ(back.at(0).at("field"), json::value("新材料"));
  EXPECT_EQ(back.at(0).at("urgency_name"), json::value("不急"));
}

TEST(ServiceVisit, BadNeedsNameTheirField) {
  EXPECT_EQ(field_of_error(R"([{"text": " "}])"), "tech_needs[0].text");
  EXPECT_EQ(field_of_error(R"([{"field": "电子信息"}])"), "tech_needs[0].text");
  EXPECT_EQ(field_of_error(R"(["a", {"text": "b", "urgency": "asap"}])"), "tech_needs[1].urgency");
  EXPECT_EQ(field_of_error(R"([{"text": "b", "budget": 5}])"), "tech_needs[0].budget");
  EXPECT_EQ(field_of_error(R"([1])"), "tech_needs[0]");
  EXPECT_EQ(field_of_error(R"({"text": "b"})"), "tech_needs");
  EXPECT_EQ(field_of_error(R"([{"text": "b", "field": "这是一个远远超过五十个字的技术领域名称这是一个远远超过五十个字的技术领域名称这是一个远远超过五十个字的名称"}])"),
            "tech_needs[0].field");
}

TEST(ServiceVisit, TheVisitFormIsOneOfFour) {
  EXPECT_EQ(parse_visit_form(std::nullopt), "on_site");
  EXPECT_EQ(parse_visit_form(std::string("phone")), "phone");
  EXPECT_EQ(visit_form_name("meeting"), "座谈会");
  EXPECT_THROW(parse_visit_form(std::string("letter")), ApiError);
}

}  // namespace
}  // namespace kc::cultivation
