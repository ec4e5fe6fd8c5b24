#pragma once
// Digests as lowercase hex (OpenSSL 3).
#include <cstddef>
#include <string>
#include <string_view>

namespace kc {

std::string to_hex(const unsigned char* data, std::size_t size);
std::string sha256_hex(std::string_view data);
// SHA-256 of a file's content, read in blocks (constant memory).
std::string sha256_file_hex(const std::string& path);
// SM3 (GB/T 32905-2016), the digest Chinese security assessments (等保) expect for tamper evidence.
std::string sm3_hex(std::string_view data);

}  // namespace kc
