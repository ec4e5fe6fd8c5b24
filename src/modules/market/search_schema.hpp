#pragma once
// Migrations of the market's search (ids market/040_...): expert and agency profiles, the single-character columns
// that let one-character queries find words in any position, and the suggestion index. Listed in
// src/app/modules.cpp after market::migrations().
#include <vector>

#include "db/migrate.hpp"

namespace kc::market {
std::vector<db::Migration> search_migrations();
}
