#pragma once
// The facts that make a platform recognised: the issuing document's number (发文字号, e.g. 豫科〔2023〕12号)
// and the recognition date. Pure text rules, no I/O.
#include <optional>
#include <string>
#include <string_view>

namespace kc::registry {

// GB/T 9704-2012 §7.2.4 writes the year of a 发文字号 in hexagonal brackets 〔〕 and the serial number
// without leading zeros, ending in 号. Officers type [2023], 【2023】 or (2023); these are normalised to
// 〔2023〕 and surrounding spaces dropped. nullopt when the text is not <issuer>〔YYYY〕<n>号.
std::optional<std::string> normalise_document_number(std::string_view text);

// Strict YYYY-MM-DD naming a real calendar day (2023-02-29 is not one).
bool is_civil_date(std::string_view text);

}  // namespace kc::registry
