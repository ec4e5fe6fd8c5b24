// Account administration: list, create, reset password, disable, enable, unlock; the roles table.
#include <boost/json.hpp>

#include "api/util.hpp"
#include "auth/password.hpp"
#include "core/errors.hpp"
#include "modules/accounts/domain/user_rules.hpp"
#include "modules/accounts/principal.hpp"
#include "modules/accounts/repository.hpp"
#include "modules/accounts/routes.hpp"
#include "modules/accounts/routes_internal.hpp"
#include "modules/registry/repository.hpp"
#include "modules/accounts/list_exports.hpp"

namespace kc::accounts {

namespace json = boost::json;
using auth::Role;
using http::Response;

namespace {

bool valid_username(const std::string& u) {
  if (u.size() < 3 || u.size() > 32) return false;
  for (char c : u)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-')) return false;
  return true;
}

// The organisation kind for a new user's organisation, "" when there is none. Throws when it does not exist.
std::string org_kind_of(db::Connection& c, std::optional<std::int64_t> org_id) {
  if (!org_id) return "";
  auto row = c.query_one(registry::sql::kOrgKind, {*org_id});
  if (!row) throw ApiError(Err::FieldInvalid, "org_id 对应的单位不存在", "org_id");
  return row->text(0);
}

// Loads a user the caller may manage; others are 404 (as if absent).
db::Row managed_user_or_404(api::Ctx& ctx, db::Connection& c) {
  auto row = c.query_one(sql::kUserById, {ctx.id()});
  if (!row) throw ApiError(Err::NotFound);
  auto role = auth::parse_role(row->text(3)).value_or(Role::OrgUser);
  if (!may_manage(ctx.me(), role, row->opt_i64(4))) throw ApiError(Err::NotFound);
  return std::move(*row);
}

Response list_users(api::Ctx& ctx) {
  const auto& me = ctx.me();
  auto page = api::page_of(ctx.req);
  bool all = me.role == Role::Admin || me.role == Role::CityAdmin;
  std::string role = ctx.req.query("role");
  if (!role.empty() && !auth::parse_role(role)) throw ApiError(Err::FieldInvalid, "role", "role");
  std::vector<db::Value> params{std::int64_t{all ? 1 : 0}, me.org_id.value_or(-1), ctx.req.query("q"), role,
                                api::query_int(ctx.req, "org_id").value_or(0), page.size, page.offset()};
  auto c = ctx.svc.db.read();
  auto total = c->query_one(sql::kUserCount, params)->i64(0);
  json::array items;
  for (const auto& r : c->query(sql::kUserList, params)) items.push_back(user_json(r, 0, ctx.now_ms()));
  return api::list_response(std::move(items), total, page);
}

Response create_user(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  NewUser u = read_new_user(body, "");
  auto role = auth::parse_role(body.str("role", 32));
  if (!role) throw ApiError(Err::FieldInvalid, "role 不是有效角色", "role");
  u.role = *role;
  u.org_id = body.opt_int64("org_id");
  body.done();
  if (!may_manage(ctx.me(), u.role, u.org_id)) throw ApiError(Err::Forbidden, "不能创建该角色或该单位的账号");
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  if (!org_kind_fits_role(u.role, org_kind_of(*c, u.org_id)))
    throw ApiError(Err::FieldInvalid, "该角色不能属于此类单位", "org_id");
  auto id = insert_user(*c, u, ctx.now_ms(), false);
  auto row = c->query_one(sql::kUserById, {id});
  tx.commit();
  ctx.audit = {{}, {}, "user", std::to_string(id), "创建账号 " + u.username + "（" + std::string(auth::role_name_zh(u.role)) + "）"};
  return Response::json(user_json(*row, 0, ctx.now_ms()), 201);
}

// The administrator sets a temporary password; the user must change it at the next sign-in.
Response reset_password(api::Ctx& ctx, SessionStore& sessions) {
  http::BodyReader body(ctx.req.body);
  std::string pw = body.str("new_password", 128);
  body.done();
  auto c = ctx.svc.db.write();
  auto row = managed_user_or_404(ctx, *c);
  try {
    auth::check_password_policy(pw, row.text(1));
  } catch (const ApiError& e) {
    throw ApiError(e.err(), e.detail(), "new_password");
  }
  db::Transaction tx(*c);
  c->exec(sql::kSetPassword, {row.i64(0), auth::hash_password(pw), std::int64_t{1}});
  c->exec(sql::kDeleteUserSessions, {row.i64(0)});
  tx.commit();
  sessions.invalidate();
  ctx.audit = {{}, {}, "user", std::to_string(row.i64(0)), "重置密码 " + row.text(1)};
  return Response::json(json::object{});
}

Response set_status(api::Ctx& ctx, SessionStore& sessions, const std::string& status) {
  auto c = ctx.svc.db.write();
  auto row = managed_user_or_404(ctx, *c);
  if (row.i64(0) == ctx.me().user_id) throw ApiError(Err::InvalidState, "不能停用自己的账号");
  db::Transaction tx(*c);
  c->exec(sql::kSetStatus, {row.i64(0), status});
  if (status != "active") c->exec(sql::kDeleteUserSessions, {row.i64(0)});
  auto updated = c->query_one(sql::kUserById, {row.i64(0)});
  tx.commit();
  sessions.invalidate();
  ctx.audit = {{}, {}, "user", std::to_string(row.i64(0)), (status == "active" ? "启用账号 " : "停用账号 ") + row.text(1)};
  return Response::json(user_json(*updated, 0, ctx.now_ms()));
}

Response unlock(api::Ctx& ctx) {
  auto c = ctx.svc.db.write();
  auto row = managed_user_or_404(ctx, *c);
  c->exec(sql::kUnlock, {row.i64(0)});
  ctx.audit = {{}, {}, "user", std::to_string(row.i64(0)), "解除锁定 " + row.text(1)};
  auto updated = c->query_one(sql::kUserById, {row.i64(0)});
  return Response::json(user_json(*updated, 0, ctx.now_ms()));
}

Response roles(api::Ctx& ctx) {
  json::array items;
  for (Role r : auth::all_roles()) {
    json::array perms;
    for (const auto& a : ctx.svc.permissions.actions_of(r)) perms.push_back(json::string(a));
    items.push_back(json::object{{"role", auth::role_code(r)}, {"name", auth::role_name_zh(r)}, {"permissions", perms}});
  }
  return Response::json(json::object{{"items", std::move(items)}});
}

}  // namespace

NewUser read_new_user(http::BodyReader& body, const std::string& prefix) {
  NewUser u;
  u.username = body.str("username", 32);
  if (!valid_username(u.username))
    throw ApiError(Err::FieldInvalid, "用户名为3到32位字母、数字、下划线、点或连字符", prefix + "username");
  u.password = body.str("password", 128);
  try {
    auth::check_password_policy(u.password, u.username);
  } catch (const ApiError& e) {
    throw ApiError(e.err(), e.detail(), prefix + "password");
  }
  u.display_name = body.str("display_name", 50);
  u.phone = body.opt_str("phone", 30).value_or("");
  return u;
}

std::int64_t insert_user(db::Connection& c, const NewUser& u, EpochMs now, bool must_change_password) {
  if (c.query_one(sql::kUsernameExists, {u.username})) throw ApiError(Err::UsernameTaken, u.username, "username");
  try {
    return c.query_one(sql::kInsertUser, {u.org_id ? db::Value(*u.org_id) : db::kNull, u.username, u.display_name,
                                          std::string(auth::role_code(u.role)), auth::hash_password(u.password),
                                          u.phone, std::int64_t{must_change_password ? 1 : 0}, now})
        ->i64(0);
  } catch (const db::DbError& e) {
    if (e.unique_violation()) throw ApiError(Err::UsernameTaken, u.username, "username");
    throw;
  }
}

void register_routes(api::Api& api, auth::Permissions& perms, SessionStore& sessions) {
  using api::Access;
  const auto self_service = api::RouteOptions{Access::Session, ""};
  api.post("/api/v1/auth/login", "auth.login", [&sessions](api::Ctx& c) { return login(c, sessions); }, {Access::Public});
  api.post("/api/v1/auth/register", "auth.register", register_org, {Access::Public});
  api.post("/api/v1/auth/logout", "auth.logout", [&sessions](api::Ctx& c) { return logout(c, sessions); }, self_service);
  api.get("/api/v1/auth/me", "auth.me", me, self_service);
  api.post("/api/v1/auth/change-password", "auth.change_password",
           [&sessions](api::Ctx& c) { return change_password(c, sessions); }, self_service);

  perms.grant("users.list", {Role::Admin, Role::CityAdmin, Role::OrgAdmin});
  perms.grant("users.create", {Role::Admin, Role::CityAdmin, Role::OrgAdmin});
  perms.grant("users.manage", {Role::Admin, Role::CityAdmin, Role::OrgAdmin});
  perms.grant("roles.list", {Role::Admin, Role::CityAdmin});
  const auto manage = api::RouteOptions{Access::Approved, "users.manage"};
  api.get("/api/v1/users", "users.list", list_users);
  api::add_list_export(api, "/api/v1/users", "users.list", list_users, {}, users_export());
  api.post("/api/v1/users", "users.create", create_user);
  api.post("/api/v1/users/{id:int}/reset-password", "users.reset_password",
           [&sessions](api::Ctx& c) { return reset_password(c, sessions); }, manage);
  api.post("/api/v1/users/{id:int}/disable", "users.disable",
           [&sessions](api::Ctx& c) { return set_status(c, sessions, "disabled"); }, manage);
  api.post("/api/v1/users/{id:int}/enable", "users.enable",
           [&sessions](api::Ctx& c) { return set_status(c, sessions, "active"); }, manage);
  api.post("/api/v1/users/{id:int}/unlock", "users.unlock", unlock, manage);
  api.get("/api/v1/roles", "roles.list", roles);
}

}  // namespace kc::accounts
