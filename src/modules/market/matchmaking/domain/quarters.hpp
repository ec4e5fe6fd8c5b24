#pragma once
// Calendar quarters in Beijing time (UTC+8), for targets such as "每季度不少于2次对接活动": an event at
// 2026-03-31 23:30 Beijing (15:30 UTC) belongs to Q1 even though it is still 31 March in UTC as well, and one at
// 2026-06-30 20:00 UTC is already Q3 in Beijing.
#include "core/clock.hpp"

namespace kc::market {

struct YearQuarter {
  int year = 0;
  int quarter = 0;  // 1..4
  bool operator==(const YearQuarter&) const = default;
};

// Half-open interval [begin, end) of UTC milliseconds.
struct Period {
  EpochMs begin = 0;
  EpochMs end = 0;
  bool contains(EpochMs t) const { return t >= begin && t < end; }
};

YearQuarter beijing_quarter(EpochMs ms);
// quarter 1..4, or 0 for the whole year. Precondition: 0 <= quarter <= 4.
Period beijing_quarter_period(int year, int quarter);

}  // namespace kc::market
