#pragma once
// Named SQL of the accounts module.
#include <optional>
#include <string>

#include "db/db.hpp"

namespace kc::accounts::sql {

using db::Query;

// The columns every user read returns, in this order (see user_json in routes).
#define KC_USER_COLUMNS                                                                                      \
  "u.id, u.username, u.display_name, u.role, u.org_id, COALESCE(o.name, ''), COALESCE(o.status, 'approved'), " \
  "COALESCE(o.region_code, ''), u.status, u.must_change_password, u.phone, u.last_login_at, u.created_at, "    \
  "u.locked_until"
#define KC_USER_FROM " FROM users u LEFT JOIN orgs o ON o.id = u.org_id "

inline const Query kUserById{"users.by_id", "SELECT " KC_USER_COLUMNS KC_USER_FROM "WHERE u.id = $1"};

inline const Query kLoginRow{
    "users.login_row",
    "SELECT id, password_hash, status, failed_logins, locked_until FROM users WHERE username = $1"};
inline const Query kStoreLockState{"users.store_lock",
                                   "UPDATE users SET failed_logins = $2, locked_until = $3 WHERE id = $1"};
inline const Query kRecordLogin{"users.record_login",
                                "UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = $2 WHERE id = $1"};
inline const Query kPasswordHash{"users.password_hash", "SELECT password_hash, username FROM users WHERE id = $1"};
inline const Query kSetPassword{"users.set_password",
                                "UPDATE users SET password_hash = $2, must_change_password = $3 WHERE id = $1"};
inline const Query kSetStatus{"users.set_status", "UPDATE users SET status = $2 WHERE id = $1"};
inline const Query kUnlock{"users.unlock", "UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1"};
inline const Query kInsertUser{
    "users.insert",
    "INSERT INTO users (org_id, username, display_name, role, password_hash, phone, must_change_password, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id"};
inline const Query kUsernameExists{"users.username_exists", "SELECT 1 FROM users WHERE username = $1"};

// Lists: $1 all-users flag, $2 org restriction (0 = none), $3 text, $4 role, $5 org filter, $6 limit, $7 offset.
#define KC_USER_LIST_WHERE                                                                            \
  " WHERE ($1 = 1 OR u.org_id = $2) AND ($3 = '' OR u.username LIKE '%' || $3 || '%' OR "               \
  "u.display_name LIKE '%' || $3 || '%') AND ($4 = '' OR u.role = $4) AND ($5 = 0 OR u.org_id = $5) "
inline const Query kUserList{"users.list", "SELECT " KC_USER_COLUMNS KC_USER_FROM KC_USER_LIST_WHERE
                                           "ORDER BY u.id LIMIT $6 OFFSET $7"};
inline const Query kUserCount{"users.count", "SELECT COUNT(*)" KC_USER_FROM KC_USER_LIST_WHERE
                                             "AND $6 >= 0 AND $7 >= 0"};

// Sessions.
inline const Query kInsertSession{
    "sessions.insert",
    "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)"};
inline const Query kSessionPrincipal{
    "sessions.principal",
    "SELECT s.csrf_token, s.created_at, s.last_seen_at, " KC_USER_COLUMNS
    " FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN orgs o ON o.id = u.org_id WHERE s.token_hash = $1"};
inline const Query kPurgeSessions{"sessions.purge", "DELETE FROM sessions WHERE created_at < $1"};
inline const Query kTouchSession{"sessions.touch", "UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1"};
inline const Query kDeleteSession{"sessions.delete", "DELETE FROM sessions WHERE token_hash = $1"};
inline const Query kDeleteUserSessions{"sessions.delete_user", "DELETE FROM sessions WHERE user_id = $1"};
inline const Query kDeleteOtherSessions{"sessions.delete_others",
                                        "DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2"};

}  // namespace kc::accounts::sql
