#pragma once
#include <vector>

#include "db/migrate.hpp"

namespace kc::targets::ledger {
// Policy documents, their reviewed items, the ledger and unit reports.
std::vector<db::Migration> migrations();
}
