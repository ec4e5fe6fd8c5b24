#include "modules/cultivation/domain/registration_number.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"

namespace kc::cultivation {
namespace {

TEST(CultivationRegistrationNumber, DefaultPatternPadsTheSequence) {
  EXPECT_EQ(format_registration_number(kDefaultRegistrationPattern, 2026, "410422", 1), "2026-410422-0001");
  EXPECT_EQ(format_registration_number(kDefaultRegistrationPattern, 2026, "410422", 12345), "2026-410422-12345");
}

TEST(CultivationRegistrationNumber, CustomPatternsKeepTheirLiterals) {
  EXPECT_EQ(format_registration_number("PDS-KJ{year}{seq:6}", 2027, "410421", 42), "PDS-KJ2027000042");
  EXPECT_EQ(format_registration_number("{region}/{seq}", 2027, "410421", 7), "410421/7");
}

std::string field_of_error(std::string_view pattern) {
  try {
    validate_registration_pattern(pattern, "registration_pattern");
  } catch (const ApiError& e) {
    EXPECT_EQ(e.err(), Err::FieldInvalid);
    return e.field();
  }
  return "";
}

TEST(CultivationRegistrationNumber, BadPatternsAreRefusedNamingTheField) {
  EXPECT_EQ(field_of_error("{year}-{region}"), "registration_pattern");       // no sequence
  EXPECT_EQ(field_of_error("{year}-{county}-{seq}"), "registration_pattern");  // unknown placeholder
  EXPECT_EQ(field_of_error("{year:4}-{seq}"), "registration_pattern");         // width only on seq
  EXPECT_EQ(field_of_error("{seq:0}"), "registration_pattern");
  EXPECT_EQ(field_of_error("{seq"), "registration_pattern");
  EXPECT_EQ(field_of_error("{year}-{region}-{seq:4}"), "");
}

}  // namespace
}  // namespace kc::cultivation
