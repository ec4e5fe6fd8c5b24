#pragma once
// The input as decoded code points, with the UTF-8 byte offset of each, so that any span found in the
// normalised text can be mapped back to an exact substring of the input.
#include <string>
#include <string_view>
#include <vector>

namespace kc::targets {

struct SourceText {
  std::string utf8;                // the text every span refers to
  std::u32string cps;              // its code points
  std::vector<std::size_t> byte_of;  // byte offset of cps[i]; byte_of[cps.size()] == utf8.size()
};

// Decodes UTF-8 text. Text that is not valid UTF-8 is read as GB18030 (the encoding of most Chinese
// government .txt files) and converted; spans then refer to the converted UTF-8 text.
// Throws kc::ApiError(FieldInvalid, field "file") when neither decoding works.
SourceText decode_source(std::string bytes);

// Strict UTF-8 decoding; false on any malformed sequence.
bool decode_utf8(std::string_view bytes, std::u32string& cps, std::vector<std::size_t>& byte_of);

}  // namespace kc::targets
