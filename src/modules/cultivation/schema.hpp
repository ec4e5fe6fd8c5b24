#pragma once
#include <vector>

#include "db/migrate.hpp"

namespace kc::cultivation {
// Annual reports with their stored assessments, the review trail, publicity objections, module settings.
std::vector<db::Migration> migrations();
}
