#include "modules/targets/extract/source_text.hpp"

#include <iconv.h>

#include "core/errors.hpp"

namespace kc::targets {
namespace {

int sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

bool convert_gb18030_to_utf8(const std::string& in, std::string& out) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out.assign(in.size() * 2 + 16, '\0');
  char* src = const_cast<char*>(in.data());
  std::size_t src_left = in.size();
  char* dst = out.data();
  std::size_t dst_left = out.size();
  std::size_t rc = iconv(cd, &src, &src_left, &dst, &dst_left);
  iconv_close(cd);
  if (rc == static_cast<std::size_t>(-1) || src_left != 0) return false;
  out.resize(out.size() - dst_left);
  return true;
}

}  // namespace

bool decode_utf8(std::string_view bytes, std::u32string& cps, std::vector<std::size_t>& byte_of) {
  cps.clear();
  byte_of.clear();
  std::size_t i = 0;
  while (i < bytes.size()) {
    auto lead = static_cast<unsigned char>(bytes[i]);
    int len = sequence_length(lead);
    if (len == 0 || i + len > bytes.size()) return false;
    char32_t c = len == 1 ? lead : (lead & (0xFF >> (len + 1)));
    for (int k = 1; k < len; ++k) {
      auto b = static_cast<unsigned char>(bytes[i + k]);
      if ((b & 0xC0) != 0x80) return false;
      c = (c << 6) | (b & 0x3F);
    }
    bool overlong = (len == 3 && c < 0x800) || (len == 4 && c < 0x10000);
    if (overlong || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
    cps.push_back(c);
    byte_of.push_back(i);
    i += len;
  }
  byte_of.push_back(bytes.size());
  return true;
}

SourceText decode_source(std::string bytes) {
  SourceText t;
  if (decode_utf8(bytes, t.cps, t.byte_of)) {
    t.utf8 = std::move(bytes);
    return t;
  }
  std::string converted;
  if (convert_gb18030_to_utf8(bytes, converted) && decode_utf8(converted, t.cps, t.byte_of)) {
    t.utf8 = std::move(converted);
    return t;
  }
  throw kc::ApiError(kc::Err::FieldInvalid, "文件不是可识别的文本编码（应为 UTF-8 或 GB18030）", "file");
}

}  // namespace kc::targets
