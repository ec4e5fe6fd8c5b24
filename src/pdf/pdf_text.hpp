#pragma once
// Test support: what a reader sees in a PDF, through poppler's pdftotext and pdfinfo (Debian poppler-utils).
#include <string>

namespace kc::pdf::testing {

// The text of every page (pages separated by form feeds).
std::string pdf_text(const std::string& pdf_bytes);

// The page count pdfinfo reports.
int pdf_page_count(const std::string& pdf_bytes);

}  // namespace kc::pdf::testing
