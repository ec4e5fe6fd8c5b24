#pragma once
// Chinese full-text search over published demands and achievements (src/search): the segmenter over jieba's
// dictionary, and the per-backend SQL — SQLite FTS5 tables (one per listing type, rowid = listing id) vs a stored
// generated tsvector column with a GIN index in PostgreSQL, read through one view per type.
#include <string>
#include <vector>

#include "db/db.hpp"
#include "modules/market/search_targets.hpp"
#include "modules/market/suggest.hpp"
#include "search/segmenter.hpp"
#include "search/term_weights.hpp"

namespace kc::market {

enum class ListingType { Demand, Achievement };

// Where the product keeps its copy of the dictionary, and where Debian's python3-jieba installs it.
std::string dictionary_path(const std::string& data_dir);  // <data_dir>/dict/jieba.dict.txt
inline constexpr const char* kDebianJiebaDictionary = "/usr/lib/python3/dist-packages/jieba/dict.txt";

// Copies the Debian dictionary into the data directory unless a copy is there. Returns "" on success, otherwise
// a Chinese explanation (the server still starts; searching and publishing then answer 503 with it).
std::string prepare_dictionary(const std::string& data_dir);

// The process-wide segmenter, loaded on first use from the data directory's copy.
// Throws ApiError(Unavailable) naming the missing file.
const search::Segmenter& segmenter(const std::string& data_dir);

// The dialect-specific part of the listings schema (a migration `load` step).
void create_search_schema(db::Connection& c);

struct IndexedText {
  std::string title, keywords, body;  // search-mode tokens joined by spaces
  std::string chars;                  // the distinct Han characters of title and keywords (han_char_tokens)
  std::vector<SuggestTerm> suggestions;
};
IndexedText index_text(const search::Segmenter& s, const std::string& title, const std::string& keywords,
                       const std::string& body);

// The words of a stored token column (space-separated, as index_text writes them).
std::vector<std::string> indexed_words(const std::string& tokens);

// The distinct Han characters of `text`, space-separated. Indexed (title and keywords only, to keep the index
// small) so that a one-character query finds 泵 in 水泵 and 离心泵, which the word tokens do not start with.
std::string han_char_tokens(std::string_view text);

// Stores the tokens of a record being published (and, with SQLite, its FTS5 row) and its suggestion terms.
void index_document(db::Connection& c, const SearchTarget& target, std::int64_t id, const IndexedText& text);
void index_listing(db::Connection& c, ListingType type, std::int64_t id, const IndexedText& text);

}  // namespace kc::market
