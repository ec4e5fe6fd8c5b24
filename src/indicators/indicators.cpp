#include "indicators/indicators.hpp"

#include <algorithm>
#include <chrono>
#include <stdexcept>

#include "core/errors.hpp"

namespace kc::indicators {

void Registry::add(Indicator indicator) {
  auto id = indicator.id;
  if (!indicators_.emplace(id, std::move(indicator)).second)
    throw std::logic_error("indicator registered twice: " + id);
}

const Indicator* Registry::find(const std::string& id) const {
  auto it = indicators_.find(id);
  return it == indicators_.end() ? nullptr : &it->second;
}

std::vector<const Indicator*> Registry::all() const {
  std::vector<const Indicator*> out;
  for (const auto& [id, indicator] : indicators_) out.push_back(&indicator);
  return out;
}

void Registry::validate(const Indicator& indicator, const Params& params, const std::string& field_prefix) {
  for (const auto& [key, value] : params) {
    std::string field = field_prefix + "." + std::string(key);
    auto spec = std::find_if(indicator.params.begin(), indicator.params.end(),
                             [&](const ParamSpec& p) { return p.name == key; });
    if (spec == indicator.params.end()) throw ApiError(Err::FieldUnknown, field, field);
    spec->check(value, field);
  }
  for (const auto& spec : indicator.params)
    if (spec.required && !params.contains(spec.name))
      throw ApiError(Err::FieldMissing, field_prefix + "." + spec.name + "（" + spec.label_zh + "）",
                     field_prefix + "." + spec.name);
}

ParamSpec year_param(const char* label_zh) {
  return {"year", label_zh, true, [](const boost::json::value& v, const std::string& field) {
            if (!v.is_int64() || v.as_int64() < 1949 || v.as_int64() > 2100)
              throw ApiError(Err::FieldInvalid, "年度应为整数年份", field);
          }};
}

int year_of(const Params& p) { return static_cast<int>(p.at("year").as_int64()); }

std::string text_of(const Params& p, const char* key) {
  auto it = p.find(key);
  return it == p.end() || !it->value().is_string() ? "" : std::string(it->value().as_string());
}

std::int64_t beijing_year_start(int year) {
  using namespace std::chrono;
  auto midnight_utc = sys_days{std::chrono::year{year} / January / 1}.time_since_epoch();
  return duration_cast<milliseconds>(midnight_utc - hours{8}).count();
}

}  // namespace kc::indicators
