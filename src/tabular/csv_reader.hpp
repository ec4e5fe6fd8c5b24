#pragma once
// Comma-separated values per RFC 4180: quoted fields, doubled quotes inside them, line breaks (CRLF or LF)
// inside quotes; the encoding per text_encoding.hpp.
#include <string_view>

#include "tabular/sheet.hpp"

namespace kc::tabular {

// Each record keeps the line it starts on. Throws ApiError(…, "file") for an unterminated quote, a stray quote
// inside an unquoted field, and files over the limits.
Sheet read_csv(std::string_view bytes, const Limits& limits);

}  // namespace kc::tabular
