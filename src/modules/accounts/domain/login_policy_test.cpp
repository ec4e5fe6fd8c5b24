#include "modules/accounts/domain/login_policy.hpp"

#include <gtest/gtest.h>

namespace kc::accounts {

TEST(LoginPolicy, FifthFailureLocksForFifteenMinutes) {
  LockState s;
  EpochMs now = 1'000'000;
  for (int i = 1; i < kMaxFailedLogins; ++i) {
    auto d = decide_login(s, false, now);
    EXPECT_EQ(d.outcome, LoginOutcome::WrongPassword);
    EXPECT_EQ(d.next.failed_logins, i);
    s = d.next;
  }
  auto locked = decide_login(s, false, now);
  EXPECT_EQ(locked.outcome, LoginOutcome::WrongPassword);
  ASSERT_TRUE(locked.next.locked_until);
  EXPECT_EQ(*locked.next.locked_until, now + kLockoutMs);
  // Even the right password is refused while locked, up to the last millisecond.
  EXPECT_EQ(decide_login(locked.next, true, now + kLockoutMs - 1).outcome, LoginOutcome::Locked);
  auto after = decide_login(locked.next, true, now + kLockoutMs);
  EXPECT_EQ(after.outcome, LoginOutcome::Success);
  EXPECT_FALSE(after.next.locked_until);
}

TEST(LoginPolicy, ExpiredLockStartsAFreshCount) {
  LockState s{0, 5'000};
  auto d = decide_login(s, false, 10'000);
  EXPECT_EQ(d.outcome, LoginOutcome::WrongPassword);
  EXPECT_EQ(d.next.failed_logins, 1);
}

TEST(LoginPolicy, SuccessClearsFailures) {
  auto d = decide_login(LockState{3, std::nullopt}, true, 0);
  EXPECT_EQ(d.outcome, LoginOutcome::Success);
  EXPECT_EQ(d.next.failed_logins, 0);
}

TEST(SessionPolicy, IdleAndAbsoluteLimits) {
  EXPECT_EQ(session_state(0, 0, kSessionIdleMs - 1), SessionState::Valid);
  EXPECT_EQ(session_state(0, 0, kSessionIdleMs), SessionState::IdleExpired);
  EpochMs late = kSessionAbsoluteMs;
  EXPECT_EQ(session_state(0, late - 1000, late - 1), SessionState::Valid);
  EXPECT_EQ(session_state(0, late - 1000, late), SessionState::AbsoluteExpired);
}

}  // namespace kc::accounts
