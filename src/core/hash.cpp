#include "core/hash.hpp"

#include <openssl/evp.h>

#include <fstream>
#include <memory>
#include <stdexcept>

namespace kc {
namespace {

// Fetched once: an EVP_MD is immutable and safe to share between threads, and an explicit fetch spares every
// digest the provider-store lock an implicit one (EVP_sha256()) takes.
const EVP_MD* fetch_md(const char* name) {
  EVP_MD* fetched = EVP_MD_fetch(nullptr, name, nullptr);
  if (!fetched) throw std::runtime_error(std::string("OpenSSL has no ") + name + " digest (needs OpenSSL 3's default provider)");
  return fetched;
}
const EVP_MD* sm3_md() {
  static const EVP_MD* md = fetch_md("SM3");
  return md;
}
const EVP_MD* sha256_md() {
  static const EVP_MD* md = fetch_md("SHA256");
  return md;
}

std::string digest_hex(const EVP_MD* md, std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_Digest(data.data(), data.size(), digest, &size, md, nullptr) != 1) throw std::runtime_error("digest failed");
  return to_hex(digest, size);
}

}  // namespace

std::string to_hex(const unsigned char* data, std::size_t size) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(size * 2);
  for (std::size_t i = 0; i < size; ++i) {
    out.push_back(kHex[data[i] >> 4]);
    out.push_back(kHex[data[i] & 15]);
  }
  return out;
}

std::string sha256_hex(std::string_view data) { return digest_hex(sha256_md(), data); }

std::string sm3_hex(std::string_view data) { return digest_hex(sm3_md(), data); }

std::string sha256_file_hex(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  EVP_DigestInit_ex(ctx.get(), sha256_md(), nullptr);
  char buf[65536];
  while (in.read(buf, sizeof buf) || in.gcount() > 0)
    EVP_DigestUpdate(ctx.get(), buf, static_cast<std::size_t>(in.gcount()));
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_DigestFinal_ex(ctx.get(), md, &len);
  return to_hex(md, len);
}

}  // namespace kc
