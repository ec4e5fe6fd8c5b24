#include "tabular/xml_sax.hpp"

#include <expat.h>

#include <exception>
#include <memory>

#include "tabular/zip_archive.hpp"

namespace kc::tabular {

std::string_view local_name(std::string_view qualified) {
  auto colon = qualified.rfind(':');
  return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

std::string_view attribute(const char** attrs, std::string_view name) {
  for (std::size_t i = 0; attrs && attrs[i]; i += 2)
    if (local_name(attrs[i]) == name) return attrs[i + 1];
  return {};
}

namespace {

// Exceptions must not unwind through expat's C frames: a handler's exception stops the parser and is
// rethrown once XML_Parse has returned.
struct Session {
  XmlHandler* handler;
  XML_Parser parser;
  std::exception_ptr error;
};

template <class F>
void guarded(void* data, F&& f) {
  auto* s = static_cast<Session*>(data);
  if (s->error) return;
  try {
    f(*s->handler);
  } catch (...) {
    s->error = std::current_exception();
    XML_StopParser(s->parser, XML_FALSE);
  }
}

void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** attrs) {
  guarded(data, [&](XmlHandler& h) { h.start(local_name(name), attrs); });
}
void XMLCALL on_end(void* data, const XML_Char* name) {
  guarded(data, [&](XmlHandler& h) { h.end(local_name(name)); });
}
void XMLCALL on_text(void* data, const XML_Char* s, int len) {
  guarded(data, [&](XmlHandler& h) { h.text(std::string_view(s, static_cast<std::size_t>(len))); });
}

}  // namespace

void parse_xml(std::string_view xml, XmlHandler& handler, const std::string& part) {
  std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser(XML_ParserCreate("UTF-8"), &XML_ParserFree);
  Session session{&handler, parser.get(), nullptr};
  XML_SetUserData(parser.get(), &session);
  XML_SetElementHandler(parser.get(), on_start, on_end);
  XML_SetCharacterDataHandler(parser.get(), on_text);
  auto status = XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), 1);
  if (session.error) std::rethrow_exception(session.error);
  if (status == XML_STATUS_ERROR) throw ZipError(part + " 不是合法的 XML");
}

}  // namespace kc::tabular
