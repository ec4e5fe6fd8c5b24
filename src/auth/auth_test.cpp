#include <gtest/gtest.h>

#include "auth/password.hpp"
#include "auth/roles.hpp"
#include "core/errors.hpp"

namespace kc::auth {

TEST(Password, HashVerifiesOnlyTheSamePassword) {
  std::string h = hash_password("Kc@admin2026");
  EXPECT_EQ(h.rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(verify_password("Kc@admin2026", h));
  EXPECT_FALSE(verify_password("Kc@admin2027", h));
  EXPECT_NE(h, hash_password("Kc@admin2026")) << "salted";
  EXPECT_FALSE(verify_password("x", "not-a-hash"));
}

void expect_weak(std::string_view pw, std::string_view user) {
  try {
    check_password_policy(pw, user);
    ADD_FAILURE() << "accepted " << pw;
  } catch (const ApiError& e) {
    EXPECT_EQ(e.err(), Err::PasswordWeak);
  }
}

TEST(Password, PolicyEdges) {
  expect_weak("Ab1!xyz", "u");          // 7 characters
  EXPECT_NO_THROW(check_password_policy("Ab1xyzwq", "u"));  // 8, three classes
  expect_weak("abcdefgh1", "u");        // two classes
  expect_weak("Zhangsan@2026", "zhangsan");  // contains the user name, any case
  EXPECT_NO_THROW(check_password_policy("密码Ab1xxxxx", "u"));
}

TEST(Roles, DenyByDefault) {
  Permissions p;
  p.grant("orgs.approve", {Role::CityOfficer, Role::CountyOfficer});
  EXPECT_TRUE(p.allowed(Role::CountyOfficer, "orgs.approve"));
  EXPECT_FALSE(p.allowed(Role::OrgAdmin, "orgs.approve"));
  EXPECT_FALSE(p.allowed(Role::Admin, "never.granted"));
  EXPECT_EQ(parse_role("county_officer"), Role::CountyOfficer);
  EXPECT_FALSE(parse_role("root"));
  EXPECT_EQ(role_name_zh(Role::Expert), "评审专家");
}

}  // namespace kc::auth
