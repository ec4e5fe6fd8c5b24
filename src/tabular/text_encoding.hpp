#pragma once
// The encoding of uploaded text files. Excel in China saves "CSV" in the system code page (GBK, i.e. GB18030's
// two-byte part), other tools in UTF-8 with or without a byte-order mark.
#include <optional>
#include <string>
#include <string_view>

namespace kc::tabular {

// UTF-8 without a BOM. Text that is not valid UTF-8 is decoded as GB18030 (a superset of GBK and GB2312).
// Throws ApiError(FieldInvalid, …, "file") when it is neither.
std::string to_utf8_text(std::string_view bytes);

// nullopt when `bytes` is not valid GB18030 (glibc iconv).
std::optional<std::string> gb18030_to_utf8(std::string_view bytes);

}  // namespace kc::tabular
