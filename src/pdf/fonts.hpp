#pragma once
// Fonts for the PDF renderer: the per-thread pango font map and the check that a family is installed.
#include <pango/pango.h>

#include <string>

namespace kc::pdf::detail {

// This thread's pango-cairo font map. Pango (since 1.32) keeps one default font map per thread, which is what
// makes rendering from several server threads at once safe; its first creation loads fontconfig and is
// serialised here so that concurrent first renders do not initialise fontconfig together.
PangoFontMap* thread_font_map();

// Throws kc::ApiError(Err::Unavailable) naming the Debian package when fontconfig has no such family: without
// this check pango would silently substitute a font without Chinese glyphs and print empty boxes.
void require_family(const std::string& family);

}  // namespace kc::pdf::detail
