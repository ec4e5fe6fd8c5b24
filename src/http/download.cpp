#include "http/download.hpp"

#include <cctype>

namespace kc::http {
namespace {

std::string percent_encode(const std::string& s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
      out.push_back(static_cast<char>(c));
    } else {
      out += '%';
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

// A quote or a control character would end or break the quoted fallback name.
std::string safe_ascii(const std::string& s) {
  std::string out;
  for (unsigned char c : s) out.push_back(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? static_cast<char>(c) : '_');
  return out;
}

}  // namespace

std::string attachment_disposition(const std::string& filename, const std::string& ascii_fallback) {
  return "attachment; filename=\"" + safe_ascii(ascii_fallback) + "\"; filename*=UTF-8''" + percent_encode(filename);
}

Response download(std::string body, const char* content_type, const std::string& filename,
                  const std::string& ascii_fallback) {
  Response r;
  r.body = std::move(body);
  r.content_type = content_type;
  r.set_header("Content-Disposition", attachment_disposition(filename, ascii_fallback));
  return r;
}

}  // namespace kc::http
