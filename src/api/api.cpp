#include "api/api.hpp"

#include <boost/json.hpp>

#include <iostream>

#include "core/errors.hpp"

namespace kc::api {

namespace json = boost::json;

const Principal& Ctx::me() const {
  if (!user) throw ApiError(Err::AuthRequired);
  return *user;
}

http::Response error_response(const ApiError& e, const std::string& request_id) {
  json::object err{{"code", e.info().code}, {"message", e.message_zh()}, {"request_id", request_id}};
  if (!e.field().empty()) err["field"] = e.field();
  return http::Response::json(json::object{{"error", std::move(err)}}, e.info().http_status);
}

Api::Api(Services& svc, Authenticator& authn, std::function<void(const AuditRecord&)> audit_sink)
    : svc_(svc), authn_(authn), audit_sink_(std::move(audit_sink)) {}

void Api::add(http::Method m, const std::string& pattern, const std::string& action, Handler h, RouteOptions o) {
  router_.add(m, pattern, action, Route{std::move(h), std::move(o), action});
}

void Api::check_access(const Route& r, Ctx& ctx) const {
  if (r.options.access == Access::Public) return;
  ctx.user = authn_.authenticate(ctx.req);
  if (!ctx.user) throw ApiError(Err::AuthRequired);
  if (http::is_unsafe(ctx.req.method)) {
    const std::string sent = ctx.req.header("x-csrf-token");
    if (sent.empty() || sent != ctx.user->csrf_token) throw ApiError(Err::CsrfInvalid);
  }
  if (r.options.access != Access::Session && ctx.user->must_change_password)
    throw ApiError(Err::PasswordChangeRequired);
  if (r.options.access == Access::Approved && ctx.user->org_status != "approved") throw ApiError(Err::OrgNotApproved);
  const std::string& permission = r.options.permission ? *r.options.permission : r.action;
  if (!permission.empty() && !svc_.permissions.allowed(ctx.user->role, permission)) throw ApiError(Err::Forbidden);
}

void Api::record(const Route& r, const Ctx& ctx, const std::string& result) const {
  if (!audit_sink_) return;
  AuditRecord rec;
  rec.time_ms = svc_.clock.now_ms();
  if (ctx.user) {
    rec.user_id = ctx.user->user_id;
    rec.username = ctx.user->username;
    rec.org_id = ctx.user->org_id;
  } else {
    rec.user_id = ctx.audit.user_id;
    rec.username = ctx.audit.username;
  }
  rec.client_ip = ctx.req.client_ip;
  rec.action = r.action;
  rec.target_type = ctx.audit.target_type;
  rec.target_id = ctx.audit.target_id;
  rec.summary = ctx.audit.summary;
  rec.result = result;
  try {
    audit_sink_(rec);
  } catch (const std::exception& e) {
    // The change itself is done; a lost audit entry is logged loudly rather than reported as a failure.
    std::cerr << "audit: cannot record " << r.action << ": " << e.what() << "\n";
  }
}

http::Response Api::dispatch(http::Request& req) {
  auto m = router_.match(req.method, req.path);
  if (!m.handler) {
    auto r = error_response(ApiError(m.path_known ? Err::MethodNotAllowed : Err::RouteNotFound), req.request_id);
    r.route = "unmatched";
    return r;
  }
  const Route& route = *m.handler;
  Ctx ctx{req, m.params, svc_, std::nullopt, {}};
  http::Response res;
  std::string result = "ok";
  try {
    check_access(route, ctx);
    res = route.handler(ctx);
  } catch (const ApiError& e) {
    res = error_response(e, req.request_id);
    result = std::string(e.info().code);
  } catch (const db::DbError& e) {
    Err code = e.unique_violation() ? Err::Conflict : Err::Internal;
    if (code == Err::Internal) std::cerr << "request " << req.request_id << " " << route.action << ": " << e.what() << "\n";
    res = error_response(ApiError(code), req.request_id);
    result = std::string(error_info(code).code);
  } catch (const std::exception& e) {
    std::cerr << "request " << req.request_id << " " << route.action << ": " << e.what() << "\n";
    res = error_response(ApiError(Err::Internal), req.request_id);
    result = "INTERNAL";
  }
  res.route = route.action;
  if (ctx.user) res.user = ctx.user->username;
  if (http::is_unsafe(req.method)) record(route, ctx, result);
  res.set_header("Cache-Control", "no-store");
  return res;
}

}  // namespace kc::api
