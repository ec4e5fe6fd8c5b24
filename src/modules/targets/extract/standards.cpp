#include "modules/targets/extract/standards.hpp"

#include "modules/targets/extract/indicator.hpp"
#include "modules/targets/extract/lexicon.hpp"
#include "modules/targets/extract/text_util.hpp"

namespace kc::targets {
namespace {

// Words that make an amount in the same clause a goal even if the sentence also pays something.
constexpr std::u32string_view kGoalWords[] = {U"达到", U"新增", U"增长", U"突破", U"投入", U"成交额", U"规模"};

Range clause_of(std::u32string_view s, Range sentence, std::size_t pos) {
  for (auto c : split_clauses(s, sentence)) {
    if (pos >= c.begin && pos < c.end) return c;
  }
  return sentence;
}

std::u32string standard_word_near(std::u32string_view s, Range sentence, Range clause) {
  auto in_clause = view(s, clause);
  for (auto w : lex::kStandardWords) {
    if (in_clause.find(w) != std::u32string_view::npos) return std::u32string(w);
  }
  auto in_sentence = view(s, sentence);
  for (auto w : lex::kStandardWords) {
    if (in_sentence.find(w) != std::u32string_view::npos) return std::u32string(w);
  }
  return {};
}

// Where the thing paid for starts: after the last 对 of the sentence before the amount, else the clause.
// A 对… phrase further back than this many clauses belongs to another standard.
constexpr std::size_t kPurposeClauses = 2;

std::size_t purpose_begin(std::u32string_view s, Range sentence, Range clause, std::size_t amount_begin) {
  std::size_t window = clause.begin;
  auto clauses = split_clauses(s, sentence);
  for (std::size_t k = 0; k < clauses.size(); ++k) {
    if (clauses[k].begin == clause.begin) window = clauses[k >= kPurposeClauses ? k - kPurposeClauses : 0].begin;
  }
  auto before = s.substr(window, amount_begin - window);
  auto p = before.rfind(U'对');
  if (p != std::u32string_view::npos) return window + p + 1;
  return clause.begin;
}

std::u32string purpose_text(const NormalizedText& t, std::size_t begin, std::size_t amount_begin) {
  std::u32string_view s = t.s;
  auto text = s.substr(begin, amount_begin - begin);
  // The purpose ends where the paying starts: 给予, 每家, 奖励 ...
  std::size_t cut = text.size();
  for (auto w : {std::u32string_view(U"给予"), std::u32string_view(U"予以"), std::u32string_view(U"按"),
                 std::u32string_view(U"最高"), std::u32string_view(U"每年"), std::u32string_view(U",")}) {
    cut = std::min(cut, text.find(w) == std::u32string_view::npos ? cut : text.find(w));
  }
  for (auto w : lex::kStandardWords) cut = std::min(cut, text.find(w) == std::u32string_view::npos ? cut : text.find(w));
  for (auto w : lex::kPerUnitWords) cut = std::min(cut, text.find(w) == std::u32string_view::npos ? cut : text.find(w));
  return display(t, strip_indicator_tail(trim_chars(text.substr(0, cut), U",;:、的 ")));
}

// 最高可申领20万元 / 单个企业最高不超过100万元: a ceiling even when words stand between.
Comparator comparator_of(std::u32string_view s, Range clause, const Quantity& q) {
  if (q.suffix_comparator) return *q.suffix_comparator;
  if (auto c = prefix_comparator(s, q.begin)) return *c;
  auto before = s.substr(clause.begin, q.begin - clause.begin);
  for (auto w : {std::u32string_view(U"最高"), std::u32string_view(U"不超过"), std::u32string_view(U"上限")}) {
    if (before.find(w) != std::u32string_view::npos) return Comparator::AtMost;
  }
  return Comparator::Exactly;
}

}  // namespace

bool is_standard_quantity(std::u32string_view s, Range sentence, Range clause, const Quantity& q) {
  bool money = is_money_unit(q.unit);
  if (!money && !is_rate_unit(q.unit)) return false;
  auto in_clause = view(s, clause);
  // 争取省财政支持资金1000万元: money to win is a target, not a standard.
  if (in_clause.find(U"争取") != std::u32string_view::npos || in_clause.find(U"力争") != std::u32string_view::npos)
    return false;
  if (contains_any(in_clause, lex::kStandardWords)) return true;
  if (!money || contains_any(in_clause, kGoalWords)) return false;
  return contains_any(view(s, sentence), lex::kStandardWords);
}

std::vector<Standard> standards_in_sentence(const NormalizedText& t, Range sentence) {
  std::u32string_view s = t.s;
  std::vector<Standard> out;
  for (const auto& q : find_quantities(s, sentence)) {
    Range clause = clause_of(s, sentence, q.begin);
    if (!is_standard_quantity(s, sentence, clause, q) || q.chinese_one) continue;
    Standard st;
    st.amount = q.value;
    st.amount_max = q.value_max;
    st.unit = to_utf8(q.unit);
    st.comparator = comparator_of(s, clause, q);
    st.kind = to_utf8(standard_word_near(s, sentence, clause));
    std::size_t begin = purpose_begin(s, sentence, clause, q.begin);
    st.purpose = to_utf8(purpose_text(t, begin, q.begin));
    auto before = s.substr(clause.begin, q.begin - clause.begin);
    if (auto per = find_last_of_words(before, lex::kPerUnitWords)) st.per = to_utf8(before.substr(per->first, per->second));
    std::size_t end = clause.end;
    while (end > q.end && std::u32string_view(U"。;,!?").find(s[end - 1]) != std::u32string_view::npos) --end;
    st.span = span_of(t, begin, end);
    out.push_back(std::move(st));
  }
  return out;
}

std::vector<Standard> extract_standards(const NormalizedText& t) {
  std::vector<Standard> out;
  for (auto p : split_paragraphs(t.s)) {
    for (auto sentence : split_sentences(t.s, p)) {
      auto found = standards_in_sentence(t, sentence);
      out.insert(out.end(), found.begin(), found.end());
    }
  }
  return out;
}

}  // namespace kc::targets
