#include "modules/targets/extract/targets.hpp"

#include <algorithm>
#include <utility>

#include "modules/targets/extract/distribution.hpp"
#include "modules/targets/extract/indicator.hpp"
#include "modules/targets/extract/mentions.hpp"
#include "modules/targets/extract/lexicon.hpp"
#include "modules/targets/extract/numbers.hpp"
#include "modules/targets/extract/standards.hpp"
#include "modules/targets/extract/text_util.hpp"
#include "modules/targets/extract/years.hpp"

namespace kc::targets {
namespace {

struct YearContext {
  std::optional<int> last_seen;  // the latest year stated earlier in the document
  std::optional<int> document;
  bool in_goal_section = false;       // under a heading such as 主要目标 / 年度指标
  bool in_condition_section = false;  // under 申报条件 / 支持对象 …: thresholds, not goals
  bool in_background_section = false;  // under 发展基础 / 取得成效 …: results, not goals
};

struct SentenceInfo {
  Range range;
  std::vector<YearMention> years;
};

// The noun written after a number, if the words there are a noun phrase.
std::u32string clean_post(const NormalizedText& t, std::u32string_view v) {
  v = trim_chars(v, U"的,;、 ");
  if (longest_match_at(v, 0, lex::kPostVerbStarts)) return {};
  return display(t, v);
}

// 已有…, 截至…, or a verb in the perfective (新增了, 完成了; but not 为了/除了).
bool is_past_statement(std::u32string_view before) {
  if (contains_any(before, lex::kPastMarkers)) return true;
  for (auto p = before.find(U'了'); p != std::u32string_view::npos; p = before.find(U'了', p + 1)) {
    if (p == 0 || (before[p - 1] != U'为' && before[p - 1] != U'除')) return true;
  }
  return false;
}

bool has_goal_context(std::u32string_view clause_before, const Quantity& q, bool year_stated,
                      std::optional<Comparator> prefix) {
  return year_stated || q.suffix_comparator || prefix || contains_any(clause_before, lex::kTargetVerbs);
}

std::optional<int> stated_year(const SentenceInfo& si, std::size_t pos) {
  std::optional<int> before, after;
  for (const auto& y : si.years) {
    if (y.baseline) continue;
    if (y.begin < pos) before = y.year;
    else if (!after) after = y.year;
  }
  return before ? before : after;
}

std::string scope_of(const NormalizedText& t, Range sentence, std::size_t pos) {
  auto before = t.s.substr(sentence.begin, pos - sentence.begin);
  auto found = find_scope(before);
  std::string scope;
  if (found.area) scope = span_of(t, sentence.begin + found.area->begin, sentence.begin + found.area->end).text;
  if (found.per_year) scope += span_of(t, sentence.begin + found.per_year->begin, sentence.begin + found.per_year->end).text;
  return scope;
}

class SentenceReader {
 public:
  SentenceReader(const NormalizedText& t, const SentenceInfo& si, const YearContext& years)
      : t_(t), s_(t.s), si_(si), years_(years) {}

  std::vector<Target> read() {
    auto quantities = find_quantities(s_, si_.range);
    if (quantities.empty()) return {};
    Range body = si_.range;
    while (!body.empty() && std::u32string_view(U"。!?;,").find(s_[body.end - 1]) != std::u32string_view::npos) --body.end;
    std::optional<Range> previous;
    for (auto clause : split_clauses(s_, body)) {
      read_clause(clause, quantities, previous);
      previous = clause;
    }
    return std::move(out_);
  }

 private:
  // "高新技术企业数量:达到200家": a clause without numbers names the indicator of the next one.
  std::u32string subject_of_previous(std::optional<Range> previous, const std::vector<Quantity>& all) const {
    if (!previous) return {};
    for (const auto& q : all) {
      if (q.begin >= previous->begin && q.begin < previous->end) return {};
    }
    return display(t_, strip_indicator(view(s_, *previous)));
  }

  void read_clause(Range clause, const std::vector<Quantity>& all, std::optional<Range> previous) {
    auto mentions = mentions_of_clause(s_, clause, all);
    std::u32string prev_indicator = subject_of_previous(previous, all);
    if (prev_indicator.empty()) prev_indicator = last_indicator_;  // 突破800家,年均增长15%
    std::size_t first_added = out_.size();
    for (std::size_t k = 0; k < mentions.size(); ++k) {
      const auto& m = mentions[k];
      auto pre = view(s_, m.pre);
      auto subject = previous ? view(s_, *previous) : std::u32string_view{};
      if (auto d = distribution_in(t_, pre, subject); d && k == 0 && accept(clause, m)) {
        add_distributed(clause, *d, mentions);
        return;
      }
      // Baselines (由2020年的300家增加到…) are rejected but still name what the next value measures.
      auto indicator = indicator_of(m, prev_indicator);
      if (indicator.empty()) continue;
      prev_indicator = indicator;
      last_indicator_ = indicator;
      if (accept(clause, m)) add(m, clause, indicator, post_end(m));
    }
    pair_years_with_values(clause, first_added);
  }

  // 2021年、2022年科技贷款分别达到10亿元、15亿元: as many years as values, paired in order.
  void pair_years_with_values(Range clause, std::size_t first_added) {
    std::size_t added = out_.size() - first_added;
    if (added < 2 || view(s_, clause).find(U"分别") == std::u32string_view::npos) return;
    std::vector<int> years;
    for (const auto& y : si_.years) {
      if (!y.baseline && y.begin < clause.end && (years.empty() || years.back() != y.year)) years.push_back(y.year);
    }
    if (years.size() != added) return;
    for (std::size_t k = 0; k < added; ++k) {
      out_[first_added + k].year = years[k];
      out_[first_added + k].year_source = "stated";
    }
  }

  // The span ends after the number, or after a noun written behind it.
  std::size_t post_end(const Mention& m) const {
    auto post = view(s_, m.post);
    auto cleaned = trim_chars(post, U"的,;、 ");
    if (cleaned.empty()) return m.q.end;
    return m.post.begin + (cleaned.data() - post.data()) + cleaned.size();
  }

  bool accept(Range clause, const Mention& m) {
    const auto& q = m.q;
    if (q.chinese_one || is_standard_quantity(s_, si_.range, clause, q)) return false;
    auto before = s_.substr(clause.begin, q.begin - clause.begin);
    if (is_past_statement(before)) return false;
    if (!before.empty() && before.back() == U'由') return false;  // 由5名专家组成
    if (match_at(s_, q.end, U"组成") || match_at(s_, q.end, U"构成")) return false;
    if (is_baseline_value(q)) return false;
    if (longest_match_at(s_, q.end, lex::kEnumerationNouns)) return false;  // 实现六个目标, 三个方面
    auto year = stated_year(si_, q.begin);
    if (year && years_.document && *year < *years_.document) return false;
    bool needs_year = years_.in_condition_section || years_.in_background_section ||
                      contains_any(view(s_, si_.range), lex::kConditionMarkers);
    if (needs_year) return year.has_value();
    return years_.in_goal_section || has_goal_context(before, q, year.has_value(), prefix_comparator(s_, q.begin));
  }

  // 由2020年的300家增加到…: the value right after a compared-against year is the baseline.
  bool is_baseline_value(const Quantity& q) const {
    for (const auto& y : si_.years) {
      if (!y.baseline || y.end > q.begin) continue;
      auto gap = trim_chars(s_.substr(y.end, q.begin - y.end), U"底末的");
      if (gap.empty()) return true;
    }
    return false;
  }

  std::u32string indicator_of(const Mention& m, const std::u32string& prev_indicator) {
    auto head_stripped = strip_indicator_head(view(s_, m.pre));
    auto pre = strip_indicator_tail(head_stripped);
    std::u32string previous_unit = std::exchange(last_unit_, m.q.unit);
    if (auto post = clean_post(t_, view(s_, m.post)); !post.empty()) return noun_after_number(pre, post);
    bool has_verb = remember_leading_verb(pre);
    std::u32string indicator = display(t_, pre);
    // 新建市级工程技术研究中心30家,市级重点实验室5—8家: a bare noun in a list of counts shares the verb.
    bool bare_noun = !has_verb && !pre.empty() && pre.size() == head_stripped.size() && !is_generic_indicator(pre) &&
                     trailing_verb_phrase(pre).empty();
    bool count = !is_rate_unit(m.q.unit) && !is_money_unit(m.q.unit);
    if (bare_noun && !verb_.empty() && previous_unit == m.q.unit && count) return verb_ + indicator;
    if (prev_indicator.empty()) return indicator;
    return completed_by_previous(pre, indicator, prev_indicator);
  }

  // 柔性引进10名以上的高层次创新人才 -> 引进高层次创新人才; an empty pre-text reuses the last verb
  // (组建7个服务团、7个服务队).
  std::u32string noun_after_number(std::u32string_view pre, const std::u32string& post) {
    auto v = trailing_verb_phrase(pre);
    if (!v.empty()) verb_ = display(t_, v);
    return (v.empty() && !pre.empty() ? display(t_, pre) : verb_) + post;
  }

  bool remember_leading_verb(std::u32string_view pre) {
    auto lead = leading_verbs(pre);
    if (!lead.empty()) verb_ = display(t_, lead);
    return !lead.empty();
  }

  // Indicators that only make sense with the previous one: 总数达到140家, 年均增长15%, 努力实现新增100家,
  // and values of a list (分别达到10亿元、15亿元).
  static std::u32string completed_by_previous(std::u32string_view pre, const std::u32string& indicator,
                                              const std::u32string& previous) {
    auto previous_object = std::u32string(object_of(previous));
    if (!pre.empty() && leading_verbs(pre).size() == pre.size()) return indicator + previous_object;
    if (!is_generic_indicator(indicator)) return indicator;
    auto is_one_of = [&](std::span<const std::u32string_view> words) {
      return std::ranges::find(words, std::u32string_view(indicator)) != words.end();
    };
    bool keeps_word = is_one_of(lex::kGenericIndicators) || is_one_of(lex::kChangeWords);
    auto completed = previous_object + (keeps_word ? indicator : std::u32string{});
    return completed.empty() ? previous : completed;
  }

  void add_distributed(Range clause, const Distribution& d, const std::vector<Mention>& mentions) {
    if (mentions.size() == 1) {
      for (const auto& item : d.items) add(mentions[0], clause, d.verb + item, clause.end);
    } else if (mentions.size() == d.items.size()) {
      for (std::size_t k = 0; k < mentions.size(); ++k) add(mentions[k], clause, d.verb + d.items[k], clause.end);
    }
  }

  void add(const Mention& m, Range clause, const std::u32string& indicator, std::size_t span_end) {
    Target target;
    target.indicator = to_utf8(indicator);
    target.value = m.q.value;
    target.value_max = m.q.value_max;
    target.unit = to_utf8(m.q.unit);
    target.comparator = m.q.suffix_comparator.value_or(prefix_comparator(s_, m.q.begin).value_or(Comparator::AtLeast));
    target.scope = scope_of(t_, si_.range, m.q.begin);
    set_year(target, m.q.begin);
    std::size_t begin = m.pre.begin;
    while (begin < m.q.begin && (std::u32string_view(U",;:、。)").find(s_[begin]) != std::u32string_view::npos))
      ++begin;
    begin += numbering_length(s_, begin);
    target.span = span_of(t_, begin, std::min(span_end, clause.end));
    out_.push_back(std::move(target));
  }

  void set_year(Target& target, std::size_t pos) {
    if (auto y = stated_year(si_, pos)) {
      target.year = y;
      target.year_source = "stated";
    } else if (years_.last_seen) {
      target.year = years_.last_seen;
      target.year_source = "context";
    } else if (years_.document) {
      target.year = years_.document;
      target.year_source = "document";
    }
  }

  const NormalizedText& t_;
  std::u32string_view s_;
  const SentenceInfo& si_;
  const YearContext& years_;
  std::vector<Target> out_;
  std::u32string last_indicator_;  // of the sentence so far
  std::u32string verb_;            // the last action verb of the sentence (组建, 新建 …)
  std::u32string last_unit_;
};

std::vector<YearMention> unquoted_years(std::u32string_view s, Range sentence) {
  auto quoted = quoted_mask(s, sentence);
  std::vector<YearMention> out;
  for (const auto& y : find_years(s, sentence)) {
    bool is_plan = !is_ascii_digit(s[y.begin]);  // “十三五” is usually quoted
    if (is_plan || !quoted[y.begin - sentence.begin]) out.push_back(y);
  }
  return out;
}

// A heading naming goals (二、主要目标, (三)发展目标, 年度指标) opens a goal section, one naming
// eligibility (申报条件, 支持对象) a condition section; the next top-level heading (三、…) closes either.
void update_sections(std::u32string_view s, Range p, YearContext& c) {
  auto v = view(s, p);
  bool heading = v.size() <= 40 && v.find(U'。') == std::u32string_view::npos;
  if (!heading) return;
  bool names_goals = v.find(U"目标") != std::u32string_view::npos || v.find(U"指标") != std::u32string_view::npos;
  bool names_conditions = contains_any(v, lex::kConditionHeadings);
  bool names_background = contains_any(v, lex::kBackgroundHeadings);
  bool top_level = numbering_length(v, 0) > 0 && v[numbering_length(v, 0) - 1] == U'、' && !is_ascii_digit(v[0]);
  if (names_conditions || names_background || names_goals || top_level) {
    c.in_condition_section = names_conditions;
    c.in_background_section = names_background && !names_conditions;
    c.in_goal_section = names_goals && !names_conditions && !names_background;
  }
}

}  // namespace

std::vector<Target> extract_targets(const NormalizedText& t, std::optional<int> document_year) {
  std::vector<Target> out;
  YearContext years{std::nullopt, document_year};
  for (auto p : split_paragraphs(t.s)) {
    update_sections(t.s, p, years);
    for (auto sentence : split_sentences(t.s, p)) {
      SentenceInfo si{sentence, unquoted_years(t.s, sentence)};
      auto found = SentenceReader(t, si, years).read();
      out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
      for (const auto& y : si.years) {
        if (!y.baseline) years.last_seen = y.year;
      }
    }
  }
  return out;
}

}  // namespace kc::targets
