#include "modules/market/matchmaking/domain/matchmaking_status.hpp"

namespace kc::market {

namespace {
struct StatusText {
  MatchStatus status;
  const char* code;
  const char* name;
};
constexpr StatusText kTexts[] = {{MatchStatus::Intention, "intention", "意向"},
                                 {MatchStatus::Negotiating, "negotiating", "洽谈"},
                                 {MatchStatus::Signed, "signed", "签约"},
                                 {MatchStatus::Terminated, "terminated", "终止"}};
const StatusText& text_of(MatchStatus s) { return kTexts[static_cast<int>(s)]; }
}  // namespace

bool match_transition_allowed(MatchStatus from, MatchStatus to) {
  for (const auto& t : kMatchTransitions)
    if (t.from == from && t.to == to) return true;
  return false;
}

bool match_status_open(MatchStatus s) { return s == MatchStatus::Intention || s == MatchStatus::Negotiating; }

const char* match_status_code(MatchStatus s) { return text_of(s).code; }
const char* match_status_name(MatchStatus s) { return text_of(s).name; }

std::optional<MatchStatus> parse_match_status(std::string_view code) {
  for (const auto& t : kTexts)
    if (code == t.code) return t.status;
  return std::nullopt;
}

}  // namespace kc::market
