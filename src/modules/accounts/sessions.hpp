#pragma once
// Sessions: a random token in an HttpOnly cookie, its SHA-256 stored in the database, and a small cache
// so that an authenticated read costs no database round trip. The cache is dropped whenever anything a
// Principal is built from changes (see Services::auth_generation).
#include <atomic>
#include <mutex>
#include <string>
#include <unordered_map>

#include "api/context.hpp"

namespace kc::accounts {

inline constexpr const char* kSessionCookie = "kc_session";

struct NewSession {
  std::string token;  // goes into the cookie, never stored
  std::string csrf_token;
};

class SessionStore final : public api::Authenticator {
 public:
  explicit SessionStore(api::Services& svc) : svc_(svc) {}

  NewSession create(db::Connection& c, std::int64_t user_id);
  std::optional<api::Principal> authenticate(const http::Request& req) override;
  void end(const std::string& token_hash);
  // Call after any change to users, their organisations or sessions: cached principals are rebuilt.
  void invalidate() { ++generation_; }

 private:
  struct Cached {
    api::Principal principal;
    EpochMs created_at;
    EpochMs last_seen_at;      // as the server knows it
    EpochMs persisted_seen_at;  // as the database has it
    std::uint64_t generation;
  };
  std::optional<Cached> load(const std::string& token_hash);

  api::Services& svc_;
  std::atomic<std::uint64_t> generation_{0};
  std::mutex mu_;
  std::unordered_map<std::string, Cached> cache_;
};

}  // namespace kc::accounts
