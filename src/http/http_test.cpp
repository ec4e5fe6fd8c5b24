#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "http/json_body.hpp"
#include "http/router.hpp"
#include "http/types.hpp"

namespace kc::http {

TEST(Router, MatchesTypedParameters) {
  Router<int> r;
  r.add(Method::Get, "/api/v1/orgs/{id:int}", "orgs.get", 1);
  r.add(Method::Post, "/api/v1/orgs/{id:int}/approve", "orgs.approve", 2);
  r.add(Method::Get, "/api/v1/files/{name}", "files.get", 3);
  auto m = r.match(Method::Get, "/api/v1/orgs/42");
  ASSERT_TRUE(m.handler);
  EXPECT_EQ(*m.handler, 1);
  EXPECT_EQ(m.params.id("id"), 42);
  EXPECT_FALSE(r.match(Method::Get, "/api/v1/orgs/abc").handler);
  EXPECT_FALSE(r.match(Method::Get, "/api/v1/orgs/abc").path_known);
  auto wrong_method = r.match(Method::Delete, "/api/v1/orgs/42");
  EXPECT_FALSE(wrong_method.handler);
  EXPECT_TRUE(wrong_method.path_known);
  EXPECT_EQ(r.match(Method::Get, "/api/v1/files/a.pdf").params.str("name"), "a.pdf");
  EXPECT_EQ(*r.match(Method::Head, "/api/v1/orgs/7").handler, 1);
}

TEST(Router, RejectsDuplicatesAndBadPatterns) {
  Router<int> r;
  r.add(Method::Get, "/a/{id:int}", "a", 1);
  EXPECT_THROW(r.add(Method::Get, "/a/{other:int}", "b", 2), std::invalid_argument);
  EXPECT_THROW(r.add(Method::Get, "/b/{x:float}", "c", 3), std::invalid_argument);
}

TEST(Request, QueryAndCookies) {
  Request req;
  req.query_string = "q=%E7%A7%91%E6%8A%80&page=2&empty=";
  req.headers = {{"cookie", "a=1; kc_session=abc; b=2"}};
  EXPECT_EQ(req.query("q"), "科技");
  EXPECT_EQ(req.query("page"), "2");
  EXPECT_TRUE(req.has_query("empty"));
  EXPECT_FALSE(req.has_query("none"));
  EXPECT_EQ(req.cookie("kc_session"), "abc");
  EXPECT_EQ(req.cookie("missing"), "");
}

ApiError error_of(const std::function<void()>& fn) {
  try {
    fn();
  } catch (const ApiError& e) {
    return e;
  }
  ADD_FAILURE() << "no ApiError thrown";
  return ApiError(Err::Internal);
}

TEST(BodyReader, NamesTheOffendingField) {
  EXPECT_EQ(error_of([] { BodyReader("{bad"); }).err(), Err::JsonInvalid);
  EXPECT_EQ(error_of([] { BodyReader("[1]"); }).err(), Err::JsonNotObject);
  auto missing = error_of([] { BodyReader b(R"({"a":"x"})"); b.str("name"); });
  EXPECT_EQ(missing.err(), Err::FieldMissing);
  EXPECT_EQ(missing.field(), "name");
  auto unknown = error_of([] {
    BodyReader b(R"({"name":"x","extra":1})");
    b.str("name");
    b.done();
  });
  EXPECT_EQ(unknown.err(), Err::FieldUnknown);
  EXPECT_EQ(unknown.field(), "extra");
  auto nested = error_of([] {
    BodyReader b(R"({"org":{"name":1}})");
    b.object("org").str("name");
  });
  EXPECT_EQ(nested.field(), "org.name");
  EXPECT_EQ(error_of([] { BodyReader(R"({"n":"一二三"})").str("n", 2); }).err(), Err::FieldInvalid);
  BodyReader ok(R"({"n":"一二","k":5,"f":true})");
  EXPECT_EQ(ok.str("n", 2), "一二");
  EXPECT_EQ(ok.int64("k"), 5);
  EXPECT_TRUE(ok.boolean("f"));
  EXPECT_NO_THROW(ok.done());
}

}  // namespace kc::http
