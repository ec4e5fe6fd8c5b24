#include "http/json_body.hpp"

#include <boost/json/parse.hpp>

#include "core/errors.hpp"

namespace kc::http {

namespace json = boost::json;

BodyReader::BodyReader(std::string_view body) {
  json::error_code ec;
  owned_ = json::parse(body, ec);
  if (ec) throw ApiError(Err::JsonInvalid);
  if (!owned_.is_object()) throw ApiError(Err::JsonNotObject);
  obj_ = &owned_.as_object();
}

BodyReader::BodyReader(const json::object& obj, std::string prefix) : obj_(&obj), prefix_(std::move(prefix)) {}

const json::value* BodyReader::take(std::string_view key, bool required) {
  read_.insert(std::string(key));
  auto it = obj_->find(key);
  if (it == obj_->end() || it->value().is_null()) {
    if (required) throw ApiError(Err::FieldMissing, name(key), name(key));
    return nullptr;
  }
  return &it->value();
}

const json::value* BodyReader::raw(std::string_view key) { return take(key, false); }

std::optional<std::string> BodyReader::opt_str(std::string_view key, std::size_t max_chars) {
  const json::value* v = take(key, false);
  if (!v) return std::nullopt;
  if (!v->is_string()) throw ApiError(Err::FieldInvalid, name(key) + " 应为字符串", name(key));
  std::string s(v->as_string());
  if (!is_valid_utf8(s)) throw ApiError(Err::FieldInvalid, name(key) + " 含非法字符", name(key));
  if (utf8_length(s) > max_chars)
    throw ApiError(Err::FieldInvalid, name(key) + " 不能超过" + std::to_string(max_chars) + "个字符", name(key));
  return s;
}

std::string BodyReader::str(std::string_view key, std::size_t max_chars) {
  take(key, true);
  auto s = opt_str(key, max_chars);
  if (s->empty()) throw ApiError(Err::FieldMissing, name(key) + " 不能为空", name(key));
  return *s;
}

std::optional<std::int64_t> BodyReader::opt_int64(std::string_view key) {
  const json::value* v = take(key, false);
  if (!v) return std::nullopt;
  if (v->is_int64()) return v->as_int64();
  if (v->is_uint64() && v->as_uint64() <= static_cast<std::uint64_t>(INT64_MAX))
    return static_cast<std::int64_t>(v->as_uint64());
  throw ApiError(Err::FieldInvalid, name(key) + " 应为整数", name(key));
}

std::int64_t BodyReader::int64(std::string_view key) {
  take(key, true);
  return *opt_int64(key);
}

std::optional<bool> BodyReader::opt_bool(std::string_view key) {
  const json::value* v = take(key, false);
  if (!v) return std::nullopt;
  if (!v->is_bool()) throw ApiError(Err::FieldInvalid, name(key) + " 应为 true 或 false", name(key));
  return v->as_bool();
}

bool BodyReader::boolean(std::string_view key) {
  take(key, true);
  return *opt_bool(key);
}

BodyReader BodyReader::object(std::string_view key) {
  const json::value* v = take(key, true);
  if (!v->is_object()) throw ApiError(Err::FieldInvalid, name(key) + " 应为对象", name(key));
  return BodyReader(v->as_object(), name(key));
}

void BodyReader::done() const {
  for (const auto& kv : *obj_) {
    std::string key(kv.key());
    if (!read_.count(key)) throw ApiError(Err::FieldUnknown, name(key), name(key));
  }
}

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (int k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += len;
  }
  return true;
}

}  // namespace kc::http
