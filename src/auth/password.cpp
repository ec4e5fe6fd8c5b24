#include "auth/password.hpp"

#include <argon2.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <vector>

#include "core/clock.hpp"
#include "core/errors.hpp"

namespace kc::auth {
namespace {

// OWASP's recommended Argon2id parameters: 19 MiB, 2 iterations, 1 lane (about 30 ms here). More memory per
// hash would dominate the server's footprint: every concurrent login holds its own block.
constexpr uint32_t kTimeCost = 2, kMemoryKiB = 19 * 1024, kLanes = 1, kHashLen = 32, kSaltLen = 16;

std::string lower(std::string_view s) {
  std::string o(s);
  std::transform(o.begin(), o.end(), o.begin(), [](unsigned char c) { return std::tolower(c); });
  return o;
}

std::vector<unsigned char> salt_bytes() {
  std::string hex = random_hex(kSaltLen);
  std::vector<unsigned char> out;
  for (std::size_t i = 0; i < hex.size(); i += 2) out.push_back(static_cast<unsigned char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  return out;
}

}  // namespace

std::string hash_password(std::string_view password) {
  auto salt = salt_bytes();
  std::size_t len = argon2_encodedlen(kTimeCost, kMemoryKiB, kLanes, kSaltLen, kHashLen, Argon2_id);
  std::string encoded(len, '\0');
  int rc = argon2id_hash_encoded(kTimeCost, kMemoryKiB, kLanes, password.data(), password.size(), salt.data(),
                                 salt.size(), kHashLen, encoded.data(), encoded.size());
  if (rc != ARGON2_OK) throw std::runtime_error(std::string("argon2: ") + argon2_error_message(rc));
  encoded.resize(std::char_traits<char>::length(encoded.c_str()));
  return encoded;
}

bool verify_password(std::string_view password, const std::string& encoded) {
  if (encoded.rfind("$argon2id$", 0) != 0) return false;
  return argon2id_verify(encoded.c_str(), password.data(), password.size()) == ARGON2_OK;
}

void check_password_policy(std::string_view password, std::string_view username) {
  std::size_t chars = 0;
  bool upper = false, low = false, digit = false, other = false;
  for (unsigned char c : password) {
    if ((c & 0xC0) != 0x80) ++chars;
    if (std::isupper(c)) upper = true;
    else if (std::islower(c)) low = true;
    else if (std::isdigit(c)) digit = true;
    else other = true;
  }
  if (chars < 8) throw ApiError(Err::PasswordWeak, "至少8个字符", "password");
  if (upper + low + digit + other < 3)
    throw ApiError(Err::PasswordWeak, "须包含大写字母、小写字母、数字、特殊字符中的至少三类", "password");
  if (!username.empty() && lower(password).find(lower(username)) != std::string::npos)
    throw ApiError(Err::PasswordWeak, "不能包含用户名", "password");
  if (chars > 128) throw ApiError(Err::PasswordWeak, "不能超过128个字符", "password");
}

}  // namespace kc::auth
