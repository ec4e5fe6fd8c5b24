#pragma once
// Turns an uploaded file (.txt, .docx, .pdf) into plain text for the reader.
#include <boost/json/object.hpp>
#include <string>
#include <string_view>

#include "modules/targets/extract/model.hpp"

namespace kc::targets {

enum class DocumentFormat { Text, Docx, Pdf };

// From the content first (PK zip header, %PDF), then the file name's extension; text otherwise.
DocumentFormat detect_format(std::string_view filename, std::string_view bytes);

// The text of word/document.xml: one line per paragraph, w:tab as a tab, w:br as a line break.
// Throws kc::ApiError(FieldInvalid, field "file") for a broken archive.
std::string docx_to_text(std::string_view bytes);

// `pdftotext -layout -enc UTF-8` (poppler-utils) run on a temporary copy.
// Throws kc::ApiError(FieldInvalid, field "file") when poppler cannot read the file.
std::string pdf_to_text(std::string_view bytes);

std::string document_to_text(std::string_view bytes, DocumentFormat format);

// The whole reader on an uploaded file; spans refer to the file's text (for .docx/.pdf: the
// extracted text, for .txt: the file itself once decoded to UTF-8). This is what
// POST /api/v1/policy-documents/extract answers.
boost::json::object extract_document_json(std::string_view bytes, std::string_view filename);

}  // namespace kc::targets
