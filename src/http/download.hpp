#pragma once
// A file the browser downloads (Excel exports, PDF documents, templates): the body, its type and a
// Content-Disposition that keeps a Chinese file name (RFC 6266 / RFC 5987 filename*, with an ASCII fallback for
// old clients).
#include <string>

#include "http/types.hpp"

namespace kc::http {

inline constexpr const char* kXlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// `attachment; filename="<ascii_fallback>"; filename*=UTF-8''<percent-encoded filename>`.
std::string attachment_disposition(const std::string& filename, const std::string& ascii_fallback);

Response download(std::string body, const char* content_type, const std::string& filename,
                  const std::string& ascii_fallback);

// An .xlsx download; an ASCII `filename` is its own fallback.
inline Response xlsx_download(std::string body, const std::string& filename, const std::string& ascii_fallback = "") {
  return download(std::move(body), kXlsxContentType, filename, ascii_fallback.empty() ? filename : ascii_fallback);
}

}  // namespace kc::http
