#pragma once
// UTF-8 decoding and the character-level normalisation every search path shares (indexing,
// querying, highlighting), so that a document and a query typed differently still meet:
// full-width ASCII (ＡＢＣ１２３，) becomes half-width, the ideographic space becomes a space and
// ASCII letters are lower-cased. Invalid UTF-8 bytes decode to U+FFFD, which every caller
// treats as a separator, so no input can make the search code fail.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kc::search {

constexpr char32_t kReplacementChar = 0xFFFD;

struct DecodedChar {
  char32_t code;
  uint32_t byte_offset;  // position of the first byte in the source text
  uint8_t byte_length;   // 1..4 (1 for an invalid byte)
};

// Decodes one code point at `pos` (which must be < text.size()).
DecodedChar decode_utf8_at(std::string_view text, size_t pos);
std::vector<DecodedChar> decode_utf8(std::string_view text);
void append_utf8(std::string& out, char32_t code);

// Full-width ASCII -> ASCII, U+3000 -> space, A-Z -> a-z. Everything else unchanged.
char32_t normalize_char(char32_t code);
std::string normalize_text(std::string_view text);

// CJK unified ideographs (basic block, extensions A-F) and compatibility ideographs.
bool is_han(char32_t code);
bool is_ascii_alnum(char32_t code);

}  // namespace kc::search
