#pragma once
// The one way the rules reject an inconsistent input value: FIELD_INVALID naming the field, with the
// reason in Chinese ("字段取值不合法：tech_staff（科技人员数应在0至职工总数之间）").
#include <string>

#include "core/errors.hpp"

namespace kc::cultivation {

[[noreturn]] inline void reject_field(const std::string& field, const std::string& why) {
  throw ApiError(Err::FieldInvalid, field + "（" + why + "）", field);
}

}  // namespace kc::cultivation
