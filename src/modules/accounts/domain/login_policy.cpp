#include "modules/accounts/domain/login_policy.hpp"

namespace kc::accounts {

bool is_locked(const LockState& state, EpochMs now) { return state.locked_until && *state.locked_until > now; }

LoginDecision decide_login(const LockState& state, bool password_ok, EpochMs now) {
  if (is_locked(state, now)) return {LoginOutcome::Locked, state};
  if (password_ok) return {LoginOutcome::Success, LockState{}};
  // A lock that has run out starts a fresh count.
  int failed = (state.locked_until ? 0 : state.failed_logins) + 1;
  if (failed >= kMaxFailedLogins) return {LoginOutcome::WrongPassword, LockState{0, now + kLockoutMs}};
  return {LoginOutcome::WrongPassword, LockState{failed, std::nullopt}};
}

SessionState session_state(EpochMs created_at, EpochMs last_seen_at, EpochMs now) {
  if (now - created_at >= kSessionAbsoluteMs) return SessionState::AbsoluteExpired;
  if (now - last_seen_at >= kSessionIdleMs) return SessionState::IdleExpired;
  return SessionState::Valid;
}

}  // namespace kc::accounts
