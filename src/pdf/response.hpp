#pragma once
// A rendered PDF as an HTTP download.
#include <string>

#include "http/types.hpp"

namespace kc::pdf {

// RFC 6266/5987 Content-Disposition, so that a Chinese file name survives: an ASCII fallback plus filename*.
std::string attachment_disposition(const std::string& filename, const std::string& ascii_fallback);

// 200 application/pdf with the bytes and an attachment disposition.
http::Response response(std::string bytes, const std::string& filename, const std::string& ascii_fallback);

}  // namespace kc::pdf
