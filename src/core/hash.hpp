#pragma once
#include <string>
#include <string_view>

namespace kc {
// SHA-256 of `data` as lowercase hex (OpenSSL).
std::string sha256_hex(std::string_view data);
}
