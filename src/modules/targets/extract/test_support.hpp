#pragma once
// Shared checks for the reader's tests.
#include <string>
#include <vector>

#include "modules/targets/extract/model.hpp"
#include "modules/targets/extract/source_text.hpp"

namespace kc::targets::testing {

// True when span.text is the input at its byte offsets and at its code point offsets.
inline bool span_is_exact(const std::string& input, const Span& span) {
  if (span.byte_end > input.size() || span.byte_start > span.byte_end) return false;
  if (input.substr(span.byte_start, span.byte_end - span.byte_start) != span.text) return false;
  std::u32string cps;
  std::vector<std::size_t> byte_of;
  if (!decode_utf8(input, cps, byte_of) || span.end > cps.size()) return false;
  return byte_of[span.start] == span.byte_start && byte_of[span.end] == span.byte_end;
}

}  // namespace kc::targets::testing
