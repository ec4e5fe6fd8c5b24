#pragma once
// Small text helpers of the review flow: spans in code points (the reader's contract) and base64
// uploads inside JSON bodies.
#include <optional>
#include <string>
#include <string_view>

namespace kc::targets::ledger {

// The text between code points [start, end) of valid UTF-8; nullopt when the span is empty, reversed
// or beyond the end.
std::optional<std::string> code_point_slice(std::string_view utf8, std::size_t start, std::size_t end);

// Standard base64 (RFC 4648, padding optional, whitespace ignored); nullopt on any other character.
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace kc::targets::ledger
