#pragma once
#include "db/migrate.hpp"

namespace kc::registry {
// Migration `registry/020_platforms` (listed in registry::migrations()).
db::Migration platform_migration();
}  // namespace kc::registry
