#include "audit/sm3.hpp"

#include <openssl/evp.h>

#include <stdexcept>

namespace kc::audit {
namespace {

// Fetched once: an EVP_MD is immutable and safe to share between threads.
const EVP_MD* sm3_md() {
  static const EVP_MD* md = [] {
    EVP_MD* fetched = EVP_MD_fetch(nullptr, "SM3", nullptr);
    if (!fetched) throw std::runtime_error("OpenSSL has no SM3 digest (needs OpenSSL 3 with the default provider)");
    return fetched;
  }();
  return md;
}

}  // namespace

std::string sm3_hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_Digest(data.data(), data.size(), digest, &size, sm3_md(), nullptr) != 1)
    throw std::runtime_error("SM3 digest failed");
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(size * 2);
  for (unsigned int i = 0; i < size; ++i) {
    hex.push_back(kHex[digest[i] >> 4]);
    hex.push_back(kHex[digest[i] & 15]);
  }
  return hex;
}

}  // namespace kc::audit
