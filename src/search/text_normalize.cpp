#include "search/text_normalize.hpp"

namespace kc::search {
namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

DecodedChar invalid_at(size_t pos) { return {kReplacementChar, static_cast<uint32_t>(pos), 1}; }

}  // namespace

DecodedChar decode_utf8_at(std::string_view text, size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) return {lead, static_cast<uint32_t>(pos), 1};
  int length = 0;
  char32_t code = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, code = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, code = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, code = lead & 0x07;
  } else {
    return invalid_at(pos);
  }
  if (pos + length > text.size()) return invalid_at(pos);
  for (int i = 1; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(text[pos + i]);
    if (!is_continuation(byte)) return invalid_at(pos);
    code = (code << 6) | (byte & 0x3F);
  }
  // Reject overlong forms, surrogates and values beyond Unicode: they are never text.
  static constexpr char32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code < kMinForLength[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
    return invalid_at(pos);
  }
  return {code, static_cast<uint32_t>(pos), static_cast<uint8_t>(length)};
}

std::vector<DecodedChar> decode_utf8(std::string_view text) {
  std::vector<DecodedChar> chars;
  chars.reserve(text.size() / 2);
  for (size_t pos = 0; pos < text.size();) {
    chars.push_back(decode_utf8_at(text, pos));
    pos += chars.back().byte_length;
  }
  return chars;
}

void append_utf8(std::string& out, char32_t code) {
  if (code < 0x80) {
    out.push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code >> 6)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else if (code < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
}

char32_t normalize_char(char32_t code) {
  if (code >= 0xFF01 && code <= 0xFF5E) code -= 0xFEE0;  // full-width forms block
  if (code == 0x3000) code = U' ';                       // ideographic space
  if (code >= U'A' && code <= U'Z') code += U'a' - U'A';
  return code;
}

std::string normalize_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    const DecodedChar c = decode_utf8_at(text, pos);
    append_utf8(out, normalize_char(c.code));
    pos += c.byte_length;
  }
  return out;
}

bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FA1F);
}

bool is_ascii_alnum(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

}  // namespace kc::search
