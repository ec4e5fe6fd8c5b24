#pragma once
// Entry points of the policy-document reader.
#include <string>
#include <string_view>

#include "modules/targets/extract/model.hpp"
#include "modules/targets/extract/source_text.hpp"

namespace kc::targets {

// Reads metadata, targets, responsibilities and money standards from decoded text. Spans refer to
// source.utf8.
ExtractionResult extract_from_source(const SourceText& source);

// Convenience for UTF-8 (or GB18030) text; the result's spans refer to decode_source(text).utf8,
// which equals `text` whenever it is valid UTF-8. Throws kc::ApiError for undecodable bytes.
ExtractionResult extract_from_text(std::string text);

}  // namespace kc::targets
