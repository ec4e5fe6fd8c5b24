#pragma once
// Reporting periods of the ledger. Civil dates are China Standard Time (UTC+8, no daylight saving):
// a month or a year starts at 00:00 Beijing time.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"

namespace kc::targets::ledger {

enum class Cycle { Monthly, Quarterly };

std::optional<Cycle> parse_cycle(std::string_view code);  // "monthly" | "quarterly"
std::string_view cycle_code(Cycle c);
std::string_view cycle_name_zh(Cycle c);  // 月报 / 季报

// 00:00 CST on the given civil date.
EpochMs cst_midnight(int year, int month, int day);
EpochMs year_start(int year);
int cst_year_of(EpochMs t);
// "2026-12-31": the civil date (CST) of an instant.
std::string cst_date_of(EpochMs t);
// "2026-12-31" read as a last day: 00:00 CST of the day after (an exclusive deadline); nullopt if malformed.
std::optional<EpochMs> end_of_cst_day(std::string_view date);

struct Period {
  std::string key;  // "2026-03" (monthly) or "2026-Q1" (quarterly)
  EpochMs start = 0;
  EpochMs end = 0;  // exclusive
};

// The period containing `t`.
Period period_at(Cycle c, EpochMs t);
// A period by its key; nullopt when the key is not of the cycle's form.
std::optional<Period> period_by_key(Cycle c, std::string_view key);
// Every period that ends after `from` and starts before `to`, in order.
std::vector<Period> periods_between(Cycle c, EpochMs from, EpochMs to);

}  // namespace kc::targets::ledger
