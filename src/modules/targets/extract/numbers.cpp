#include "modules/targets/extract/numbers.hpp"

#include <algorithm>
#include <cmath>

#include "modules/targets/extract/lexicon.hpp"
#include "modules/targets/extract/text_util.hpp"

namespace kc::targets {
namespace {

int chinese_digit(char32_t c) {
  switch (c) {
    case U'零': case U'〇': case U'○': return 0;
    case U'一': return 1;
    case U'二': case U'两': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    default: return -1;
  }
}

double chinese_small_unit(char32_t c) {
  switch (c) {
    case U'十': return 10;
    case U'百': return 100;
    case U'千': return 1000;
    default: return 0;
  }
}

bool is_chinese_numeral_char(char32_t c) {
  return chinese_digit(c) >= 0 || chinese_small_unit(c) > 0 || c == U'万' || c == U'亿';
}

std::optional<ParsedNumber> parse_arabic(std::u32string_view s, std::size_t i) {
  std::size_t j = i;
  double value = 0;
  while (j < s.size()) {
    if (is_ascii_digit(s[j])) {
      value = value * 10 + (s[j] - U'0');
      ++j;
    } else if (s[j] == U',' && j + 3 < s.size() + 0 && is_ascii_digit(s[j + 1]) && is_ascii_digit(s[j + 2]) &&
               is_ascii_digit(s[j + 3]) && (j + 4 >= s.size() || !is_ascii_digit(s[j + 4]))) {
      ++j;  // thousands separator: 1,000
    } else {
      break;
    }
  }
  if (j + 1 < s.size() && s[j] == U'.' && is_ascii_digit(s[j + 1])) {
    double scale = 0.1;
    for (++j; j < s.size() && is_ascii_digit(s[j]); ++j, scale /= 10) value += (s[j] - U'0') * scale;
  }
  return ParsedNumber{value, j, false};
}

std::optional<ParsedNumber> parse_chinese(std::u32string_view s, std::size_t i) {
  if (chinese_digit(s[i]) <= 0 && s[i] != U'十') return std::nullopt;
  double total = 0, section = 0, number = 0;
  bool last_was_digit = false;
  std::size_t j = i;
  for (; j < s.size() && is_chinese_numeral_char(s[j]); ++j) {
    char32_t c = s[j];
    if (int d = chinese_digit(c); d >= 0) {
      number = last_was_digit ? number * 10 + d : d;  // 二〇一九 reads digit by digit
      last_was_digit = true;
      continue;
    }
    last_was_digit = false;
    if (double u = chinese_small_unit(c); u > 0) {
      section += (number == 0 ? 1 : number) * u;
    } else if (c == U'万') {
      total += (section + number) * 1e4;
      section = 0;
    } else {  // 亿
      total = (total + section + number) * 1e8;
      section = 0;
    }
    number = 0;
  }
  return ParsedNumber{total + section + number, j, true};
}

// 十万元 is 10 万元, not 100000 元: give a trailing 万/亿 back to a money unit.
void give_back_money_multiplier(std::u32string_view s, std::size_t start, ParsedNumber& n) {
  if (!n.chinese || n.end - start < 2) return;
  char32_t last = s[n.end - 1];
  if ((last == U'万' || last == U'亿') && match_at(s, n.end, U"元")) {
    auto shorter = parse_chinese(s.substr(0, n.end - 1), start);
    if (shorter) n = *shorter;
  }
}

struct UnitMatch {
  std::u32string unit;
  double factor = 1;
  std::size_t end = 0;
};

std::optional<UnitMatch> match_unit(std::u32string_view s, std::size_t i) {
  if (auto u = longest_match_at(s, i, lex::kUnits)) return UnitMatch{std::u32string(*u), 1, i + u->size()};
  auto mult = longest_match_at(s, i, lex::kMultipliers);
  if (!mult) return std::nullopt;
  auto u = longest_match_at(s, i + 1, lex::kUnits);
  if (!u || is_money_unit(*u) || is_rate_unit(*u)) return std::nullopt;
  return UnitMatch{std::u32string(*u), *mult == U"万" ? 1e4 : 1e8, i + 1 + u->size()};
}

// 五千亿规模, 总投资5亿: a trailing 亿/万 without a unit is itself the unit (value 5000, unit 亿).
std::optional<UnitMatch> bare_magnitude(std::u32string_view s, std::size_t start, ParsedNumber& n, std::size_t j) {
  if (j < s.size() && s[j] == U'级') return std::nullopt;  // 五百亿级产业集群 is a class, not an amount
  if (!n.chinese) {
    if (j + 1 < s.size() && s[j + 1] == U'级') return std::nullopt;
    if (j < s.size() && (s[j] == U'亿' || s[j] == U'万')) return UnitMatch{std::u32string(1, s[j]), 1, j + 1};
    return std::nullopt;
  }
  char32_t last = s[n.end - 1];
  if ((last != U'亿' && last != U'万') || n.end - start < 2) return std::nullopt;
  auto shorter = parse_chinese(s.substr(0, n.end - 1), start);
  if (!shorter || shorter->end != n.end - 1) return std::nullopt;
  n = *shorter;
  return UnitMatch{std::u32string(1, last), 1, n.end + 1};
}

std::optional<Comparator> suffix_comparator_at(std::u32string_view s, std::size_t i, std::size_t& end) {
  struct Group {
    std::span<const std::u32string_view> words;
    Comparator c;
  };
  const Group groups[] = {{lex::kSuffixAtLeast, Comparator::AtLeast},
                          {lex::kSuffixAbout, Comparator::About},
                          {lex::kSuffixAtMost, Comparator::AtMost}};
  for (const auto& g : groups) {
    if (auto w = longest_match_at(s, i, g.words)) {
      end = i + w->size();
      return g.c;
    }
  }
  end = i;
  return std::nullopt;
}

bool glued_to_code(std::u32string_view s, std::size_t i) {
  if (i == 0) return false;
  char32_t p = s[i - 1];
  bool time_of_day = p == U':' && i >= 2 && is_ascii_digit(s[i - 2]);  // 08:27
  return time_of_day || is_ascii_digit(p) || is_ascii_alpha(p) || p == U'.' || p == U'-' || p == U'第' || p == U'前';
}

}  // namespace

bool is_money_unit(std::u32string_view unit) {
  return std::ranges::find(lex::kMoneyUnits, unit) != std::end(lex::kMoneyUnits);
}
bool is_rate_unit(std::u32string_view unit) {
  return std::ranges::find(lex::kRateUnits, unit) != std::end(lex::kRateUnits);
}

std::optional<ParsedNumber> parse_number_at(std::u32string_view s, std::size_t i) {
  if (i >= s.size()) return std::nullopt;
  if (is_ascii_digit(s[i])) return parse_arabic(s, i);
  auto n = parse_chinese(s, i);
  if (n) give_back_money_multiplier(s, i, *n);
  return n;
}

std::optional<Quantity> parse_quantity_at(std::u32string_view s, std::size_t i) {
  Quantity q;
  q.begin = i;
  bool percent_words = match_at(s, i, U"百分之");
  auto first = parse_number_at(s, percent_words ? i + 3 : i);
  if (!first) return std::nullopt;
  q.value = first->value;
  q.chinese_one = first->chinese && first->end == i + 1 && s[i] == U'一';
  std::size_t j = first->end;
  std::optional<UnitMatch> unit;
  if (percent_words) {
    unit = UnitMatch{U"%", 1, j};
  } else {
    if (longest_match_at(s, j, lex::kApproxInfixes)) {
      q.suffix_comparator = Comparator::AtLeast;
      ++j;
    }
    unit = match_unit(s, j);
    // A range: 5-10家, 5至10家, 10%-15%.
    std::size_t after_first = unit ? unit->end : j;
    if (auto sep = longest_match_at(s, after_first, lex::kRangeSeparators)) {
      auto second = parse_number_at(s, after_first + sep->size());
      auto second_unit = second ? match_unit(s, second->end) : std::nullopt;
      if (second && second->value > q.value && second_unit && (!unit || unit->unit == second_unit->unit)) {
        q.value_max = second->value * second_unit->factor;
        unit = second_unit;
        q.suffix_comparator = Comparator::Between;
      }
    }
  }
  if (!unit) {
    unit = bare_magnitude(s, i, *first, j);
    q.value = first->value;
  }
  if (!unit) return std::nullopt;
  q.value *= unit->factor;
  q.unit = unit->unit;
  q.unit_end = unit->end;
  std::size_t end = unit->end;
  if (auto c = suffix_comparator_at(s, unit->end, end); c && q.suffix_comparator != Comparator::Between) {
    q.suffix_comparator = c;
  }
  q.end = end;
  return q;
}

std::vector<Quantity> find_quantities(std::u32string_view s, Range r) {
  std::vector<Quantity> out;
  auto quoted = quoted_mask(s, r);
  std::size_t i = r.begin;
  while (i < r.end) {
    bool starts_number = is_ascii_digit(s[i]) || chinese_digit(s[i]) > 0 || s[i] == U'十' || s[i] == U'两' ||
                         match_at(s, i, U"百分之");
    if (!starts_number) {
      ++i;
      continue;
    }
    auto q = parse_quantity_at(s.substr(0, r.end), i);
    if (q && !quoted[i - r.begin] && !glued_to_code(s, i)) {
      out.push_back(*q);
      i = q->end;
      continue;
    }
    // Skip the whole numeral so that 十九大 is not read again from 九.
    auto n = parse_number_at(s.substr(0, r.end), i);
    i = n ? std::max(n->end, i + 1) : i + 1;
  }
  return out;
}

std::optional<Comparator> prefix_comparator(std::u32string_view s, std::size_t end) {
  // The longest word wins, so 不低于 (at least) is not read as 低于 (at most).
  struct Group {
    std::span<const std::u32string_view> words;
    Comparator c;
  };
  const Group groups[] = {{lex::kPrefixAtMost, Comparator::AtMost},
                          {lex::kPrefixAtLeast, Comparator::AtLeast},
                          {lex::kPrefixAbout, Comparator::About}};
  std::optional<Comparator> best;
  std::size_t best_len = 0;
  for (const auto& g : groups) {
    auto w = longest_match_ending(s, end, g.words);
    if (w && w->size() > best_len) {
      best = g.c;
      best_len = w->size();
    }
  }
  return best;
}

}  // namespace kc::targets
