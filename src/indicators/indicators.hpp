#pragma once
// Live indicators: named figures computed from the database by the module that owns the data. A module
// adds its own at start-up (`register_indicators(indicators::Registry&)`); readers (the targets ledger)
// find them by id, validate parameters against the declared specs and compute the value now.
//
// Values are exact decimals scaled by 10^4 (kValueScale): a count n is n * 10'000; money in 万元 has 元
// as its finest step (1). Never binary floating point: targets are compared at a threshold.
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "db/db.hpp"

namespace kc::indicators {

inline constexpr std::int64_t kValueScale = 10'000;

using Params = boost::json::object;

struct ParamSpec {
  std::string name;      // e.g. "year"
  std::string label_zh;  // e.g. "年度"
  bool required = false;
  // Checks one value and throws ApiError naming `field`.
  std::function<void(const boost::json::value&, const std::string& field)> check;
};

struct Indicator {
  std::string id;       // stable: stored in bindings
  std::string name_zh;  // shown to officers
  std::string unit;     // the unit of its value, e.g. 家 or 万元
  std::vector<ParamSpec> params;
  // One query; the value now in `unit`, scaled by kValueScale. Params are already validated.
  std::function<std::int64_t(db::Connection&, const Params&)> compute;
};

class Registry {
 public:
  // Adds an indicator; a second one with the same id is a programming error (std::logic_error).
  void add(Indicator indicator);
  const Indicator* find(const std::string& id) const;
  std::vector<const Indicator*> all() const;  // by id
  // Unknown, missing or invalid parameters → ApiError naming `<field_prefix>.<name>`.
  static void validate(const Indicator& indicator, const Params& params, const std::string& field_prefix);

 private:
  std::map<std::string, Indicator> indicators_;
};

// Shared parameter specs and readers.
ParamSpec year_param(const char* label_zh = "年度");  // a whole year 1949–2100, required
int year_of(const Params& p);                          // the validated "year"
std::string text_of(const Params& p, const char* key);  // "" when absent
// 1 January 00:00 Beijing time (UTC+8, no daylight saving) of `year`: indicators count civil years.
std::int64_t beijing_year_start(int year);

}  // namespace kc::indicators
