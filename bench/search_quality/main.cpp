// kc_bench_search_quality: precision@10 by discipline on the CSLDCP abstracts for the word index
// (our segmenter + FTS5 bm25) and its query-handling variants, against SQLite's trigram
// tokenizer and character-bigram BM25, all from the same run and the same sampled queries.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "baselines.hpp"
#include "corpus.hpp"
#include "evaluation.hpp"
#include "feedback.hpp"
#include "search/segmenter.hpp"
#include "search/term_weights.hpp"
#include "sqlite_fts.hpp"
#include "word_queries.hpp"

namespace kc::bench {
namespace {

struct Options {
  std::string corpus = "/work/shared/data/corpus_csl/csldcp_fewclue.jsonl";
  std::string dictionary = "/usr/lib/python3/dist-packages/jieba/dict.txt";
  std::string idf = "/usr/lib/python3/dist-packages/jieba/analyse/idf.txt";
  std::string stopwords = "/usr/share/friso/dict/UTF-8/lex-stopword.lex";
  size_t sample = 1000;
  uint32_t seed = 42;
  size_t query_chars = 100;
  std::string only;  // run only the methods whose name contains this
};

Options parse_options(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (arg == "--corpus") options.corpus = value();
    else if (arg == "--dict") options.dictionary = value();
    else if (arg == "--idf") options.idf = value();
    else if (arg == "--stopwords") options.stopwords = value();
    else if (arg == "--sample") options.sample = std::stoul(value());
    else if (arg == "--seed") options.seed = static_cast<uint32_t>(std::stoul(value()));
    else if (arg == "--query-chars") options.query_chars = std::stoul(value());
    else if (arg == "--only") options.only = value();
    else {
      std::printf("usage: kc_bench_search_quality [--corpus F] [--dict F] [--idf F] [--stopwords F]\n"
                  "  [--sample N=1000] [--seed S=42] [--query-chars C=100] [--only NAME-PART]\n");
      std::exit(arg == "--help" ? 0 : 2);
    }
  }
  return options;
}

// `only` is a comma-separated list of name parts; empty selects everything.
bool selected(const std::string& name, const std::string& only) {
  if (only.empty()) return true;
  size_t start = 0;
  while (start <= only.size()) {
    size_t end = only.find(',', start);
    if (end == std::string::npos) end = only.size();
    if (end > start && name.find(only.substr(start, end - start)) != std::string::npos) return true;
    start = end + 1;
  }
  return false;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

template <typename ToText>
void build_index(SqliteFts& db, const std::string& table, const std::string& tokenizer,
                 const std::vector<Record>& records, ToText to_text) {
  const auto start = std::chrono::steady_clock::now();
  db.create_table(table, tokenizer);
  db.begin();
  for (size_t i = 0; i < records.size(); ++i) db.insert(table, static_cast<int64_t>(i + 1), to_text(records[i].text));
  db.commit();
  const double seconds = seconds_since(start);
  std::printf("index %-8s %6zu docs in %6.2f s = %7.0f docs/s (tokenising + FTS5 insert), %5.1f MB of pages\n",
              table.c_str(), records.size(), seconds, records.size() / seconds, db.table_bytes(table) / 1e6);
}

// BM25-style IDF from a table's own document frequencies; terms it lacks get 0 (they cannot
// match anything there).
search::IdfTable corpus_idf(SqliteFts& db, const std::string& table, size_t documents) {
  search::IdfTable idf;
  idf.set_default_idf(0);
  const double n = static_cast<double>(documents);
  for (const auto& [term, df] : db.document_frequencies(table)) {
    idf.add(term, search::bm25_idf(static_cast<double>(df), n));
  }
  return idf;
}

void measure_segmentation(const search::Segmenter& segmenter, const std::vector<Record>& records) {
  for (auto mode : {search::CutMode::Precise, search::CutMode::Search}) {
    size_t bytes = 0, tokens = 0;
    const auto start = std::chrono::steady_clock::now();
    for (const Record& r : records) {
      bytes += r.text.size();
      segmenter.cut(r.text, mode, [&](std::string_view) { ++tokens; });
    }
    const double seconds = seconds_since(start);
    std::printf("segment %-7s %.1f MB in %.3f s = %.2f MB/s, %zu tokens\n",
                mode == search::CutMode::Precise ? "precise" : "search", bytes / 1e6, seconds,
                bytes / 1e6 / seconds, tokens);
  }
}

}  // namespace

int run(int argc, char** argv) {
  const Options options = parse_options(argc, argv);
  const std::vector<Record> records = load_labelled_records(options.corpus);
  std::printf("corpus: %zu labelled abstracts; sample %zu (seed %u); query = first %zu characters of the abstract\n",
              records.size(), options.sample, options.seed, options.query_chars);

  auto start = std::chrono::steady_clock::now();
  const search::Segmenter plain({.dictionary = options.dictionary, .user_words = search::default_domain_words()});
  std::printf("segmenter load (dict.txt + %zu user words): %.0f ms, %zu words, %zu trie nodes\n",
              search::default_domain_words().size(), seconds_since(start) * 1000, plain.dictionary().word_count(),
              plain.dictionary().node_count());
  const search::Segmenter filtered({.dictionary = options.dictionary,
                                    .user_words = search::default_domain_words(),
                                    .stopwords = options.stopwords});
  start = std::chrono::steady_clock::now();
  search::IdfTable jieba_idf;
  jieba_idf.load_jieba_idf(options.idf);
  std::printf("jieba idf.txt load: %.0f ms, %zu words\n", seconds_since(start) * 1000, jieba_idf.size());
  measure_segmentation(filtered, records);

  SqliteFts db;
  build_index(db, "words", "unicode61", records, [&](const std::string& t) { return filtered.index_text(t); });
  build_index(db, "bigrams", "unicode61", records, bigram_index_text);
  build_index(db, "trigram", "trigram", records, [](const std::string& t) { return t; });
  const search::IdfTable idf = corpus_idf(db, "words", records.size());
  const search::IdfTable bigram_idf = corpus_idf(db, "bigrams", records.size());
  std::vector<std::vector<std::string>> word_docs, bigram_docs;
  for (const Record& r : records) {
    word_docs.push_back(filtered.cut(r.text, search::CutMode::Search));
    bigram_docs.push_back(char_bigrams(r.text));
  }
  using search::CutMode;
  const TokenIndex word_index{db, "words", [&](const std::string& q) { return filtered.cut(q); }, idf, word_docs};
  const TokenIndex word_index_search_mode{
      db, "words", [&](const std::string& q) { return filtered.cut(q, CutMode::Search); }, idf, word_docs};
  const TokenIndex bigram_index{db, "bigrams", [](const std::string& q) { return char_bigrams(q); }, bigram_idf,
                                bigram_docs};

  const auto fts = [&](const std::string& table, auto to_match) -> SearchFn {
    return [&db, table, to_match](const std::string& q, int64_t, int limit) {
      return db.search(table, to_match(q), limit);
    };
  };
  const auto words = [&](const search::Segmenter& segmenter, WordQueryOptions o) {
    return fts("words", [&segmenter, o](const std::string& q) { return word_match(segmenter, q, o); });
  };
  const std::vector<Strategy> strategies = {
      {"trigram: OR of query trigrams", fts("trigram", trigram_match)},
      {"bigram: OR of query bigrams", fts("bigrams", bigram_match)},
      {"words: all tokens", words(plain, {})},
      {"words: - stopwords", words(filtered, {})},
      {"words: - stopwords - single chars", words(filtered, {.drop_single_chars = true})},
      {"words: search-mode query", words(filtered, {.mode = CutMode::Search})},
      {"words: top-12 by jieba idf", words(filtered, {.idf = &jieba_idf, .top_k = 12})},
      {"words: top-12 by corpus idf", words(filtered, {.idf = &idf, .top_k = 12})},
      {"words: top-24 by corpus idf", words(filtered, {.idf = &idf, .top_k = 24})},
      {"words: all, tf-idf weights x3", weighted_search(word_index)},
      {"words: x3 + cosine re-rank of top 100", cosine_rerank_search(word_index, 100)},
      {"words: x3 + feedback 5 docs [chosen]", feedback_search(word_index, {})},
      {"words: x3 + feedback 10 docs", feedback_search(word_index, {.feedback_docs = 10})},
      {"words: search-mode query x3", weighted_search(word_index_search_mode)},
      {"words: search-mode query x3 + feedback 5", feedback_search(word_index_search_mode, {})},
      {"fusion: words x3 + bigram", rank_fusion_search(weighted_search(word_index), fts("bigrams", bigram_match), 50)},
      {"bigram: tf-idf weights x3", weighted_search(bigram_index)},
      {"bigram: x3 + feedback 5 docs", feedback_search(bigram_index, {})},
      {"fusion: words fb5 + bigram fb5", rank_fusion_search(feedback_search(word_index, {}), feedback_search(bigram_index, {}), 30)},
  };
  const std::vector<size_t> sample = sample_indices(records.size(), options.sample, options.seed);
  std::printf("\n%-50s %8s %9s %9s %7s\n", "method", "P@10", "mean ms", "p95 ms", "empty");
  for (const Strategy& strategy : strategies) {
    if (!selected(strategy.name, options.only)) continue;
    const Score s = evaluate(strategy, records, sample, options.query_chars);
    std::printf("%-50s %8.4f %9.2f %9.2f %6.1f%%\n", strategy.name.c_str(), s.precision_at_10, s.mean_ms, s.p95_ms,
                s.empty_share * 100);
    std::fflush(stdout);
  }
  return 0;
}

}  // namespace kc::bench

int main(int argc, char** argv) {
  try {
    return kc::bench::run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "kc_bench_search_quality: %s\n", e.what());
    return 1;
  }
}
