#pragma once
// Query-side term weighting: which words of a long query (a pasted abstract, the description
// of a technology need) actually say what it is about. Inverse document frequencies come either
// from jieba's general idf.txt (Debian python3-jieba: .../jieba/analyse/idf.txt, "word idf" per
// line) or from the caller's own index (e.g. SQLite's fts5vocab), via add().
#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kc::search {

class IdfTable {
 public:
  // Throws kc::ApiError(Unavailable) when the file cannot be read. Sets the default IDF to the
  // median of the file, as jieba's keyword extraction does: a word no table knows is probably
  // specific, but a guess should not dominate.
  void load_jieba_idf(const std::filesystem::path& path);
  void add(std::string_view word, double idf);
  void set_default_idf(double idf) { default_idf_ = idf; }
  double idf(std::string_view word) const;
  size_t size() const { return idf_.size(); }

 private:
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, double, StringHash, std::equal_to<>> idf_;
  double default_idf_ = 1.0;  // for words not in the table
};

// The IDF bm25() uses, from an index's own statistics (e.g. SQLite's fts5vocab 'row' table:
// SELECT term, doc FROM <table>_vocab): ln(1 + (N - df + 0.5) / (df + 0.5)). For a table built
// this way set_default_idf(0): a word the index lacks cannot match, so it should not take a
// query slot.
double bm25_idf(double document_frequency, double document_count);

struct WeightedTerm {
  std::string term;
  double weight;  // tf-in-query x idf
};

// Distinct tokens ranked by tf x idf (ties keep first-seen order), at most `limit` of them.
// Single characters other than ASCII are left out: alone they say little about a topic.
std::vector<WeightedTerm> top_terms_by_tf_idf(std::span<const std::string> tokens, const IdfTable& idf,
                                              size_t limit);

}  // namespace kc::search
