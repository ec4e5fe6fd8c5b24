#pragma once
// The two baselines the segmenter must beat, as the market issue frames them:
//  - SQLite's own trigram tokenizer over the raw abstract, queried with every 3-character
//    window of the query text OR-ed (a phrase query of the whole text would match only itself);
//  - BM25 over overlapping character bigrams of Han runs (ASCII words kept whole), in a
//    unicode61 table, queried with the query's bigrams OR-ed.
#include <string>
#include <string_view>
#include <vector>

namespace kc::bench {

std::vector<std::string> char_bigrams(std::string_view text);
std::string bigram_index_text(std::string_view text);
std::string bigram_match(std::string_view query_text);
std::string trigram_match(std::string_view query_text);

}  // namespace kc::bench
