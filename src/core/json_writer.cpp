#include "core/json_writer.hpp"

#include <boost/json.hpp>

#include <charconv>
#include <cmath>
#include <cstdio>

namespace kc {
namespace {

class Writer {
 public:
  explicit Writer(bool pretty) : pretty_(pretty) {}
  std::string take() { return std::move(out_); }

  void value(const boost::json::value& v, int depth) {
    switch (v.kind()) {
      case boost::json::kind::null: out_ += "null"; break;
      case boost::json::kind::bool_: out_ += v.get_bool() ? "true" : "false"; break;
      case boost::json::kind::int64: out_ += std::to_string(v.get_int64()); break;
      case boost::json::kind::uint64: out_ += std::to_string(v.get_uint64()); break;
      case boost::json::kind::double_: number(v.get_double()); break;
      case boost::json::kind::string: string(v.get_string()); break;
      case boost::json::kind::array: array(v.get_array(), depth); break;
      case boost::json::kind::object: object(v.get_object(), depth); break;
    }
  }

 private:
  // Shortest text that reads back as the same double, always with a decimal point ("30.0").
  void number(double d) {
    if (!std::isfinite(d)) {
      out_ += "null";
      return;
    }
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, d);
    std::string text(buffer, result.ptr);
    if (text.find_first_of(".eE") == std::string::npos) text += ".0";
    out_ += text;
  }

  void string(boost::json::string_view s) {
    out_ += '"';
    for (unsigned char c : s) {
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default:
          if (c < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", c);
            out_ += escape;
          } else {
            out_ += static_cast<char>(c);  // UTF-8 passes through unchanged
          }
      }
    }
    out_ += '"';
  }

  void newline(int depth) {
    if (!pretty_) return;
    out_ += '\n';
    out_.append(static_cast<std::size_t>(depth) * 2, ' ');
  }

  void array(const boost::json::array& a, int depth) {
    out_ += '[';
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (i > 0) out_ += ',';
      newline(depth + 1);
      value(a[i], depth + 1);
    }
    if (!a.empty()) newline(depth);
    out_ += ']';
  }

  void object(const boost::json::object& o, int depth) {
    out_ += '{';
    bool first = true;
    for (const auto& member : o) {
      if (!first) out_ += ',';
      first = false;
      newline(depth + 1);
      string(member.key());
      out_ += pretty_ ? ": " : ":";
      value(member.value(), depth + 1);
    }
    if (!o.empty()) newline(depth);
    out_ += '}';
  }

  bool pretty_;
  std::string out_;
};

}  // namespace

std::string to_json_text(const boost::json::value& value, bool pretty) {
  Writer writer(pretty);
  writer.value(value, 0);
  return writer.take();
}

}  // namespace kc
