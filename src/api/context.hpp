#pragma once
// What every route handler sees: the request, its path parameters, the caller, and the shared services.
// Handlers return an http::Response or throw kc::ApiError; the dispatcher does the rest.
#include <functional>
#include <optional>
#include <string>

#include "auth/roles.hpp"
#include "core/clock.hpp"
#include "db/db.hpp"
#include "http/router.hpp"
#include "http/types.hpp"

namespace kc::api {

// The authenticated caller.
struct Principal {
  std::int64_t user_id = 0;
  std::string username;
  std::string display_name;
  auth::Role role = auth::Role::OrgUser;
  std::optional<std::int64_t> org_id;
  std::string org_name;
  std::string org_status;   // pending | approved | rejected ("approved" for users without an organisation)
  std::string region_code;  // of the caller's organisation; "" for system administrators
  bool must_change_password = false;
  std::string csrf_token;
  std::string session_token_hash;
};

// Resolves the session cookie of a request. Implemented by the accounts module.
class Authenticator {
 public:
  virtual ~Authenticator() = default;
  // nullopt: no session. Throws ApiError(SessionExpired) for an expired one.
  virtual std::optional<Principal> authenticate(const http::Request& req) = 0;
};

// What the audit trail records of a state-changing request.
struct AuditNote {
  std::string username;  // for requests without a session (login, registration)
  std::optional<std::int64_t> user_id;
  std::string target_type;
  std::string target_id;
  std::string summary;
};

struct AuditRecord {
  EpochMs time_ms = 0;
  std::optional<std::int64_t> user_id;
  std::string username;
  std::optional<std::int64_t> org_id;
  std::string client_ip;
  std::string action;
  std::string target_type;
  std::string target_id;
  std::string summary;
  std::string result;  // "ok" or the error code
};

struct Limits {
  std::size_t max_upload_bytes = 20 * 1024 * 1024;
};

struct Services {
  db::Database& db;
  const Clock& clock;
  auth::Permissions& permissions;
  std::string data_dir;
  Limits limits;
};

struct Ctx {
  http::Request& req;
  const http::PathParams& params;
  Services& svc;
  std::optional<Principal> user;
  AuditNote audit;

  const Principal& me() const;  // the caller; only on routes that require a session
  std::int64_t id(const std::string& name = "id") const { return params.id(name); }
  EpochMs now_ms() const { return svc.clock.now_ms(); }
};

using Handler = std::function<http::Response(Ctx&)>;

}  // namespace kc::api
