#pragma once
// Paragraph, sentence and clause splitting of the normalised text (positions are normalised indices).
#include <string_view>
#include <vector>

namespace kc::targets {

struct Range {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
};

// Paragraphs are separated by the '\n' markers normalisation keeps.
std::vector<Range> split_paragraphs(std::u32string_view s);
// Sentences end after 。!? or at the end of their paragraph.
std::vector<Range> split_sentences(std::u32string_view s, Range paragraph);
// Clauses end at , ; : outside brackets and quotes.
std::vector<Range> split_clauses(std::u32string_view s, Range sentence);
// True for characters inside quotation marks or book-title marks (“…”, 《…》, "…") of the range:
// numbers there are names (“四个一批”, 《十三五规划》), not quantities.
std::vector<bool> quoted_mask(std::u32string_view s, Range r);

std::u32string_view view(std::u32string_view s, Range r);

}  // namespace kc::targets
