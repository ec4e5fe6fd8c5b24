#pragma once
// Registration numbers (合同登记编号) of this platform: <registrar's region code>-<year>-<serial, 6 digits>, e.g.
// 410400-2026-000123. The legacy national system used 16 digits (domain-rules.md §3.3); the pattern is kept in this
// one function so that a configurable format can replace it.
#include <cstdint>
#include <string>

namespace kc::market {
std::string registration_number(const std::string& region_code, int year, std::int64_t serial);
}
