#pragma once
// Strict reading of a JSON input object: every field is read by name and type; a missing required
// field is FIELD_MISSING, a field nobody read is FIELD_UNKNOWN, a wrong type or value FIELD_INVALID,
// each naming the field by its full path ("ip[0].class", "innovation.org.m1").
#include <boost/json/value.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "modules/cultivation/domain/civil_date.hpp"
#include "modules/cultivation/domain/decimal.hpp"

namespace kc::cultivation {

class JsonObjectReader {
 public:
  // `path` is the object's own path ("" for the request body). Throws JSON_NOT_OBJECT for a non-object
  // body, FIELD_INVALID for a nested non-object.
  JsonObjectReader(const boost::json::value& value, std::string path);

  bool boolean(std::string_view key);
  std::optional<bool> optional_boolean(std::string_view key);
  int integer(std::string_view key, int min, int max);
  std::optional<int> optional_integer(std::string_view key, int min, int max);  // absent or null → nullopt
  std::string text(std::string_view key);  // non-empty string
  std::optional<std::string> optional_text(std::string_view key);
  // One of `allowed`, returned as given.
  std::string choice(std::string_view key, std::initializer_list<std::string_view> allowed);
  std::optional<std::string> optional_choice(std::string_view key, std::initializer_list<std::string_view> allowed);
  // An amount in 万元: a decimal string ("312.5") or a JSON integer; never a binary floating-point number.
  Decimal money(std::string_view key, bool allow_negative = false);
  std::optional<Decimal> optional_money(std::string_view key);  // absent or null → nullopt; never negative
  CivilDate date(std::string_view key);
  JsonObjectReader object(std::string_view key);
  std::optional<JsonObjectReader> optional_object(std::string_view key);
  const boost::json::array& array(std::string_view key, std::size_t max_items);

  std::string path_of(std::string_view key) const;
  // Rejects the first field that was not read (call after reading every known field).
  void finish() const;

 private:
  const boost::json::value* find(std::string_view key);   // marks the key as known; null if absent or null
  const boost::json::value& require(std::string_view key);

  const boost::json::object* object_;
  std::string path_;
  std::set<std::string, std::less<>> known_;
};

// Helpers for array elements, which are read outside a JsonObjectReader.
std::string element_path(const std::string& array_path, std::size_t index);
Decimal money_value(const boost::json::value& value, const std::string& path, bool allow_negative);

}  // namespace kc::cultivation
