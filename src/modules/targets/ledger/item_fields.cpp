#include "modules/targets/ledger/item_fields.hpp"

#include <boost/json.hpp>

#include <map>
#include <set>
#include <string>

#include "core/errors.hpp"
#include "http/json_body.hpp"

namespace kc::targets::ledger {
namespace {

namespace json = boost::json;

enum class Type { Text, OptText, Number, OptNumber, Year, Comparator, TextList };

struct FieldRule {
  Type type;
  bool required;
};

using Rules = std::map<std::string, FieldRule, std::less<>>;

const Rules& rules_of(std::string_view kind) {
  static const Rules target{{"indicator", {Type::Text, true}},   {"value", {Type::Number, true}},
                            {"value_max", {Type::OptNumber, false}}, {"unit", {Type::Text, true}},
                            {"comparator", {Type::Comparator, true}}, {"year", {Type::Year, false}},
                            {"year_source", {Type::OptText, false}}, {"scope", {Type::OptText, false}}};
  static const Rules responsibility{{"task", {Type::Text, true}},
                                    {"lead", {Type::TextList, true}},
                                    {"partners", {Type::TextList, false}}};
  static const Rules standard{{"amount", {Type::Number, true}},       {"amount_max", {Type::OptNumber, false}},
                              {"unit", {Type::Text, true}},           {"comparator", {Type::Comparator, true}},
                              {"kind", {Type::OptText, false}},       {"purpose", {Type::OptText, false}},
                              {"per", {Type::OptText, false}}};
  if (kind == "target") return target;
  if (kind == "responsibility") return responsibility;
  return standard;
}

bool is_text(const json::value& v, bool allow_empty) {
  return v.is_string() && (allow_empty || !v.as_string().empty()) && v.as_string().size() <= 2000 &&
         http::is_valid_utf8(v.as_string());
}

bool is_valid(Type t, const json::value& v) {
  switch (t) {
    case Type::Text: return is_text(v, false);
    case Type::OptText: return v.is_null() || is_text(v, true);
    case Type::Number: return (v.is_int64() && v.as_int64() >= 0) || (v.is_uint64()) || (v.is_double() && v.as_double() >= 0 && v.as_double() < 1e12);
    case Type::OptNumber: return v.is_null() || is_valid(Type::Number, v);
    case Type::Year: return v.is_null() || (v.is_int64() && v.as_int64() >= 1949 && v.as_int64() <= 2100);
    case Type::Comparator: {
      static const std::set<std::string, std::less<>> names{"at_least", "about", "at_most", "between", "exactly"};
      return v.is_string() && names.contains(std::string_view(v.as_string()));
    }
    case Type::TextList:
      if (!v.is_array() || v.as_array().size() > 50) return false;
      for (const auto& e : v.as_array())
        if (!is_text(e, false)) return false;
      return true;
  }
  return false;
}

}  // namespace

bool is_item_kind(std::string_view kind) {
  return kind == "target" || kind == "responsibility" || kind == "standard";
}

json::object review_fields(const json::object& extracted) {
  json::object out = extracted;
  for (auto key : {"text", "start", "end", "byte_start", "byte_end"}) out.erase(key);
  return out;
}

json::object validated_fields(std::string_view kind, const json::object& current, const json::object& edit,
                              bool require_all) {
  const Rules& rules = rules_of(kind);
  json::object out = current;
  for (const auto& [key, value] : edit) {
    auto rule = rules.find(std::string_view(key));
    if (rule == rules.end()) throw ApiError(Err::FieldUnknown, "fields." + std::string(key), "fields." + std::string(key));
    if (!is_valid(rule->second.type, value))
      throw ApiError(Err::FieldInvalid, "fields." + std::string(key) + " 的取值不正确", "fields." + std::string(key));
    out[key] = value;
  }
  if (require_all) {
    for (const auto& [key, rule] : rules)
      if (rule.required && !out.contains(key))
        throw ApiError(Err::FieldMissing, "fields." + key, "fields." + key);
  }
  if (kind == "target" && out.contains("value_max") && !out.at("value_max").is_null() &&
      out.at("value_max").to_number<double>() < out.at("value").to_number<double>())
    throw ApiError(Err::FieldInvalid, "上限不能小于下限", "fields.value_max");
  return out;
}

}  // namespace kc::targets::ledger
