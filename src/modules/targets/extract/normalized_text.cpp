#include "modules/targets/extract/normalized_text.hpp"

#include "modules/targets/extract/lexicon.hpp"
#include "modules/targets/extract/text_util.hpp"

namespace kc::targets {
namespace {

// A line shorter than this is a heading, a title or a signature: its line break ends a paragraph.
constexpr std::size_t kShortLine = 30;

bool is_chinese_digit(char32_t c) { return std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos; }

bool ends_paragraph(char32_t c) {
  return std::u32string_view(U"。!?;:)】”").find(c) != std::u32string_view::npos;
}

bool continues_sentence(char32_t c) {
  return std::u32string_view(U"、,(“《").find(c) != std::u32string_view::npos;
}

// A line ending in 通知/意见/方案… is a title even when it is long.
bool ends_with_title_word(std::u32string_view s) {
  while (!s.empty() && s.back() == U'|') s.remove_suffix(1);
  return longest_match_ending(s, s.size(), lex::kTitleEndings).has_value();
}

// A line that starts with a short label and a colon ("发文机关:", "牵头单位:") starts a paragraph.
bool starts_with_label(std::u32string_view folded, std::size_t i) {
  constexpr std::size_t kLabelMax = 8;
  std::size_t seen = 0;
  for (std::size_t k = i; k < folded.size() && seen <= kLabelMax; ++k) {
    char32_t c = folded[k];
    if (c == U' ') continue;
    if (c == U':') return seen >= 2;
    if (c == U'\n' || !is_han(c)) return false;
    ++seen;
  }
  return false;
}

std::size_t skip_run(std::u32string_view s, std::size_t i, bool (*pred)(char32_t)) {
  while (i < s.size() && pred(s[i])) ++i;
  return i;
}

bool is_digit_char(char32_t c) { return is_ascii_digit(c); }
bool is_ascii_alnum(char32_t c) { return is_ascii_digit(c) || is_ascii_alpha(c); }

}  // namespace

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' || c == 0x00A0 ||
         c == 0x3000 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0xFEFF;
}

char32_t fold_char(char32_t c) {
  if (is_space(c)) return c == U'\n' || c == 0x2028 || c == 0x2029 ? U'\n' : U' ';
  if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;  // full-width ASCII block
  switch (c) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0xFE63:
      return U'-';
    case 0x301C: case 0x223C:
      return U'~';
    case 0xFF0E:
      return U'.';
    default:
      return c;
  }
}

std::size_t numbering_length(std::u32string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  if (match_at(s, i, U"--")) return skip_run(s, i, [](char32_t c) { return c == U'-'; }) - i;
  if (s[i] >= 0x2460 && s[i] <= 0x2473) return 1;  // ① … ⑳
  if (s[i] == U'第') {
    std::size_t j = skip_run(s, i + 1, [](char32_t c) { return is_chinese_digit(c) || c == U'百'; });
    if (j > i + 1 && j < s.size() && std::u32string_view(U"条章节").find(s[j]) != std::u32string_view::npos)
      return j + 1 - i;
    return 0;
  }
  if (s[i] == U'(') {
    std::size_t j = skip_run(s, i + 1, is_chinese_digit);
    if (j == i + 1) j = skip_run(s, i + 1, is_digit_char);
    return (j > i + 1 && j < s.size() && s[j] == U')') ? j + 1 - i : 0;
  }
  if (is_chinese_digit(s[i])) {
    std::size_t j = skip_run(s, i, is_chinese_digit);
    return (j < s.size() && s[j] == U'、') ? j + 1 - i : 0;
  }
  if (is_ascii_digit(s[i])) {
    std::size_t j = skip_run(s, i, is_digit_char);
    if (j - i > 2 || j >= s.size()) return 0;
    if (s[j] == U'、') return j + 1 - i;
    if (s[j] == U'.' && !(j + 1 < s.size() && is_ascii_digit(s[j + 1]))) return j + 1 - i;
  }
  return 0;
}

NormalizedText normalize(const SourceText& source) {
  NormalizedText t;
  t.source = &source;
  const auto& cps = source.cps;
  std::u32string folded(cps.size(), U' ');
  for (std::size_t i = 0; i < cps.size(); ++i) folded[i] = fold_char(cps[i]);

  std::size_t line_length = 0;
  std::size_t i = 0;
  while (i < folded.size()) {
    if (folded[i] != U' ' && folded[i] != U'\n') {
      t.s.push_back(folded[i]);
      t.src.push_back(i);
      ++line_length;
      ++i;
      continue;
    }
    std::size_t j = i;
    bool has_newline = false;
    while (j < folded.size() && (folded[j] == U' ' || folded[j] == U'\n')) has_newline |= folded[j++] == U'\n';
    // Between two ASCII letters or digits a space separates tokens ("2025-09-18 08:27", "300 350"):
    // keep one, or the numbers would run together.
    bool between_ascii = !has_newline && !t.s.empty() && j < folded.size() && is_ascii_alnum(t.s.back()) &&
                         is_ascii_alnum(folded[j]);
    if (between_ascii) {
      t.s.push_back(U' ');
      t.src.push_back(i);
      ++line_length;
    }
    if (has_newline && !t.s.empty() && t.s.back() != U'\n' && j < folded.size()) {
      char32_t prev = t.s.back();
      bool hard = ends_paragraph(prev) || numbering_length(folded, j) > 0 || ends_with_title_word(t.s) ||
                  (starts_with_label(folded, j) && !continues_sentence(prev)) ||
                  (line_length <= kShortLine && !continues_sentence(prev));
      if (hard) {
        t.s.push_back(U'\n');
        t.src.push_back(i);
        line_length = 0;
      }
    }
    i = j;
  }
  return t;
}

std::u32string display(const NormalizedText& t, std::u32string_view piece) {
  const char32_t* base = t.s.data();
  if (piece.empty() || piece.data() < base || piece.data() + piece.size() > base + t.s.size()) {
    return std::u32string(piece);
  }
  std::size_t first = static_cast<std::size_t>(piece.data() - base);
  std::u32string out;
  out.reserve(piece.size());
  for (std::size_t i = first; i < first + piece.size(); ++i) {
    if (t.s[i] == U'\n') continue;
    char32_t c = t.source->cps[t.src[i]];
    bool alnum = (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
    out.push_back(alnum ? c - 0xFEE0 : c);
  }
  return out;
}

Span span_of(const NormalizedText& t, std::size_t a, std::size_t b) {
  while (a < b && (t.s[a] == U'\n' || t.s[a] == U' ')) ++a;
  while (b > a && (t.s[b - 1] == U'\n' || t.s[b - 1] == U' ')) --b;
  Span sp;
  if (a >= b) return sp;
  sp.start = t.src[a];
  sp.end = t.src[b - 1] + 1;
  const auto& src = *t.source;
  sp.byte_start = src.byte_of[sp.start];
  sp.byte_end = src.byte_of[sp.end];
  sp.text = src.utf8.substr(sp.byte_start, sp.byte_end - sp.byte_start);
  return sp;
}

}  // namespace kc::targets
