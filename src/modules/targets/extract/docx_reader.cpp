// .docx text through libzip (the archive, src/tabular) and expat (word/document.xml).
#include <expat.h>

#include <memory>

#include "core/errors.hpp"
#include "modules/targets/extract/document_loader.hpp"
#include "tabular/zip_archive.hpp"

namespace kc::targets {
namespace {

[[noreturn]] void fail(const std::string& why) {
  throw kc::ApiError(kc::Err::FieldInvalid, "无法读取 Word 文档：" + why, "file");
}

std::string read_document_xml(std::string_view bytes) {
  try {
    tabular::ZipArchive archive(bytes);
    auto xml = archive.entry("word/document.xml");
    if (!xml) fail("缺少 word/document.xml");
    return std::move(*xml);
  } catch (const tabular::ZipError& e) {
    fail(e.what());
  }
}

// Table rows become one line with tab-separated cells, so that a target table reads like pdftotext's
// layout ("指标 2020年 2025年" / "高新技术企业数量（家） 312 600").
struct XmlText {
  std::string out;
  int in_text = 0;
  int in_cell = 0;
};

std::string_view local_name(const XML_Char* name) {
  std::string_view n(name);
  auto colon = n.find(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char**) {
  auto* x = static_cast<XmlText*>(data);
  auto n = local_name(name);
  if (n == "t") ++x->in_text;
  else if (n == "tc") ++x->in_cell;
  else if (n == "tab") x->out += '\t';
  else if (n == "br" || n == "cr") x->out += '\n';
}

void XMLCALL on_end(void* data, const XML_Char* name) {
  auto* x = static_cast<XmlText*>(data);
  auto n = local_name(name);
  if (n == "t" && x->in_text > 0) {
    --x->in_text;
  } else if (n == "p") {
    x->out += x->in_cell > 0 ? ' ' : '\n';
  } else if (n == "tc" && x->in_cell > 0) {
    --x->in_cell;
    x->out += '\t';
  } else if (n == "tr") {
    x->out += '\n';
  }
}

void XMLCALL on_text(void* data, const XML_Char* s, int len) {
  auto* x = static_cast<XmlText*>(data);
  if (x->in_text > 0) x->out.append(s, static_cast<std::size_t>(len));
}

}  // namespace

std::string docx_to_text(std::string_view bytes) {
  std::string xml = read_document_xml(bytes);
  XmlText text;
  std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser(XML_ParserCreate("UTF-8"), &XML_ParserFree);
  XML_SetUserData(parser.get(), &text);
  XML_SetElementHandler(parser.get(), on_start, on_end);
  XML_SetCharacterDataHandler(parser.get(), on_text);
  if (XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_ERROR) {
    fail("document.xml 不是合法的 XML");
  }
  return text.out;
}

}  // namespace kc::targets
