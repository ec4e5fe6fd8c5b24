#pragma once
// Years a document talks about: 2019年, 到2020年年底, 2019-2020年 (the end year), “十三五” (2020).
// Calendar dates (2019年8月25日) and years inside document numbers (〔2019〕) are not target years.
#include <optional>
#include <string_view>
#include <vector>

#include "modules/targets/extract/segmenter.hpp"

namespace kc::targets {

struct YearMention {
  std::size_t begin = 0;
  std::size_t end = 0;  // one past the whole phrase (到2020年年底 …)
  int year = 0;
  bool baseline = false;  // 较2020年, 比2020年, 由2020年的…: the year compared against, not a target year
};

std::vector<YearMention> find_years(std::u32string_view s, Range r);

// Length of a year phrase (到2020年年底, 较2020年, 2019年, 十三五末 …) starting at s[i], 0 if none.
std::size_t year_phrase_length(std::u32string_view s, std::size_t i);

struct YearDate {
  int year = 0, month = 0, day = 0;
  std::size_t begin = 0, end = 0;
};
// Calendar dates 2019年8月25日 / 2019年05月29日 in the range.
std::vector<YearDate> find_dates(std::u32string_view s, Range r);

}  // namespace kc::targets
