#include "modules/targets/extract/text_util.hpp"

namespace kc::targets {

std::string to_utf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() * 3);
  for (char32_t c : s) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

std::optional<std::u32string_view> longest_match_at(std::u32string_view s, std::size_t i,
                                                     std::span<const std::u32string_view> words) {
  std::optional<std::u32string_view> best;
  for (auto w : words) {
    if (match_at(s, i, w) && (!best || w.size() > best->size())) best = w;
  }
  return best;
}

std::optional<std::u32string_view> longest_match_ending(std::u32string_view s, std::size_t end,
                                                         std::span<const std::u32string_view> words) {
  std::optional<std::u32string_view> best;
  for (auto w : words) {
    if (w.size() <= end && match_at(s, end - w.size(), w) && (!best || w.size() > best->size())) best = w;
  }
  return best;
}

bool contains_any(std::u32string_view s, std::span<const std::u32string_view> words) {
  for (auto w : words) {
    if (s.find(w) != std::u32string_view::npos) return true;
  }
  return false;
}

std::optional<std::pair<std::size_t, std::size_t>> find_last_of_words(std::u32string_view s,
                                                                      std::span<const std::u32string_view> words) {
  std::optional<std::pair<std::size_t, std::size_t>> best;
  for (auto w : words) {
    auto p = s.rfind(w);
    if (p == std::u32string_view::npos) continue;
    // Prefer the later start; on a tie the longer word.
    if (!best || p > best->first || (p == best->first && w.size() > best->second)) best = {{p, w.size()}};
  }
  return best;
}

std::u32string_view trim_chars(std::u32string_view s, std::u32string_view chars) {
  while (!s.empty() && chars.find(s.front()) != std::u32string_view::npos) s.remove_prefix(1);
  while (!s.empty() && chars.find(s.back()) != std::u32string_view::npos) s.remove_suffix(1);
  return s;
}

}  // namespace kc::targets
