#include "search/highlight.hpp"

#include <vector>

#include "search/text_normalize.hpp"

namespace kc::search {
namespace {

std::vector<char32_t> normalized_codes(std::string_view text) {
  std::vector<char32_t> codes;
  for (const DecodedChar& c : decode_utf8(text)) codes.push_back(normalize_char(c.code));
  return codes;
}

void mark_occurrences(const std::vector<char32_t>& text, const std::vector<char32_t>& token,
                      std::vector<bool>& marked) {
  if (token.empty() || token.size() > text.size()) return;
  for (size_t start = 0; start + token.size() <= text.size(); ++start) {
    if (std::equal(token.begin(), token.end(), text.begin() + static_cast<std::ptrdiff_t>(start))) {
      std::fill_n(marked.begin() + static_cast<std::ptrdiff_t>(start), token.size(), true);
    }
  }
}

void append_escaped(std::string& out, char32_t code) {
  switch (code) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&#39;"; break;
    default: append_utf8(out, code);
  }
}

}  // namespace

std::string highlight_html(std::string_view text, std::span<const std::string> tokens,
                           std::string_view open, std::string_view close) {
  const std::vector<DecodedChar> chars = decode_utf8(text);
  const std::vector<char32_t> codes = normalized_codes(text);
  std::vector<bool> marked(chars.size(), false);
  for (const std::string& token : tokens) mark_occurrences(codes, normalized_codes(token), marked);

  std::string out;
  out.reserve(text.size() + 32);
  for (size_t i = 0; i < chars.size(); ++i) {
    if (marked[i] && (i == 0 || !marked[i - 1])) out += open;
    append_escaped(out, chars[i].code);  // the original character, with U+FFFD for bad bytes
    if (marked[i] && (i + 1 == chars.size() || !marked[i + 1])) out += close;
  }
  return out;
}

}  // namespace kc::search
