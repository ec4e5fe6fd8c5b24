#include "pdf/response.hpp"

#include "http/download.hpp"

namespace kc::pdf {

http::Response response(std::string bytes, const std::string& filename, const std::string& ascii_fallback) {
  return http::download(std::move(bytes), "application/pdf", filename, ascii_fallback);
}

}  // namespace kc::pdf
