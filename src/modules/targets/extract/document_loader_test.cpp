#include "modules/targets/extract/document_loader.hpp"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zip.h>

#include <cstdio>
#include <fstream>
#include <vector>
#include <sstream>

#include "core/errors.hpp"

namespace kc::targets {
namespace {

// Builds a .docx in memory (through a temporary file) holding `document_xml`.
std::string make_docx(const std::string& document_xml) {
  char path[] = "/tmp/kc-docx-test-XXXXXX";
  int fd = mkstemp(path);
  close(fd);
  unlink(path);
  int error = 0;
  zip_t* archive = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &error);
  EXPECT_NE(archive, nullptr);
  zip_source_t* src = zip_source_buffer(archive, document_xml.data(), document_xml.size(), 0);
  zip_file_add(archive, "word/document.xml", src, ZIP_FL_OVERWRITE);
  zip_close(archive);
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  unlink(path);
  return buf.str();
}

constexpr const char* kDocumentXml =
    R"(<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
    R"(<w:body><w:p><w:r><w:t>一、目标</w:t></w:r></w:p><w:p><w:r><w:t>2021年新增高新技术</w:t></w:r>)"
    R"(<w:r><w:t xml:space="preserve">企业 15家以上。</w:t></w:r></w:p></w:body></w:document>)";

TEST(DocumentLoader, DocxParagraphsBecomeLines) {
  auto bytes = make_docx(kDocumentXml);
  EXPECT_EQ(detect_format("upload.bin", bytes), DocumentFormat::Docx);
  EXPECT_EQ(docx_to_text(bytes), "一、目标\n2021年新增高新技术企业 15家以上。\n");
  auto json = extract_document_json(bytes, "plan.docx");
  ASSERT_EQ(json.at("targets").as_array().size(), 1u);
  EXPECT_EQ(json.at("targets").as_array()[0].at("value").as_int64(), 15);
}

TEST(DocumentLoader, DocxTableRowsBecomeTabSeparatedLines) {
  auto bytes = make_docx(
      R"(<w:document xmlns:w="w"><w:body><w:tbl>)"
      R"(<w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2025年</w:t></w:r></w:p></w:tc></w:tr>)"
      R"(<w:tr><w:tc><w:p><w:r><w:t>高新技术企业（家）</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>600</w:t></w:r></w:p></w:tc></w:tr>)"
      R"(</w:tbl></w:body></w:document>)");
  EXPECT_EQ(docx_to_text(bytes), "指标 \t2025年 \t\n高新技术企业（家） \t600 \t\n");
}

TEST(DocumentLoader, BrokenFilesAreFieldErrors) {
  EXPECT_THROW(docx_to_text("PK\x03\x04 not really a zip"), kc::ApiError);
  EXPECT_THROW(docx_to_text(make_docx("<w:document><w:body>")), kc::ApiError);
  if (access("/usr/bin/pdftotext", X_OK) == 0) {
    EXPECT_THROW(pdf_to_text("%PDF-1.4 broken"), kc::ApiError);
  }
}

// A minimal one-page PDF showing `text` in Helvetica, with a correct cross-reference table.
std::string make_pdf(const std::string& text) {
  std::string content = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (auto off : offsets) {
    char line[24];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

TEST(DocumentLoader, PdfTextThroughPdftotext) {
  if (access("/usr/bin/pdftotext", X_OK) != 0) GTEST_SKIP() << "poppler-utils not installed";
  auto pdf = make_pdf("Target 2021: 15 percent");
  EXPECT_EQ(detect_format("x", pdf), DocumentFormat::Pdf);
  EXPECT_NE(pdf_to_text(pdf).find("Target 2021: 15 percent"), std::string::npos);
}

TEST(DocumentLoader, FormatDetection) {
  EXPECT_EQ(detect_format("a.PDF", "hello"), DocumentFormat::Pdf);
  EXPECT_EQ(detect_format("a.txt", "%PDF-1.7"), DocumentFormat::Pdf);
  EXPECT_EQ(detect_format("a.docx", "x"), DocumentFormat::Docx);
  EXPECT_EQ(detect_format("a.txt", "2019年"), DocumentFormat::Text);
}

}  // namespace
}  // namespace kc::targets
