#include "modules/targets/extract/table_rows.hpp"

#include "modules/targets/extract/lexicon.hpp"
#include "modules/targets/extract/numbers.hpp"
#include "modules/targets/extract/segmenter.hpp"
#include "modules/targets/extract/text_util.hpp"
#include "modules/targets/extract/years.hpp"

namespace kc::targets {
namespace {

struct Cell {
  double value = 0;
  std::size_t end = 0;  // one past the number (and its %)
};

struct Row {
  std::u32string_view label;  // 高新技术企业数量
  std::u32string_view unit;   // 家
  std::size_t begin = 0;
  std::vector<Cell> cells;
};

// Year columns of a header line: two or more years and no sentence punctuation.
std::vector<int> header_years(std::u32string_view s, Range p) {
  auto v = view(s, p);
  if (v.find_first_of(U"。,;") != std::u32string_view::npos) return {};
  std::vector<int> years;
  for (const auto& y : find_years(s, p)) years.push_back(y.year);
  return years.size() >= 2 ? years : std::vector<int>{};
}

// 高新技术企业数量(家) -> label 高新技术企业数量, unit 家; the unit may also end the label (研发投入强度%).
bool split_label(std::u32string_view text, Row& row) {
  text = trim_chars(text, U" ");
  if (!text.empty() && text.back() == U')') {
    auto open = text.rfind(U'(');
    if (open == std::u32string_view::npos) return false;
    row.label = text.substr(0, open);
    row.unit = text.substr(open + 1, text.size() - open - 2);
  } else if (auto u = longest_match_ending(text, text.size(), lex::kUnits)) {
    row.label = text.substr(0, text.size() - u->size());
    row.unit = *u;
  } else {
    return false;
  }
  bool has_han = false;
  for (char32_t c : row.label) has_han |= is_han(c);
  return has_han && !row.unit.empty() && longest_match_at(row.unit, 0, lex::kUnits).has_value();
}

// Bare numbers separated by spaces; anything after them (预期性) must hold no digit.
std::optional<Row> parse_row(std::u32string_view s, Range p) {
  std::size_t first_digit = p.begin;
  while (first_digit < p.end && !is_ascii_digit(s[first_digit])) ++first_digit;
  Row row;
  row.begin = p.begin;
  if (first_digit == p.end || !split_label(s.substr(p.begin, first_digit - p.begin), row)) return std::nullopt;
  std::size_t i = first_digit;
  while (i < p.end && is_ascii_digit(s[i])) {
    auto n = parse_number_at(s.substr(0, p.end), i);
    if (!n) return std::nullopt;
    std::size_t end = n->end < p.end && s[n->end] == U'%' ? n->end + 1 : n->end;
    row.cells.push_back({n->value, end});
    i = end;
    if (i < p.end && s[i] == U' ') ++i;
  }
  for (std::size_t k = i; k < p.end; ++k) {
    if (is_ascii_digit(s[k])) return std::nullopt;
  }
  return row;
}

}  // namespace

std::vector<Target> extract_table_rows(const NormalizedText& t, std::optional<int> document_year) {
  std::vector<Target> out;
  auto paragraphs = split_paragraphs(t.s);
  for (std::size_t k = 0; k < paragraphs.size(); ++k) {
    auto years = header_years(t.s, paragraphs[k]);
    if (years.empty()) continue;
    for (std::size_t r = k + 1; r < paragraphs.size(); ++r) {
      auto row = parse_row(t.s, paragraphs[r]);
      if (!row || row->cells.size() != years.size()) break;
      for (std::size_t c = 0; c < years.size(); ++c) {
        if (document_year && years[c] < *document_year) continue;  // a baseline column
        Target target;
        target.year = years[c];
        target.year_source = "stated";
        target.indicator = to_utf8(display(t, row->label));
        target.value = row->cells[c].value;
        target.unit = to_utf8(display(t, row->unit));
        target.span = span_of(t, row->begin, row->cells[c].end);
        out.push_back(std::move(target));
      }
      k = r;
    }
  }
  return out;
}

}  // namespace kc::targets
