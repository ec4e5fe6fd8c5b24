#pragma once
// The normalised view the patterns run on: full-width ASCII folded to half-width, dashes unified,
// all whitespace removed (documents break lines inside words and pad with stray spaces), and a '\n'
// kept only where a line break ends a paragraph. Every character remembers the code point of the
// source it came from, so spans map back to exact input substrings.
#include <string_view>
#include <vector>

#include "modules/targets/extract/model.hpp"
#include "modules/targets/extract/source_text.hpp"

namespace kc::targets {

struct NormalizedText {
  std::u32string s;
  std::vector<std::size_t> src;  // src[i] = index in source.cps of s[i]
  const SourceText* source = nullptr;
};

// Full-width ASCII to ASCII, dashes to '-', tildes to '~'; whitespace of any width to ' '.
char32_t fold_char(char32_t c);
bool is_space(char32_t c);

NormalizedText normalize(const SourceText& source);

// The source span covering normalised characters [a, b); paragraph markers at the ends are skipped.
Span span_of(const NormalizedText& t, std::size_t a, std::size_t b);

// The source characters behind `piece` when it is a view into t.s (so indicators and task names keep
// the document's own punctuation, e.g. full-width brackets); other strings are returned unchanged.
// Full-width digits and letters are still folded to ASCII.
std::u32string display(const NormalizedText& t, std::u32string_view piece);

// Length of a heading number at s[i] (一、 (一) 1. 1、 (1) ① —— 第一条), 0 if there is none.
std::size_t numbering_length(std::u32string_view s, std::size_t i);

}  // namespace kc::targets
