#include "modules/cultivation/domain/registration_number.hpp"

#include <functional>

#include "core/errors.hpp"

namespace kc::cultivation {
namespace {

constexpr int kMaxSequenceWidth = 9;
constexpr std::size_t kMaxPatternLength = 100;

// Walks the pattern, handing literal text and placeholders (name, width or 0) to the callbacks.
// Returns false on a malformed placeholder.
bool walk(std::string_view pattern, const std::function<void(std::string_view)>& literal,
          const std::function<bool(std::string_view, int)>& placeholder) {
  std::size_t i = 0;
  while (i < pattern.size()) {
    auto open = pattern.find('{', i);
    literal(pattern.substr(i, open == std::string_view::npos ? std::string_view::npos : open - i));
    if (open == std::string_view::npos) return true;
    auto close = pattern.find('}', open);
    if (close == std::string_view::npos) return false;
    auto inner = pattern.substr(open + 1, close - open - 1);
    int width = 0;
    auto colon = inner.find(':');
    if (colon != std::string_view::npos) {
      auto digits = inner.substr(colon + 1);
      if (digits.size() != 1 || digits[0] < '1' || digits[0] > '0' + kMaxSequenceWidth) return false;
      width = digits[0] - '0';
      inner = inner.substr(0, colon);
    }
    if (!placeholder(inner, width)) return false;
    i = close + 1;
  }
  return true;
}

}  // namespace

void validate_registration_pattern(std::string_view pattern, const std::string& field) {
  bool has_sequence = false;
  bool ok = pattern.size() <= kMaxPatternLength &&
            walk(pattern, [](std::string_view) {}, [&](std::string_view name, int width) {
              if (name == "seq") has_sequence = true;
              return name == "seq" || ((name == "year" || name == "region") && width == 0);
            });
  if (!ok) throw ApiError(Err::FieldInvalid, "编号格式只能使用 {year}、{region}、{seq} 或 {seq:N}（N 为 1–9）", field);
  if (!has_sequence) throw ApiError(Err::FieldInvalid, "编号格式必须包含流水号 {seq}", field);
}

std::string format_registration_number(std::string_view pattern, int year, std::string_view region,
                                       std::int64_t sequence) {
  std::string out;
  walk(pattern, [&](std::string_view text) { out += text; }, [&](std::string_view name, int width) {
    if (name == "year") out += std::to_string(year);
    if (name == "region") out += region;
    if (name == "seq") {
      auto digits = std::to_string(sequence);
      if (static_cast<int>(digits.size()) < width) out.append(width - digits.size(), '0');
      out += digits;
    }
    return true;
  });
  return out;
}

}  // namespace kc::cultivation
