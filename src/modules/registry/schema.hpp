#pragma once
#include <vector>

#include "db/migrate.hpp"

namespace kc::registry {
std::vector<db::Migration> migrations();
}
