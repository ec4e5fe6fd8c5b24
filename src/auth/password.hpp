#pragma once
// Password hashing (Argon2id) and the password policy.
#include <string>
#include <string_view>

namespace kc::auth {

// Argon2id in the PHC string format ($argon2id$v=19$m=…,t=…,p=…$salt$hash).
std::string hash_password(std::string_view password);
bool verify_password(std::string_view password, const std::string& encoded);

// The policy: at least 8 characters, at least three of the four classes (upper, lower, digit, other),
// and not containing the user name. Throws ApiError(PasswordWeak) with the reason in Chinese.
void check_password_policy(std::string_view password, std::string_view username);

}  // namespace kc::auth
