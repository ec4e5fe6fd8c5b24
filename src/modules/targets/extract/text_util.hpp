#pragma once
// Small helpers over UTF-32 text; the reader works on code points so that one Chinese character is
// one position.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kc::targets {

std::string to_utf8(std::u32string_view s);

inline bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
inline bool is_ascii_alpha(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
inline bool is_han(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

inline bool match_at(std::u32string_view s, std::size_t i, std::u32string_view w) {
  return i <= s.size() && s.substr(i, w.size()) == w;
}

// The longest word of `words` that starts at s[i].
std::optional<std::u32string_view> longest_match_at(std::u32string_view s, std::size_t i,
                                                     std::span<const std::u32string_view> words);
// The longest word of `words` that ends exactly at s[end).
std::optional<std::u32string_view> longest_match_ending(std::u32string_view s, std::size_t end,
                                                         std::span<const std::u32string_view> words);
bool contains_any(std::u32string_view s, std::span<const std::u32string_view> words);
// Position of the last occurrence of any of `words` in s, and its length.
std::optional<std::pair<std::size_t, std::size_t>> find_last_of_words(std::u32string_view s,
                                                                      std::span<const std::u32string_view> words);

// Removes leading and trailing characters of `chars` (and nothing else).
std::u32string_view trim_chars(std::u32string_view s, std::u32string_view chars);

}  // namespace kc::targets
