#pragma once
// Marks query terms in the original (not the tokenised) text for display. FTS5's highlight()
// and PostgreSQL's ts_headline() would work on the stored token column, which is not what the
// user typed, so matching is done here on normalised characters of the original text.
#include <span>
#include <string>
#include <string_view>

namespace kc::search {

// HTML-escapes `text` and wraps every occurrence of a token (as produced by the Segmenter, i.e.
// normalised) in `open`/`close`; overlapping occurrences merge into one marked span.
std::string highlight_html(std::string_view text, std::span<const std::string> tokens,
                           std::string_view open = "<mark>", std::string_view close = "</mark>");

// A window of at most `max_chars` characters of `text` around the first occurrence of a token (some context before
// it), escaped and marked like highlight_html; "…" stands for text left out at either end. Without any occurrence:
// the start of the text. For result lists, where a whole abstract is too long to show.
std::string snippet_html(std::string_view text, std::span<const std::string> tokens, size_t max_chars = 80,
                         std::string_view open = "<mark>", std::string_view close = "</mark>");

}  // namespace kc::search
