#include "modules/cultivation/domain/json_reader.hpp"

#include <boost/json.hpp>

#include "core/errors.hpp"
#include "modules/cultivation/domain/field_error.hpp"

namespace kc::cultivation {

JsonObjectReader::JsonObjectReader(const boost::json::value& value, std::string path) : path_(std::move(path)) {
  object_ = value.if_object();
  if (object_ == nullptr) {
    if (path_.empty()) throw ApiError(Err::JsonNotObject);
    reject_field(path_, "应为JSON对象");
  }
}

std::string JsonObjectReader::path_of(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

std::string element_path(const std::string& array_path, std::size_t index) {
  return array_path + "[" + std::to_string(index) + "]";
}

const boost::json::value* JsonObjectReader::find(std::string_view key) {
  known_.emplace(key);
  const boost::json::value* value = object_->if_contains(key);
  return value == nullptr || value->is_null() ? nullptr : value;
}

const boost::json::value& JsonObjectReader::require(std::string_view key) {
  const boost::json::value* value = find(key);
  if (value == nullptr) throw ApiError(Err::FieldMissing, path_of(key), path_of(key));
  return *value;
}

std::optional<bool> JsonObjectReader::optional_boolean(std::string_view key) {
  const boost::json::value* value = find(key);
  if (value == nullptr) return std::nullopt;
  if (!value->is_bool()) reject_field(path_of(key), "应为true或false");
  return value->get_bool();
}

bool JsonObjectReader::boolean(std::string_view key) {
  require(key);
  return *optional_boolean(key);
}

int JsonObjectReader::integer(std::string_view key, int min, int max) {
  const boost::json::value& value = require(key);
  const auto range = "应为" + std::to_string(min) + "至" + std::to_string(max) + "之间的整数";
  std::int64_t number = 0;
  if (value.is_int64()) number = value.get_int64();
  else if (value.is_uint64() && value.get_uint64() <= static_cast<std::uint64_t>(max)) number = static_cast<std::int64_t>(value.get_uint64());
  else reject_field(path_of(key), range);
  if (number < min || number > max) reject_field(path_of(key), range);
  return static_cast<int>(number);
}

std::optional<int> JsonObjectReader::optional_integer(std::string_view key, int min, int max) {
  if (find(key) == nullptr) return std::nullopt;
  return integer(key, min, max);
}

std::optional<std::string> JsonObjectReader::optional_text(std::string_view key) {
  const boost::json::value* value = find(key);
  if (value == nullptr) return std::nullopt;
  if (!value->is_string()) reject_field(path_of(key), "应为字符串");
  return std::string(value->get_string());
}

std::string JsonObjectReader::text(std::string_view key) {
  require(key);
  std::string value = *optional_text(key);
  if (value.empty()) reject_field(path_of(key), "不能为空");
  return value;
}

std::optional<std::string> JsonObjectReader::optional_choice(std::string_view key,
                                                             std::initializer_list<std::string_view> allowed) {
  const auto value = optional_text(key);
  if (!value) return std::nullopt;
  for (std::string_view option : allowed)
    if (*value == option) return value;
  std::string options;
  for (std::string_view option : allowed) options += (options.empty() ? "" : "、") + std::string(option);
  reject_field(path_of(key), "应为以下取值之一：" + options);
}

std::string JsonObjectReader::choice(std::string_view key, std::initializer_list<std::string_view> allowed) {
  require(key);
  return *optional_choice(key, allowed);
}

Decimal money_value(const boost::json::value& value, const std::string& path, bool allow_negative) {
  std::optional<Decimal> amount;
  if (value.is_string()) amount = Decimal::parse(value.get_string());
  else if (value.is_int64() && value.get_int64() >= -Decimal::kMaxWhole && value.get_int64() <= Decimal::kMaxWhole)
    amount = Decimal::whole(value.get_int64());
  else if (value.is_uint64() && value.get_uint64() <= static_cast<std::uint64_t>(Decimal::kMaxWhole))
    amount = Decimal::whole(static_cast<std::int64_t>(value.get_uint64()));
  if (!amount) reject_field(path, "应为以万元计的十进制数字字符串，如\"312.5\"，最多6位小数");
  if (amount->is_negative() && !allow_negative) reject_field(path, "金额不能为负数");
  return *amount;
}

Decimal JsonObjectReader::money(std::string_view key, bool allow_negative) {
  return money_value(require(key), path_of(key), allow_negative);
}

std::optional<Decimal> JsonObjectReader::optional_money(std::string_view key) {
  const boost::json::value* value = find(key);
  if (value == nullptr) return std::nullopt;
  return money_value(*value, path_of(key), false);
}

CivilDate JsonObjectReader::date(std::string_view key) {
  const boost::json::value& value = require(key);
  const auto date = value.is_string() ? CivilDate::parse(value.get_string()) : std::nullopt;
  if (!date) reject_field(path_of(key), "应为YYYY-MM-DD格式的有效日期");
  return *date;
}

std::optional<JsonObjectReader> JsonObjectReader::optional_object(std::string_view key) {
  const boost::json::value* value = find(key);
  if (value == nullptr) return std::nullopt;
  return JsonObjectReader(*value, path_of(key));
}

JsonObjectReader JsonObjectReader::object(std::string_view key) { return JsonObjectReader(require(key), path_of(key)); }

const boost::json::array& JsonObjectReader::array(std::string_view key, std::size_t max_items) {
  const boost::json::value& value = require(key);
  if (!value.is_array()) reject_field(path_of(key), "应为数组");
  if (value.get_array().size() > max_items) reject_field(path_of(key), "最多" + std::to_string(max_items) + "项");
  return value.get_array();
}

void JsonObjectReader::finish() const {
  for (const auto& member : *object_) {
    if (known_.find(std::string_view(member.key())) == known_.end()) {
      const std::string field = path_of(member.key());
      throw ApiError(Err::FieldUnknown, field, field);
    }
  }
}

}  // namespace kc::cultivation
