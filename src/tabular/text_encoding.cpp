#include "tabular/text_encoding.hpp"

#include <iconv.h>

#include <cerrno>
#include <memory>

#include "core/errors.hpp"
#include "http/json_body.hpp"

namespace kc::tabular {

std::optional<std::string> gb18030_to_utf8(std::string_view bytes) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::unique_ptr<void, decltype(&iconv_close)> guard(cd, &iconv_close);
  std::string out(bytes.size() * 2 + 16, '\0');  // GB18030 grows at most 2× (2 → 3, 4 → 4 bytes)
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char* dst = out.data();
  std::size_t out_left = out.size();
  if (iconv(cd, &in, &in_left, &dst, &out_left) == static_cast<std::size_t>(-1)) return std::nullopt;
  out.resize(out.size() - out_left);
  return out;
}

std::string to_utf8_text(std::string_view bytes) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (bytes.starts_with(kBom)) bytes.remove_prefix(kBom.size());
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF"))
    throw ApiError(Err::FieldInvalid, "不支持 UTF-16 文本，请另存为“CSV UTF-8”或 .xlsx", "file");
  if (http::is_valid_utf8(bytes)) return std::string(bytes);
  if (auto converted = gb18030_to_utf8(bytes)) return std::move(*converted);
  throw ApiError(Err::FieldInvalid, "文件既不是 UTF-8 也不是 GBK/GB18030 编码", "file");
}

}  // namespace kc::tabular
