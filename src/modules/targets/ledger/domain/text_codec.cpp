#include "modules/targets/ledger/domain/text_codec.hpp"

namespace kc::targets::ledger {

std::optional<std::string> code_point_slice(std::string_view utf8, std::size_t start, std::size_t end) {
  if (start >= end) return std::nullopt;
  std::size_t cp = 0, byte_start = std::string_view::npos;
  for (std::size_t i = 0; i <= utf8.size(); ++i) {
    bool boundary = i == utf8.size() || (static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80;
    if (!boundary) continue;
    if (cp == start) byte_start = i;
    if (cp == end) return std::string(utf8.substr(byte_start, i - byte_start));
    ++cp;
  }
  return std::nullopt;
}

std::optional<std::string> base64_decode(std::string_view text) {
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  bool padding = false;
  for (char ch : text) {
    int v;
    if (ch >= 'A' && ch <= 'Z') v = ch - 'A';
    else if (ch >= 'a' && ch <= 'z') v = ch - 'a' + 26;
    else if (ch >= '0' && ch <= '9') v = ch - '0' + 52;
    else if (ch == '+') v = 62;
    else if (ch == '/') v = 63;
    else if (ch == '=') { padding = true; continue; }
    else if (ch == '\n' || ch == '\r' || ch == ' ') continue;
    else return std::nullopt;
    if (padding) return std::nullopt;  // data after padding
    buffer = (buffer << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((buffer >> bits) & 0xFF));
    }
  }
  return out;
}

}  // namespace kc::targets::ledger
