#pragma once
// JSON text for people: Boost.JSON prints 30.0 as "3E1"; this writer prints numbers the way the
// contract shows them (30.0, 6.6667, 100), keeps object member order, and indents when asked.
#include <boost/json/value.hpp>

#include <string>

namespace kc {

std::string to_json_text(const boost::json::value& value, bool pretty = true);

}  // namespace kc
