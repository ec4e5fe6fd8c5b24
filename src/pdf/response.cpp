#include "pdf/response.hpp"

#include <cctype>

namespace kc::pdf {

std::string attachment_disposition(const std::string& filename, const std::string& ascii_fallback) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string encoded;
  for (unsigned char c : filename) {
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
      encoded.push_back(static_cast<char>(c));
    } else {
      encoded += '%';
      encoded.push_back(kHex[c >> 4]);
      encoded.push_back(kHex[c & 15]);
    }
  }
  return "attachment; filename=\"" + ascii_fallback + "\"; filename*=UTF-8''" + encoded;
}

http::Response response(std::string bytes, const std::string& filename, const std::string& ascii_fallback) {
  http::Response r;
  r.body = std::move(bytes);
  r.content_type = "application/pdf";
  r.set_header("Content-Disposition", attachment_disposition(filename, ascii_fallback));
  return r;
}

}  // namespace kc::pdf
