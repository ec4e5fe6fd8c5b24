// Sign-in, sign-out, the caller's own account, and self-registration of an organisation.
#include <boost/json.hpp>

#include "api/util.hpp"
#include "auth/password.hpp"
#include "core/errors.hpp"
#include "core/hash.hpp"
#include "http/json_body.hpp"
#include "modules/accounts/domain/login_policy.hpp"
#include "modules/accounts/principal.hpp"
#include "modules/accounts/repository.hpp"
#include "modules/accounts/routes_internal.hpp"
#include "modules/registry/orgs.hpp"

namespace kc::accounts {

namespace json = boost::json;
using http::Response;

namespace {

std::string session_cookie(const http::Request& req, const std::string& value, bool clear) {
  std::string c = std::string(kSessionCookie) + "=" + value + "; Path=/; HttpOnly; SameSite=Strict";
  if (req.header("x-forwarded-proto") == "https") c += "; Secure";
  if (clear) c += "; Max-Age=0";
  return c;
}

json::object me_json(api::Ctx& ctx, std::int64_t user_id, const std::string& csrf) {
  auto c = ctx.svc.db.read();
  auto row = c->query_one(sql::kUserById, {user_id});
  if (!row) throw ApiError(Err::AuthRequired);
  auto role = auth::parse_role(row->text(3)).value_or(auth::Role::OrgUser);
  json::array perms;
  for (const auto& a : ctx.svc.permissions.actions_of(role)) perms.push_back(json::string(a));
  return json::object{{"user", user_json(*row, 0, ctx.now_ms())}, {"csrf_token", csrf}, {"permissions", std::move(perms)}};
}

// Verifying a password costs ~0.1 s of Argon2id; an unknown user name costs the same, so that timing does
// not reveal which names exist.
bool check_password(const std::string& password, const std::optional<db::Row>& row) {
  static const std::string dummy = auth::hash_password("kechuang-timing-equaliser");
  return auth::verify_password(password, row ? row->text(1) : dummy) && row.has_value();
}

}  // namespace

Response login(api::Ctx& ctx, SessionStore& sessions) {
  http::BodyReader body(ctx.req.body);
  std::string username = body.str("username", 64);
  std::string password = body.str("password", 128);
  body.done();
  ctx.audit.username = username;
  ctx.audit.target_type = "user";
  ctx.audit.summary = "登录";
  auto row = ctx.svc.db.read()->query_one(sql::kLoginRow, {username});
  bool ok = check_password(password, row);
  if (!row) throw ApiError(Err::LoginFailed);
  std::int64_t user_id = row->i64(0);
  ctx.audit.user_id = user_id;
  ctx.audit.target_id = std::to_string(user_id);
  EpochMs now = ctx.now_ms();
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  // Re-read under the write lock so that concurrent failures all count.
  auto fresh = c->query_one(sql::kLoginRow, {username});
  LockState state{static_cast<int>(fresh->i64(3)), fresh->opt_i64(4)};
  auto decision = decide_login(state, ok, now);
  if (decision.outcome != LoginOutcome::Success) {
    c->exec(sql::kStoreLockState, {user_id, std::int64_t{decision.next.failed_logins},
                                   decision.next.locked_until ? db::Value(*decision.next.locked_until) : db::kNull});
    tx.commit();
    throw ApiError(decision.outcome == LoginOutcome::Locked ? Err::AccountLocked : Err::LoginFailed);
  }
  if (fresh->text(2) != "active") throw ApiError(Err::AccountDisabled);
  c->exec(sql::kRecordLogin, {user_id, now});
  NewSession s = sessions.create(*c, user_id);
  tx.commit();
  sessions.invalidate();
  auto body_json = me_json(ctx, user_id, s.csrf_token);
  Response res = Response::json(body_json);
  res.set_header("Set-Cookie", session_cookie(ctx.req, s.token, false));
  return res;
}

Response logout(api::Ctx& ctx, SessionStore& sessions) {
  sessions.end(ctx.me().session_token_hash);
  ctx.audit.summary = "退出登录";
  Response res = Response::json(json::object{});
  res.set_header("Set-Cookie", session_cookie(ctx.req, "", true));
  return res;
}

Response me(api::Ctx& ctx) { return Response::json(me_json(ctx, ctx.me().user_id, ctx.me().csrf_token)); }

Response change_password(api::Ctx& ctx, SessionStore& sessions) {
  http::BodyReader body(ctx.req.body);
  std::string old_pw = body.str("old_password", 128);
  std::string new_pw = body.str("new_password", 128);
  body.done();
  const auto& me = ctx.me();
  auto c = ctx.svc.db.write();
  auto row = c->query_one(sql::kPasswordHash, {me.user_id});
  if (!row || !auth::verify_password(old_pw, row->text(0))) throw ApiError(Err::PasswordWrong, "", "old_password");
  try {
    auth::check_password_policy(new_pw, me.username);
  } catch (const ApiError& e) {
    throw ApiError(e.err(), e.detail(), "new_password");
  }
  if (new_pw == old_pw) throw ApiError(Err::PasswordWeak, "新密码不能与原密码相同", "new_password");
  db::Transaction tx(*c);
  c->exec(sql::kSetPassword, {me.user_id, auth::hash_password(new_pw), std::int64_t{0}});
  c->exec(sql::kDeleteOtherSessions, {me.user_id, me.session_token_hash});  // other devices sign in again
  tx.commit();
  sessions.invalidate();
  ctx.audit = {{}, {}, "user", std::to_string(me.user_id), "修改密码"};
  return Response::json(json::object{});
}

// An organisation registers itself with its first user, who becomes its administrator. Nothing else is
// possible for them until a bureau approves the organisation.
Response register_org(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  auto org_body = body.object("org");
  registry::OrgInput org = registry::read_org_input(org_body);
  org_body.done();
  if (org.kind == "city_bureau" || org.kind == "county_bureau")
    throw ApiError(Err::FieldInvalid, "科技局不能自行注册", "org.kind");
  auto user_body = body.object("user");
  NewUser user = read_new_user(user_body, "user.");
  user_body.done();
  body.done();
  user.role = auth::Role::OrgAdmin;
  ctx.audit.username = user.username;
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto org_id = registry::insert_org(*c, org, "pending", ctx.now_ms(), std::nullopt);
  user.org_id = org_id;
  auto user_id = insert_user(*c, user, ctx.now_ms(), false);
  tx.commit();
  ctx.audit.user_id = user_id;
  ctx.audit.target_type = "org";
  ctx.audit.target_id = std::to_string(org_id);
  ctx.audit.summary = "单位注册 " + org.name;
  return Response::json(json::object{{"org_id", org_id}, {"user_id", user_id}}, 201);
}

}  // namespace kc::accounts
