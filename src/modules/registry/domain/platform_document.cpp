#include "modules/registry/domain/platform_document.hpp"

#include <chrono>
#include <regex>

namespace kc::registry {
namespace {

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (auto pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size())) s.replace(pos, from.size(), to);
}

std::string trim_spaces(std::string_view s) {
  auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  auto last = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(first, last - first + 1));
}

}  // namespace

std::optional<std::string> normalise_document_number(std::string_view text) {
  std::string s = trim_spaces(text);
  for (auto open : {"[", "【", "（", "("}) replace_all(s, open, "〔");
  for (auto close : {"]", "】", "）", ")"}) replace_all(s, close, "〕");
  // <issuer>〔YYYY〕<serial>号: an issuer without spaces, a year 1900–2099, a serial without a leading zero.
  // Checked by hand, not with std::regex: its bracket expressions work on bytes, not UTF-8 characters.
  auto open = s.find("〔");
  auto close = s.find("〕");
  if (open == std::string::npos || open == 0 || close != open + std::string_view("〔").size() + 4) return std::nullopt;
  std::string issuer = s.substr(0, open), year = s.substr(open + 3, 4), rest = s.substr(close + 3);
  if (issuer.find_first_of(" \t") != std::string::npos || issuer.find("〕") != std::string::npos) return std::nullopt;
  static const std::regex kYear("^(19|20)[0-9]{2}$"), kSerial("^[1-9][0-9]{0,4}号$");
  if (!std::regex_match(year, kYear) || !std::regex_match(rest, kSerial)) return std::nullopt;
  return s;
}

bool is_civil_date(std::string_view text) {
  static const std::regex kShape("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
  std::string s(text);
  if (!std::regex_match(s, kShape)) return false;
  int y = std::stoi(s.substr(0, 4));
  unsigned m = static_cast<unsigned>(std::stoi(s.substr(5, 2)));
  unsigned d = static_cast<unsigned>(std::stoi(s.substr(8, 2)));
  return y >= 1949 && std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}.ok();
}

}  // namespace kc::registry
