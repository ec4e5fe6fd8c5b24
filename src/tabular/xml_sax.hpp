#pragma once
// A small SAX front end over expat for the OOXML parts of .xlsx files: element names without their
// namespace prefix, attributes looked up by local name.
#include <string>
#include <string_view>

namespace kc::tabular {

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  // `attrs` is expat's null-terminated name/value array.
  virtual void start(std::string_view name, const char** attrs) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view s) = 0;
};

// Throws ZipError naming `part` when the XML is malformed; an exception from the handler passes through.
void parse_xml(std::string_view xml, XmlHandler& handler, const std::string& part);

// "r:id" → "id".
std::string_view local_name(std::string_view qualified);
// The value of the attribute whose local name is `name`; "" when absent.
std::string_view attribute(const char** attrs, std::string_view name);

}  // namespace kc::tabular
