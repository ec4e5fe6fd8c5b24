#pragma once
// Suggestions as the user types (GET /api/v1/market/suggest). Each published record is filed under a few terms:
// its normalised title, the title from each of its words on (so 电池 finds 新型固态储能电池隔膜材料: "containing" at
// word starts) and each keyword. A prefix is then a range scan of the primary key (target, term, …) in byte order:
// term >= prefix AND term < prefix + U+10FFFF, the same plan on both backends and independent of the table size.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "db/db.hpp"
#include "modules/market/search_targets.hpp"
#include "search/segmenter.hpp"

namespace kc::market {

struct SuggestTerm {
  std::string term;     // normalised (search::normalize_text), at most kMaxSuggestTermChars characters
  std::string display;  // what the list shows: the title, or the keyword as written
};
inline constexpr std::size_t kMaxSuggestTermsPerTitle = 8;
inline constexpr std::size_t kMaxSuggestTermChars = 40;

std::vector<SuggestTerm> suggestion_terms(const search::Segmenter& s, std::string_view title,
                                          std::string_view keywords);

// The exclusive upper bound of the strings starting with `prefix` in byte order.
std::string prefix_upper_bound(std::string_view prefix);

void store_suggestions(db::Connection& c, const SearchTarget& t, std::int64_t id, const std::vector<SuggestTerm>& terms);

struct Suggestion {
  std::string text;
  std::int64_t id;  // the record it came from (the first, when several share the text)
};
// Distinct texts filed under a term starting with the normalised `prefix`, in term order (index order: the scan
// stops after a few rows however many records share the prefix).
std::vector<Suggestion> suggest(db::Connection& c, const SearchTarget& t, std::string_view prefix, std::int64_t limit);

}  // namespace kc::market
