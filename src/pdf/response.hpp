#pragma once
// A rendered PDF as an HTTP download.
#include <string>

#include "http/types.hpp"

namespace kc::pdf {

// 200 application/pdf with the bytes and an attachment disposition.
http::Response response(std::string bytes, const std::string& filename, const std::string& ascii_fallback);

}  // namespace kc::pdf
