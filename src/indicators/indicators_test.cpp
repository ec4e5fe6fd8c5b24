#include "indicators/indicators.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "core/errors.hpp"

namespace kc::indicators {
namespace {

Indicator counting(std::string id) {
  return {std::move(id), "测试指标", "家", {year_param(), {"kind", "类型", false, [](const boost::json::value& v, const std::string& f) {
                                             if (!v.is_string()) throw ApiError(Err::FieldInvalid, "类型", f);
                                           }}},
          [](db::Connection&, const Params& p) { return year_of(p) * kValueScale; }};
}

Err error_of(const Indicator& ind, const Params& p, std::string* field) {
  try {
    Registry::validate(ind, p, "metric.params");
  } catch (const ApiError& e) {
    *field = e.field();
    return e.err();
  }
  return Err::Internal;
}

TEST(IndicatorsRegistry, FindsByIdAndListsInIdOrder) {
  Registry r;
  r.add(counting("b_second"));
  r.add(counting("a_first"));
  ASSERT_NE(r.find("a_first"), nullptr);
  EXPECT_EQ(r.find("a_first")->id, "a_first");
  EXPECT_EQ(r.find("missing"), nullptr);
  ASSERT_EQ(r.all().size(), 2u);
  EXPECT_EQ(r.all()[0]->id, "a_first");
}

TEST(IndicatorsRegistry, RefusesTheSameIdTwice) {
  Registry r;
  r.add(counting("x"));
  EXPECT_THROW(r.add(counting("x")), std::logic_error);
}

TEST(IndicatorsRegistry, ValidationNamesTheParameter) {
  auto ind = counting("x");
  std::string field;
  EXPECT_EQ(error_of(ind, Params{}, &field), Err::FieldMissing);
  EXPECT_EQ(field, "metric.params.year");
  EXPECT_EQ(error_of(ind, Params{{"year", 1800}}, &field), Err::FieldInvalid);
  EXPECT_EQ(field, "metric.params.year");
  EXPECT_EQ(error_of(ind, Params{{"year", "2026"}}, &field), Err::FieldInvalid);
  EXPECT_EQ(error_of(ind, Params{{"year", 2026}, {"colour", "red"}}, &field), Err::FieldUnknown);
  EXPECT_EQ(field, "metric.params.colour");
  EXPECT_EQ(error_of(ind, Params{{"year", 2026}, {"kind", 3}}, &field), Err::FieldInvalid);
  EXPECT_EQ(field, "metric.params.kind");
  EXPECT_NO_THROW(Registry::validate(ind, Params{{"year", 2026}, {"kind", "a"}}, "p"));
}

TEST(IndicatorsRegistry, TextParamsAreEmptyWhenAbsentOrNotText) {
  EXPECT_EQ(text_of(Params{{"kind", "enterprise"}}, "kind"), "enterprise");
  EXPECT_EQ(text_of(Params{{"kind", 3}}, "kind"), "");
  EXPECT_EQ(text_of(Params{}, "kind"), "");
}

}  // namespace
}  // namespace kc::indicators

namespace kc::indicators {
namespace {
TEST(IndicatorsRegistry, BeijingYearStartsAtSixteenHundredUtcTheDayBefore) {
  EXPECT_EQ(beijing_year_start(1970), -8 * 3'600'000);
  EXPECT_EQ(beijing_year_start(2026), 1'767'196'800'000);  // 2025-12-31T16:00:00Z
  EXPECT_EQ(beijing_year_start(2025) + 365LL * 86'400'000, beijing_year_start(2026));
}
}  // namespace
}  // namespace kc::indicators
