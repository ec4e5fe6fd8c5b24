#pragma once
// Statements whose SQL is built at run time (per search target and backend) but, like every db::Query, must keep
// one name and one text for the life of the process so connections can prepare them once.
#include <functional>
#include <string>

#include "db/db.hpp"

namespace kc::market {

// The query named `name`, its SQL built by `build` on first use and kept for the life of the process.
db::Query cached_query(const std::string& name, const std::function<std::string()>& build);

}  // namespace kc::market
