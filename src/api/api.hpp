#pragma once
// The API dispatcher: routing, authentication, CSRF, permissions, error mapping and the audit trail,
// in that order, for every route a module registers.
#include <functional>
#include <memory>
#include <string>

#include "api/context.hpp"
#include "core/errors.hpp"
#include "http/metrics.hpp"
#include "http/router.hpp"

namespace kc::api {

enum class Access {
  Public,    // no session needed (login, registration, health)
  Session,     // self-service (me, logout, change password): any logged-in user
  PendingOrg,  // logged in with a current password; the organisation may still be pending review
  Approved,    // the default: logged in, organisation approved, password current
};

struct RouteOptions {
  Access access = Access::Approved;
  // The permission the caller's role needs; defaults to the route's action name. "" = none beyond access.
  std::optional<std::string> permission;
};

class Api {
 public:
  Api(Services& svc, Authenticator& authn, std::function<void(const AuditRecord&)> audit_sink);

  // `action` names the route in permissions, metrics and the audit trail, e.g. "orgs.approve".
  void add(http::Method m, const std::string& pattern, const std::string& action, Handler h, RouteOptions o = {});
  void get(const std::string& p, const std::string& a, Handler h, RouteOptions o = {}) { add(http::Method::Get, p, a, std::move(h), o); }
  void post(const std::string& p, const std::string& a, Handler h, RouteOptions o = {}) { add(http::Method::Post, p, a, std::move(h), o); }
  void patch(const std::string& p, const std::string& a, Handler h, RouteOptions o = {}) { add(http::Method::Patch, p, a, std::move(h), o); }
  void del(const std::string& p, const std::string& a, Handler h, RouteOptions o = {}) { add(http::Method::Delete, p, a, std::move(h), o); }

  // Answers an /api/ request; a path no route knows gets 404 ROUTE_NOT_FOUND.
  http::Response dispatch(http::Request& req);

  Services& services() { return svc_; }

 private:
  struct Route {
    Handler handler;
    RouteOptions options;
    std::string action;
  };
  void check_access(const Route& r, Ctx& ctx) const;
  void record(const Route& r, const Ctx& ctx, const std::string& result) const;

  Services& svc_;
  Authenticator& authn_;
  std::function<void(const AuditRecord&)> audit_sink_;
  http::Router<Route> router_;
};

// The one mapping from errors to responses.
http::Response error_response(const ApiError& e, const std::string& request_id);

}  // namespace kc::api
