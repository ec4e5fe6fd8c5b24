#include "modules/targets/extract/years.hpp"

#include "modules/targets/extract/lexicon.hpp"
#include "modules/targets/extract/numbers.hpp"
#include "modules/targets/extract/text_util.hpp"

namespace kc::targets {
namespace {

constexpr std::u32string_view kYearLeads[] = {U"截至", U"截止", U"到", U"至", U"在", U"于"};
constexpr std::u32string_view kYearTails[] = {U"年底前", U"年末前", U"年年底", U"年年末", U"年底", U"年末",
                                              U"年前", U"年内", U"年起", U"年度", U"年"};
constexpr std::u32string_view kBaselineLeads[] = {U"较", U"比", U"相比", U"同比", U"由", U"与", U"从"};
constexpr std::u32string_view kBaselineTails[] = {U"的基础上", U"基础上", U"的水平", U"水平上", U"年底的基础上",
                                                 U"底的基础上"};
constexpr std::u32string_view kPlanTails[] = {U"期间", U"期末", U"末", U"时期"};

// Four digits 1990–2099 at s[i] not glued to other digits; returns the year or 0.
int four_digit_year(std::u32string_view s, std::size_t i) {
  if (i + 4 > s.size() || (i > 0 && is_ascii_digit(s[i - 1]))) return 0;
  int y = 0;
  for (std::size_t k = i; k < i + 4; ++k) {
    if (!is_ascii_digit(s[k])) return 0;
    y = y * 10 + static_cast<int>(s[k] - U'0');
  }
  if (i + 4 < s.size() && is_ascii_digit(s[i + 4])) return 0;
  return (y >= 1990 && y <= 2099) ? y : 0;
}

// 2019年8月 or 2019年05月: a calendar date, not a target year.
bool followed_by_month(std::u32string_view s, std::size_t after_year_char) {
  std::size_t k = after_year_char;
  while (k < s.size() && is_ascii_digit(s[k]) && k < after_year_char + 2) ++k;
  return k > after_year_char && k < s.size() && s[k] == U'月';
}

int small_number(std::u32string_view s, std::size_t& k, std::size_t max_digits) {
  int v = 0;
  std::size_t start = k;
  while (k < s.size() && k < start + max_digits && is_ascii_digit(s[k])) v = v * 10 + static_cast<int>(s[k++] - U'0');
  return k > start ? v : -1;
}

}  // namespace

std::size_t year_phrase_length(std::u32string_view s, std::size_t i) {
  std::size_t j = i;
  if (auto lead = longest_match_at(s, j, kBaselineLeads); lead && four_digit_year(s, j + lead->size())) j += lead->size();
  if (auto lead = longest_match_at(s, j, kYearLeads)) j += lead->size();
  if (int y = four_digit_year(s, j); y != 0) {
    auto tail = longest_match_at(s, j + 4, kYearTails);
    if (!tail || followed_by_month(s, j + 5)) return 0;
    return j + 4 + tail->size() - i;
  }
  std::size_t q = (j < s.size() && s[j] == U'“') ? j + 1 : j;
  for (const auto& p : lex::kPlanPeriods) {
    if (!match_at(s, q, p.name)) continue;
    std::size_t k = q + p.name.size();
    if (k < s.size() && s[k] == U'”') ++k;
    if (auto tail = longest_match_at(s, k, kPlanTails)) return k + tail->size() - i;
  }
  return 0;
}

// 较2020年 / 由2020年的 / 在2022年的基础上: the year compared against.
bool is_baseline_year(std::u32string_view s, std::size_t year_begin, std::size_t year_end) {
  return longest_match_ending(s, year_begin, kBaselineLeads).has_value() ||
         longest_match_at(s, year_end, kBaselineTails).has_value();
}

std::vector<YearMention> find_years(std::u32string_view s, Range r) {
  std::vector<YearMention> out;
  for (std::size_t i = r.begin; i < r.end; ++i) {
    if (int y = four_digit_year(s, i); y != 0 && i + 4 < r.end && s[i + 4] == U'年' && !followed_by_month(s, i + 5)) {
      out.push_back({i, i + 5, y, is_baseline_year(s, i, i + 5)});
      i += 4;
      continue;
    }
    for (const auto& p : lex::kPlanPeriods) {
      if (match_at(s, i, p.name) && std::size_t(i + p.name.size()) <= r.end) {
        out.push_back({i, i + p.name.size(), p.last_year});
        break;
      }
    }
  }
  return out;
}

// 2019年8月25日 (Arabic) or 二○一二年一月二十九日 (Chinese numerals) starting at s[i].
std::optional<YearDate> written_date_at(std::u32string_view s, std::size_t i, std::size_t end) {
  auto number = [&](std::size_t& k) -> int {
    auto n = parse_number_at(s.substr(0, end), k);
    if (!n) return -1;
    k = n->end;
    return static_cast<int>(n->value);
  };
  std::size_t k = i;
  int y = number(k);
  if (y < 1990 || y > 2099 || k - i != 4 || k >= end || s[k] != U'年') return std::nullopt;
  ++k;
  int month = number(k);
  if (month < 1 || month > 12 || k >= end || s[k] != U'月') return std::nullopt;
  ++k;
  int day = number(k);
  if (day < 1 || day > 31 || k >= end || s[k] != U'日') return std::nullopt;
  return YearDate{y, month, day, i, k + 1};
}

// 2021-05-21, 2021.05.21, 2021/5/21: the form of web portals' labelled fields.
std::optional<YearDate> numeric_date_at(std::u32string_view s, std::size_t i, std::size_t end) {
  int y = four_digit_year(s, i);
  if (y == 0 || i + 4 >= end) return std::nullopt;
  char32_t sep = s[i + 4];
  if (sep != U'-' && sep != U'.' && sep != U'/') return std::nullopt;
  std::size_t k = i + 5;
  int month = small_number(s, k, 2);
  if (month < 1 || month > 12 || k >= end || s[k] != sep) return std::nullopt;
  ++k;
  int day = small_number(s, k, 2);
  if (day < 1 || day > 31 || (k < end && is_ascii_digit(s[k]))) return std::nullopt;
  return YearDate{y, month, day, i, k};
}

std::vector<YearDate> find_dates(std::u32string_view s, Range r) {
  std::vector<YearDate> out;
  for (std::size_t i = r.begin; i + 4 < r.end; ++i) {
    if (i > r.begin && (is_ascii_digit(s[i - 1]) || parse_number_at(s, i - 1).has_value())) continue;
    auto d = written_date_at(s, i, r.end);
    if (!d) d = numeric_date_at(s, i, r.end);
    if (!d) continue;
    out.push_back(*d);
    i = d->end - 1;
  }
  return out;
}

}  // namespace kc::targets
