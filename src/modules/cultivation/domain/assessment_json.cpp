#include "modules/cultivation/domain/assessment_json.hpp"

#include <boost/json.hpp>

namespace kc::cultivation {

boost::json::value parse_json_body(std::string_view text) {
  boost::system::error_code ec;
  boost::json::value value = boost::json::parse(text, ec);
  if (ec) throw ApiError(Err::JsonInvalid, ec.message());
  if (!value.is_object()) throw ApiError(Err::JsonNotObject);
  return value;
}

boost::json::object error_json(const ApiError& error) {
  boost::json::object body{{"code", error.info().code}, {"message", error.message_zh()}};
  if (!error.field().empty()) body["field"] = error.field();
  return {{"error", body}};
}

}  // namespace kc::cultivation
