#include "modules/accounts/sessions.hpp"

#include "core/errors.hpp"
#include "core/hash.hpp"
#include "modules/accounts/domain/login_policy.hpp"
#include "modules/accounts/principal.hpp"
#include "modules/accounts/repository.hpp"

namespace kc::accounts {

// The last-seen time is written back at most this often: reads stay free of writes.
constexpr EpochMs kPersistSeenEveryMs = 60 * 1000;
// Expired sessions are kept a day so that their cookies are answered SESSION_EXPIRED, not AUTH_REQUIRED.
constexpr EpochMs kKeepExpiredMs = 24 * 60 * 60 * 1000;

NewSession SessionStore::create(db::Connection& c, std::int64_t user_id) {
  NewSession s{random_hex(32), random_hex(16)};
  c.exec(sql::kPurgeSessions, {svc_.clock.now_ms() - kSessionAbsoluteMs - kKeepExpiredMs});
  c.exec(sql::kInsertSession, {sha256_hex(s.token), user_id, s.csrf_token, svc_.clock.now_ms()});
  return s;
}

std::optional<SessionStore::Cached> SessionStore::load(const std::string& token_hash) {
  auto row = svc_.db.read()->query_one(sql::kSessionPrincipal, {token_hash});
  if (!row) return std::nullopt;
  Cached c;
  c.principal = principal_from_row(*row, 3);
  c.principal.csrf_token = row->text(0);
  c.principal.session_token_hash = token_hash;
  c.created_at = row->i64(1);
  c.last_seen_at = c.persisted_seen_at = row->i64(2);
  c.generation = generation_;
  if (row->text(3 + 8) != "active") return std::nullopt;  // disabled users have no sessions
  return c;
}

std::optional<api::Principal> SessionStore::authenticate(const http::Request& req) {
  std::string token = req.cookie(kSessionCookie);
  if (token.size() != 64) return std::nullopt;
  std::string hash = sha256_hex(token);
  EpochMs now = svc_.clock.now_ms();
  std::optional<api::Principal> found;
  bool persist = false;
  {
    // The common case: a cached, current session, updated in place.
    std::lock_guard lock(mu_);
    auto it = cache_.find(hash);
    if (it != cache_.end() && it->second.generation == generation_) {
      Cached& c = it->second;
      if (session_state(c.created_at, c.last_seen_at, now) != SessionState::Valid) throw ApiError(Err::SessionExpired);
      c.last_seen_at = now;
      persist = now - c.persisted_seen_at >= kPersistSeenEveryMs;
      if (persist) c.persisted_seen_at = now;
      found = c.principal;
    }
  }
  if (!found) {
    auto entry = load(hash);
    if (!entry) return std::nullopt;
    // The row stays until purged, so every later request hears why it failed.
    if (session_state(entry->created_at, entry->last_seen_at, now) != SessionState::Valid)
      throw ApiError(Err::SessionExpired);
    persist = now - entry->persisted_seen_at >= kPersistSeenEveryMs;
    entry->last_seen_at = now;
    if (persist) entry->persisted_seen_at = now;
    found = entry->principal;
    std::lock_guard lock(mu_);
    if (cache_.size() > 100000) cache_.clear();  // bound memory; entries reload on demand
    cache_[hash] = std::move(*entry);
  }
  // Writing the last-seen time at most once a minute keeps reads free of writes.
  if (persist) svc_.db.write()->exec(sql::kTouchSession, {hash, now});
  return found;
}

void SessionStore::end(const std::string& token_hash) {
  svc_.db.write()->exec(sql::kDeleteSession, {token_hash});
  std::lock_guard lock(mu_);
  cache_.erase(token_hash);
}

}  // namespace kc::accounts
