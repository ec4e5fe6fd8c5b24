#pragma once
#include <vector>

#include "db/migrate.hpp"

namespace kc::accounts {
std::vector<db::Migration> migrations();
}
