#pragma once
// Renders a Document to PDF bytes with cairo and pango (fonts-noto-cjk): A4 pages, wrapped text, tables whose
// header repeats on every page, and a footer "第 N 页 共 M 页" on each page.
//
// Safe to call from several threads at once: each thread lays out with its own pango font map (see README.md).
// Throws kc::ApiError(Err::Unavailable) naming the Debian package when the font family is not installed.
#include <string>

#include "pdf/document.hpp"

namespace kc::pdf {

std::string render(const Document& doc);

}  // namespace kc::pdf
