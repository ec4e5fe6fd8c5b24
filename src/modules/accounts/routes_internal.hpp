#pragma once
// Pieces shared by the accounts module's route files.
#include <optional>
#include <string>

#include "api/context.hpp"
#include "http/json_body.hpp"
#include "modules/accounts/sessions.hpp"

namespace kc::accounts {

struct NewUser {
  std::string username;
  std::string display_name;
  std::string password;
  std::string phone;
  auth::Role role = auth::Role::OrgUser;
  std::optional<std::int64_t> org_id;
};

// Reads username, password, display_name and phone; checks the name's form and the password policy.
NewUser read_new_user(http::BodyReader& body, const std::string& field_prefix);
// Inserts with an Argon2id hash; a taken user name is a 409 USERNAME_TAKEN.
std::int64_t insert_user(db::Connection& c, const NewUser& u, EpochMs now, bool must_change_password);

http::Response login(api::Ctx& ctx, SessionStore& sessions);
http::Response logout(api::Ctx& ctx, SessionStore& sessions);
http::Response me(api::Ctx& ctx);
http::Response change_password(api::Ctx& ctx, SessionStore& sessions);
http::Response register_org(api::Ctx& ctx);

}  // namespace kc::accounts
