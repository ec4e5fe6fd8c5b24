#pragma once
// Registration numbers of enterprises entered in the database (入库登记编号), e.g. "2026-410422-0001".
// The format is a city setting: a pattern with the placeholders {year}, {region} (the enterprise's
// county code) and {seq} or {seq:N} (the running number in that year and county, zero-padded to N digits).
#include <cstdint>
#include <string>
#include <string_view>

namespace kc::cultivation {

inline constexpr std::string_view kDefaultRegistrationPattern = "{year}-{region}-{seq:4}";

// Throws kc::ApiError(FIELD_INVALID, field) for an unknown placeholder, a missing {seq}, or a bad width.
void validate_registration_pattern(std::string_view pattern, const std::string& field);
std::string format_registration_number(std::string_view pattern, int year, std::string_view region,
                                       std::int64_t sequence);

}  // namespace kc::cultivation
