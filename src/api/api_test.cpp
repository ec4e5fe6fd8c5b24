#include "api/api.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include "core/errors.hpp"

namespace kc::api {
namespace {

namespace json = boost::json;

class FixedAuthenticator : public Authenticator {
 public:
  std::optional<Principal> user;
  bool expired = false;
  std::optional<Principal> authenticate(const http::Request&) override {
    if (expired) throw ApiError(Err::SessionExpired);
    return user;
  }
};

struct Fixture : ::testing::Test {
  ManualClock clock;
  auth::Permissions perms;
  std::unique_ptr<db::Database> db = db::open_database("sqlite::memory:", 1);
  Services svc{*db, clock, perms, "/tmp", {}};
  FixedAuthenticator authn;
  std::vector<AuditRecord> audit;
  Api api{svc, authn, [this](const AuditRecord& r) { audit.push_back(r); }};

  void SetUp() override {
    perms.grant("things.change", {auth::Role::CityOfficer});
    api.post("/api/v1/things/{id:int}", "things.change", [](Ctx& c) {
      c.audit.target_type = "thing";
      c.audit.target_id = std::to_string(c.id());
      if (c.id() == 13) throw ApiError(Err::FieldInvalid, "不吉利", "id");
      return http::Response::json(json::object{{"ok", true}});
    });
    api.get("/api/v1/open", "open", [](Ctx&) { return http::Response::json(json::object{}); }, {Access::Public});
  }

  Principal officer(std::string org_status = "approved") {
    Principal p;
    p.user_id = 7;
    p.username = "officer";
    p.role = auth::Role::CityOfficer;
    p.org_status = std::move(org_status);
    p.csrf_token = "tok";
    return p;
  }

  http::Response call(http::Method m, std::string path, std::string csrf = "tok") {
    http::Request req;
    req.method = m;
    req.path = std::move(path);
    req.request_id = "rid";
    if (!csrf.empty()) req.headers.emplace_back("x-csrf-token", csrf);
    return api.dispatch(req);
  }

  static std::string code_of(const http::Response& r) {
    return std::string(json::parse(r.body).at("error").at("code").as_string());
  }
};

TEST_F(Fixture, ErrorsMapToStatusCodeAndChineseMessage) {
  auto r = error_response(ApiError(Err::FieldUnknown, "foo", "foo"), "rid-1");
  EXPECT_EQ(r.status, 400);
  auto e = json::parse(r.body).at("error");
  EXPECT_EQ(e.at("code"), "FIELD_UNKNOWN");
  EXPECT_EQ(e.at("message"), "未知字段：foo");
  EXPECT_EQ(e.at("field"), "foo");
  EXPECT_EQ(e.at("request_id"), "rid-1");
}

TEST_F(Fixture, UnknownRoutesAndMethods) {
  EXPECT_EQ(code_of(call(http::Method::Get, "/api/v1/nothing")), "ROUTE_NOT_FOUND");
  auto wrong = call(http::Method::Delete, "/api/v1/open");
  EXPECT_EQ(wrong.status, 405);
  EXPECT_EQ(call(http::Method::Get, "/api/v1/open").status, 200);
}

TEST_F(Fixture, SessionCsrfApprovalAndPermissionAreCheckedInOrder) {
  EXPECT_EQ(code_of(call(http::Method::Post, "/api/v1/things/1")), "AUTH_REQUIRED");
  authn.expired = true;
  EXPECT_EQ(code_of(call(http::Method::Post, "/api/v1/things/1")), "SESSION_EXPIRED");
  authn.expired = false;
  authn.user = officer();
  EXPECT_EQ(code_of(call(http::Method::Post, "/api/v1/things/1", "")), "CSRF_INVALID");
  EXPECT_EQ(code_of(call(http::Method::Post, "/api/v1/things/1", "wrong")), "CSRF_INVALID");
  authn.user = officer("pending");
  EXPECT_EQ(code_of(call(http::Method::Post, "/api/v1/things/1")), "ORG_NOT_APPROVED");
  authn.user = officer();
  authn.user->must_change_password = true;
  EXPECT_EQ(code_of(call(http::Method::Post, "/api/v1/things/1")), "PASSWORD_CHANGE_REQUIRED");
  authn.user = officer();
  authn.user->role = auth::Role::OrgUser;
  EXPECT_EQ(code_of(call(http::Method::Post, "/api/v1/things/1")), "FORBIDDEN");
  authn.user = officer();
  EXPECT_EQ(call(http::Method::Post, "/api/v1/things/1").status, 200);
}

TEST_F(Fixture, EveryUnsafeRequestIsAuditedWithItsOutcome) {
  authn.user = officer();
  call(http::Method::Post, "/api/v1/things/5");
  call(http::Method::Post, "/api/v1/things/13");
  call(http::Method::Post, "/api/v1/things/5", "");
  call(http::Method::Get, "/api/v1/open");
  ASSERT_EQ(audit.size(), 3u);
  EXPECT_EQ(audit[0].action, "things.change");
  EXPECT_EQ(audit[0].result, "ok");
  EXPECT_EQ(audit[0].target_id, "5");
  EXPECT_EQ(audit[0].username, "officer");
  EXPECT_EQ(audit[1].result, "FIELD_INVALID");
  EXPECT_EQ(audit[2].result, "CSRF_INVALID");
}

}  // namespace
}  // namespace kc::api
