#include "modules/targets/extract/segmenter.hpp"

namespace kc::targets {
namespace {

bool is_sentence_end(char32_t c) { return c == U'。' || c == U'!' || c == U'?'; }
bool is_clause_end(char32_t c) { return c == U',' || c == U';' || c == U':'; }
bool opens(char32_t c) { return c == U'(' || c == U'[' || c == U'【' || c == U'〔'; }
bool closes(char32_t c) { return c == U')' || c == U']' || c == U'】' || c == U'〕'; }

}  // namespace

std::u32string_view view(std::u32string_view s, Range r) { return s.substr(r.begin, r.size()); }

std::vector<Range> split_paragraphs(std::u32string_view s) {
  std::vector<Range> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == U'\n') {
      if (i > start) out.push_back({start, i});
      start = i + 1;
    }
  }
  return out;
}

std::vector<Range> split_sentences(std::u32string_view s, Range p) {
  std::vector<Range> out;
  std::size_t start = p.begin;
  for (std::size_t i = p.begin; i < p.end; ++i) {
    if (!is_sentence_end(s[i])) continue;
    std::size_t end = i + 1;
    // A closing quote or bracket right after the full stop still belongs to the sentence.
    while (end < p.end && (s[end] == U'”' || s[end] == U'’')) ++end;
    out.push_back({start, end});
    start = end;
    i = end - 1;
  }
  if (start < p.end) out.push_back({start, p.end});
  return out;
}

std::vector<Range> split_clauses(std::u32string_view s, Range r) {
  std::vector<Range> out;
  auto quoted = quoted_mask(s, r);
  int depth = 0;
  std::size_t start = r.begin;
  for (std::size_t i = r.begin; i < r.end; ++i) {
    char32_t c = s[i];
    if (opens(c)) ++depth;
    if (closes(c) && depth > 0) --depth;
    if (depth == 0 && !quoted[i - r.begin] && is_clause_end(c)) {
      if (i > start) out.push_back({start, i});
      start = i + 1;
    }
  }
  if (start < r.end) out.push_back({start, r.end});
  return out;
}

std::vector<bool> quoted_mask(std::u32string_view s, Range r) {
  std::vector<bool> mask(r.size(), false);
  int curly = 0, book = 0;
  bool straight = false;
  for (std::size_t i = r.begin; i < r.end; ++i) {
    char32_t c = s[i];
    bool closing = (c == U'”' && curly > 0) || (c == U'》' && book > 0) || (c == U'"' && straight);
    if (c == U'“') ++curly;
    if (c == U'《') ++book;
    if (c == U'"' && !straight) straight = true;
    else if (c == U'"') straight = false;
    mask[i - r.begin] = curly > 0 || book > 0 || straight || closing;
    if (c == U'”' && curly > 0) --curly;
    if (c == U'》' && book > 0) --book;
  }
  return mask;
}

}  // namespace kc::targets
