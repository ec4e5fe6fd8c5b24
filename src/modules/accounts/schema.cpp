// Accounts schema: users (bound to an organisation, except system administrators) and their sessions.
#include "modules/accounts/schema.hpp"

namespace kc::accounts {

std::vector<db::Migration> migrations() {
  return {
      {"accounts/001_users",
       R"(CREATE TABLE users (
            id {{ID}},
            org_id BIGINT REFERENCES orgs (id),
            username TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'active',
            failed_logins INTEGER NOT NULL DEFAULT 0,
            locked_until BIGINT,
            must_change_password INTEGER NOT NULL DEFAULT 0,
            last_login_at BIGINT,
            created_at BIGINT NOT NULL);
          CREATE INDEX users_org ON users (org_id);
          CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY,
            user_id BIGINT NOT NULL REFERENCES users (id),
            csrf_token TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            last_seen_at BIGINT NOT NULL);
          CREATE INDEX sessions_user ON sessions (user_id);)"},
  };
}

}  // namespace kc::accounts
