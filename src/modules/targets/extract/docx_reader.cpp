// .docx text through libzip (the archive) and expat (word/document.xml).
#include <expat.h>
#include <zip.h>

#include <memory>

#include "core/errors.hpp"
#include "modules/targets/extract/document_loader.hpp"

namespace kc::targets {
namespace {

[[noreturn]] void fail(const std::string& why) {
  throw kc::ApiError(kc::Err::FieldInvalid, "无法读取 Word 文档：" + why, "file");
}

std::string read_entry(std::string_view bytes, const char* name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!src) fail("压缩包无效");
  zip_t* archive = zip_open_from_source(src, ZIP_RDONLY, &error);
  if (!archive) {
    zip_source_free(src);
    fail("压缩包无效");
  }
  std::unique_ptr<zip_t, decltype(&zip_discard)> guard(archive, &zip_discard);
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(archive, name, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) fail("缺少 word/document.xml");
  zip_file_t* file = zip_fopen(archive, name, 0);
  if (!file) fail("无法打开 word/document.xml");
  std::string out(st.size, '\0');
  zip_int64_t n = zip_fread(file, out.data(), st.size);
  zip_fclose(file);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) fail("word/document.xml 读取不完整");
  return out;
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
  std::string xml = read_entry(bytes, "word/document.xml");
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
