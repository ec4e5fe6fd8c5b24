#include "search/highlight.hpp"

#include <algorithm>
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

std::vector<bool> marked_chars(const std::vector<char32_t>& codes, std::span<const std::string> tokens) {
  std::vector<bool> marked(codes.size(), false);
  for (const std::string& token : tokens) mark_occurrences(codes, normalized_codes(token), marked);
  return marked;
}

// Characters [begin, end) escaped, runs of marked characters wrapped in open/close.
void render(std::string& out, const std::vector<DecodedChar>& chars, const std::vector<bool>& marked, size_t begin,
            size_t end, std::string_view open, std::string_view close) {
  for (size_t i = begin; i < end; ++i) {
    if (marked[i] && (i == begin || !marked[i - 1])) out += open;
    append_escaped(out, chars[i].code);  // the original character, with U+FFFD for bad bytes
    if (marked[i] && (i + 1 == end || !marked[i + 1])) out += close;
  }
}

}  // namespace

std::string highlight_html(std::string_view text, std::span<const std::string> tokens,
                           std::string_view open, std::string_view close) {
  const std::vector<DecodedChar> chars = decode_utf8(text);
  const std::vector<bool> marked = marked_chars(normalized_codes(text), tokens);
  std::string out;
  out.reserve(text.size() + 32);
  render(out, chars, marked, 0, chars.size(), open, close);
  return out;
}

std::string snippet_html(std::string_view text, std::span<const std::string> tokens, size_t max_chars,
                         std::string_view open, std::string_view close) {
  const std::vector<DecodedChar> chars = decode_utf8(text);
  const std::vector<bool> marked = marked_chars(normalized_codes(text), tokens);
  size_t first = std::find(marked.begin(), marked.end(), true) - marked.begin();
  if (first == marked.size()) first = 0;
  // Some context before the first match (a fifth of the window), the rest after it.
  size_t begin = first > max_chars / 5 ? first - max_chars / 5 : 0;
  size_t end = std::min(chars.size(), begin + max_chars);
  if (end - begin < max_chars) begin = end > max_chars ? end - max_chars : 0;
  std::string out = begin > 0 ? "…" : "";
  render(out, chars, marked, begin, end, open, close);
  if (end < chars.size()) out += "…";
  return out;
}

}  // namespace kc::search
