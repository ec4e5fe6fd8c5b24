#pragma once
// The life of a matchmaking record (对接记录), issue 4 "Records and publishing": each contact request becomes a
// record with a status 意向 → 洽谈 → 签约 / 终止. An intention may also end at once (意向 → 终止); signed and
// terminated records are final. The transitions are data (kTransitions), the checks pure functions.
#include <optional>
#include <string_view>

namespace kc::market {

enum class MatchStatus { Intention, Negotiating, Signed, Terminated };

struct MatchTransition {
  MatchStatus from;
  MatchStatus to;
};

// Every permitted change; anything else is refused.
inline constexpr MatchTransition kMatchTransitions[] = {
    {MatchStatus::Intention, MatchStatus::Negotiating},
    {MatchStatus::Intention, MatchStatus::Terminated},
    {MatchStatus::Negotiating, MatchStatus::Signed},
    {MatchStatus::Negotiating, MatchStatus::Terminated},
};

bool match_transition_allowed(MatchStatus from, MatchStatus to);
// Open records (意向, 洽谈) may still change; a contact request reuses the open record between the same parties.
bool match_status_open(MatchStatus s);

const char* match_status_code(MatchStatus s);  // intention | negotiating | signed | terminated
const char* match_status_name(MatchStatus s);  // 意向 | 洽谈 | 签约 | 终止
std::optional<MatchStatus> parse_match_status(std::string_view code);

}  // namespace kc::market
