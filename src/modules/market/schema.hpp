#pragma once
#include <vector>

#include "db/migrate.hpp"

namespace kc::market {
std::vector<db::Migration> migrations();
}
