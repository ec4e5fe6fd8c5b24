#include "modules/targets/extract/document_loader.hpp"

#include <algorithm>
#include <cctype>

#include "modules/targets/extract/extractor.hpp"
#include "modules/targets/extract/json_output.hpp"

namespace kc::targets {
namespace {

bool has_extension(std::string_view filename, std::string_view ext) {
  if (filename.size() < ext.size()) return false;
  auto tail = filename.substr(filename.size() - ext.size());
  return std::equal(tail.begin(), tail.end(), ext.begin(),
                    [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
}

}  // namespace

DocumentFormat detect_format(std::string_view filename, std::string_view bytes) {
  if (bytes.starts_with("PK\x03\x04")) return DocumentFormat::Docx;
  if (bytes.starts_with("%PDF")) return DocumentFormat::Pdf;
  if (has_extension(filename, ".docx")) return DocumentFormat::Docx;
  if (has_extension(filename, ".pdf")) return DocumentFormat::Pdf;
  return DocumentFormat::Text;
}

std::string document_to_text(std::string_view bytes, DocumentFormat format) {
  switch (format) {
    case DocumentFormat::Docx: return docx_to_text(bytes);
    case DocumentFormat::Pdf: return pdf_to_text(bytes);
    case DocumentFormat::Text: break;
  }
  return std::string(bytes);
}

boost::json::object extract_document_json(std::string_view bytes, std::string_view filename) {
  auto format = detect_format(filename, bytes);
  return to_json(extract_from_text(document_to_text(bytes, format)));
}

}  // namespace kc::targets
