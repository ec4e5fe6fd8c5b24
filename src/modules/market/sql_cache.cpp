#include "modules/market/sql_cache.hpp"

#include <map>
#include <mutex>

namespace kc::market {

db::Query cached_query(const std::string& name, const std::function<std::string()>& build) {
  static std::mutex mutex;
  static std::map<std::string, std::string> statements;  // map nodes never move: the views stay valid
  std::lock_guard lock(mutex);
  auto it = statements.find(name);
  if (it == statements.end()) it = statements.emplace(name, build()).first;
  return {it->first, it->second};
}

}  // namespace kc::market
