#pragma once
// SM3 (GB/T 32905-2016), the national cryptographic hash, through OpenSSL 3's EVP "SM3".
#include <string>
#include <string_view>

namespace kc::audit {

// Lower-case hex digest (64 characters) of `data`.
std::string sm3_hex(std::string_view data);

}  // namespace kc::audit
