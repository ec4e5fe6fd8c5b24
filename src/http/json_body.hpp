#pragma once
// Strict reading of JSON request bodies: unknown fields, missing fields and wrong types are answered
// with a 400 that names the field.
//
//   BodyReader body(req.body);
//   auto name = body.str("name");               // required
//   auto phone = body.opt_str("phone");         // optional
//   body.done();                                // throws FIELD_UNKNOWN for anything not read
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace kc::http {

class BodyReader {
 public:
  explicit BodyReader(std::string_view body);                 // parses; JSON_INVALID / JSON_NOT_OBJECT
  BodyReader(const boost::json::object& obj, std::string prefix);  // a nested object, fields named prefix.x

  std::string str(std::string_view key, std::size_t max_chars = 200);
  std::optional<std::string> opt_str(std::string_view key, std::size_t max_chars = 200);
  std::int64_t int64(std::string_view key);
  std::optional<std::int64_t> opt_int64(std::string_view key);
  bool boolean(std::string_view key);
  std::optional<bool> opt_bool(std::string_view key);
  BodyReader object(std::string_view key);
  const boost::json::value* raw(std::string_view key);  // marks the key as read; nullptr when absent
  void done() const;

 private:
  const boost::json::value* take(std::string_view key, bool required);
  std::string name(std::string_view key) const { return prefix_.empty() ? std::string(key) : prefix_ + "." + std::string(key); }

  boost::json::value owned_;
  const boost::json::object* obj_ = nullptr;
  std::string prefix_;
  std::set<std::string, std::less<>> read_;
};

// Counts Unicode code points of UTF-8 text (limits are in characters, not bytes).
std::size_t utf8_length(std::string_view s);
bool is_valid_utf8(std::string_view s);

}  // namespace kc::http
