#pragma once
// Login lockout and session lifetime rules, as pure functions of the stored state and the time.
#include <cstdint>
#include <optional>

#include "core/clock.hpp"

namespace kc::accounts {

// Five failed attempts lock the account for 15 minutes.
inline constexpr int kMaxFailedLogins = 5;
inline constexpr EpochMs kLockoutMs = 15 * 60 * 1000;
// A session ends after 30 idle minutes or 12 hours in all, whichever comes first.
inline constexpr EpochMs kSessionIdleMs = 30 * 60 * 1000;
inline constexpr EpochMs kSessionAbsoluteMs = 12 * 60 * 60 * 1000;

struct LockState {
  int failed_logins = 0;
  std::optional<EpochMs> locked_until;
};

enum class LoginOutcome { Success, WrongPassword, Locked };

struct LoginDecision {
  LoginOutcome outcome;
  LockState next;  // what to store
};

// The fifth wrong password is answered as wrong and locks the account; attempts during the lock are refused.
// `password_ok` is ignored while the account is locked: a locked account does not reveal whether a guess was right.
LoginDecision decide_login(const LockState& state, bool password_ok, EpochMs now);

bool is_locked(const LockState& state, EpochMs now);

enum class SessionState { Valid, IdleExpired, AbsoluteExpired };
SessionState session_state(EpochMs created_at, EpochMs last_seen_at, EpochMs now);

}  // namespace kc::accounts
