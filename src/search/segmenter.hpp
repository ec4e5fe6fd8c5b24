#pragma once
// Chinese word segmentation for search, in the manner of jieba: every dictionary word starting
// at each character forms a DAG over the sentence, and dynamic programming picks the route with
// the highest product of word probabilities. Runs of ASCII letters/digits are kept as
// lower-cased tokens; punctuation, spaces and other scripts separate tokens. Text is normalised
// first (full-width -> half-width, lower case), see text_normalize.hpp.
//
// Search mode additionally emits the dictionary words of two or more characters found inside a
// longer word, before the word itself (平顶山 -> 平顶 平顶山), so an index built in search mode
// answers queries for the parts of compound words.
//
// A Segmenter is immutable once constructed; cut() may be called from any number of threads.
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "search/word_dictionary.hpp"

namespace kc::search {

enum class CutMode { Precise, Search };

struct SegmenterConfig {
  // jieba's dict.txt (Debian python3-jieba: /usr/lib/python3/dist-packages/jieba/dict.txt).
  std::filesystem::path dictionary{};
  // Optional jieba-format user dictionary: "word [freq] [pos]" per line.
  std::filesystem::path user_dictionary{};
  // Extra words; without a frequency each gets just enough to be kept whole (jieba's
  // suggest_freq), which is what a domain term needs.
  std::vector<std::string> user_words{};
  // Optional stopword list, one word per line (lines starting with '#' are ignored; friso's
  // lex-stopword.lex has this format).
  std::filesystem::path stopwords{};
  std::vector<std::string> extra_stopwords{};
  // Runs of two or more characters that no dictionary word covers (忆阻器 -> 忆 阻 器) are emitted
  // as overlapping bigrams (忆阻 阻器) instead of single characters, in both modes, so words
  // missing from the dictionary stay searchable. jieba uses an HMM here instead.
  bool bigrams_for_unknown_runs = true;
};

class Segmenter {
 public:
  // Throws kc::ApiError(Unavailable) when a configured file cannot be read.
  explicit Segmenter(const SegmenterConfig& config);

  std::vector<std::string> cut(std::string_view text, CutMode mode = CutMode::Precise) const;
  // Calls `sink` for every token (views valid during the call only); avoids one allocation per
  // token when indexing large volumes.
  void cut(std::string_view text, CutMode mode,
           const std::function<void(std::string_view)>& sink) const;
  // Search-mode tokens joined by single spaces: the value to store in a full-text column.
  std::string index_text(std::string_view text) const;

  bool is_stopword(std::string_view token) const;
  const WordDictionary& dictionary() const { return dictionary_; }

 private:
  void add_user_word(std::string_view word, double freq);
  void load_user_dictionary(const std::filesystem::path& path);
  void load_stopwords(const std::filesystem::path& path);
  // Frequency that makes the route keeping `word` whole at least as likely as its best split.
  double frequency_to_keep_whole(std::string_view word) const;

  // Transparent hashing lets the hot path look up string_views without building strings.
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  bool bigrams_for_unknown_runs_;
  WordDictionary dictionary_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> stopwords_;
};

// Technology-service terms the bureau uses that jieba's general dictionary splits; give them to
// SegmenterConfig::user_words.
const std::vector<std::string>& default_domain_words();

}  // namespace kc::search
