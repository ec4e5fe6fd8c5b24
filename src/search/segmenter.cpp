#include "search/segmenter.hpp"

#include <cmath>
#include <fstream>
#include <span>

#include "core/errors.hpp"
#include "search/text_normalize.hpp"

namespace kc::search {
namespace {

// Word candidates over one run of Han characters: edge k -> to means chars [k, to) are a word.
struct Dag {
  struct Edge {
    uint32_t to;
    float log_prob;
  };
  std::vector<Edge> edges;
  std::vector<uint32_t> first_edge;  // edges of char k: [first_edge[k], first_edge[k + 1])
  std::vector<float> best;           // best[k]: log probability of the best route from k
  std::vector<uint32_t> next;        // next[k]: end of the word the best route takes at k

  std::span<const Edge> from(uint32_t k) const {
    return {edges.data() + first_edge[k], edges.data() + first_edge[k + 1]};
  }
};

std::string_view bytes_of(std::string_view text, std::span<const DecodedChar> run, uint32_t from,
                          uint32_t to) {
  const uint32_t begin = run[from].byte_offset;
  const uint32_t end = run[to - 1].byte_offset + run[to - 1].byte_length;
  return text.substr(begin, end - begin);
}

void build_dag(const WordDictionary& dict, std::span<const DecodedChar> run, Dag& dag) {
  const auto n = static_cast<uint32_t>(run.size());
  dag.edges.clear();
  dag.first_edge.assign(1, 0);
  for (uint32_t k = 0; k < n; ++k) {
    WordDictionary::Node node = WordDictionary::kRoot;
    for (uint32_t to = k; to < n; ++to) {
      node = dict.child(node, run[to].code);
      if (node == WordDictionary::kNoNode) break;
      if (auto log_prob = dict.word_log_prob(node)) dag.edges.push_back({to + 1, *log_prob});
    }
    dag.first_edge.push_back(static_cast<uint32_t>(dag.edges.size()));
  }
}

// jieba's calc(): best route from the right; a char that starts no word counts as a one-char
// word of frequency 1. Ties go to the longer word.
void find_best_route(const WordDictionary& dict, Dag& dag) {
  const auto n = static_cast<uint32_t>(dag.first_edge.size() - 1);
  dag.best.assign(n + 1, 0.0f);
  dag.next.assign(n, 0);
  for (uint32_t k = n; k-- > 0;) {
    float best = dict.unknown_char_log_prob() + dag.best[k + 1];
    uint32_t next = k + 1;
    bool found = false;
    for (const Dag::Edge& edge : dag.from(k)) {
      const float score = edge.log_prob + dag.best[edge.to];
      if (!found || score >= best) best = score, next = edge.to, found = true;
    }
    dag.best[k] = best;
    dag.next[k] = next;
  }
}

using Sink = std::function<void(std::string_view)>;

void emit_words_inside(std::string_view text, std::span<const DecodedChar> run, const Dag& dag,
                       uint32_t from, uint32_t to, const Sink& emit) {
  for (uint32_t k = from; k < to; ++k) {
    for (const Dag::Edge& edge : dag.from(k)) {
      const bool whole_word = k == from && edge.to == to;
      if (edge.to <= to && edge.to - k >= 2 && !whole_word) emit(bytes_of(text, run, k, edge.to));
    }
  }
}

struct RunContext {
  const WordDictionary& dict;
  std::string_view text;
  std::span<const DecodedChar> run;
  CutMode mode;
  bool bigrams_for_unknown;
  const std::function<bool(std::string_view)>& is_stopword;
  const Sink& emit;
};

// Characters the route left single (no dictionary word covers them), stopwords excepted, are
// mostly pieces of words jieba's dictionary lacks (忆阻器 -> 忆 阻 器). Overlapping bigrams of
// such a run (忆阻 阻器) keep them searchable as units, as CJK bigram indexing would.
void emit_single_chars(const RunContext& c, uint32_t from, uint32_t to) {
  if (!c.bigrams_for_unknown || to - from < 2) {
    for (uint32_t k = from; k < to; ++k) c.emit(bytes_of(c.text, c.run, k, k + 1));
    return;
  }
  for (uint32_t k = from; k + 1 < to; ++k) c.emit(bytes_of(c.text, c.run, k, k + 2));
}

void cut_han_run(const RunContext& c, Dag& dag) {
  build_dag(c.dict, c.run, dag);
  find_best_route(c.dict, dag);
  uint32_t singles_from = 0;  // start of the pending run of single characters
  for (uint32_t k = 0; k < c.run.size(); k = dag.next[k]) {
    const uint32_t to = dag.next[k];
    const bool single = to - k == 1 && !c.is_stopword(bytes_of(c.text, c.run, k, to));
    if (single) continue;
    emit_single_chars(c, singles_from, k);
    singles_from = to;
    if (c.mode == CutMode::Search && to - k >= 3) emit_words_inside(c.text, c.run, dag, k, to, c.emit);
    c.emit(bytes_of(c.text, c.run, k, to));
  }
  emit_single_chars(c, singles_from, static_cast<uint32_t>(c.run.size()));
}

template <typename Predicate>
size_t run_end(const std::vector<DecodedChar>& chars, size_t from, Predicate belongs) {
  while (from < chars.size() && belongs(chars[from].code)) ++from;
  return from;
}

std::string read_text_file(const std::filesystem::path& path, const char* what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ApiError(Err::Unavailable, std::string(what) + "无法读取：" + path.string());
  return std::string(std::istreambuf_iterator<char>(in), {});
}

template <typename LineHandler>
void for_each_line(const std::string& content, LineHandler handle) {
  size_t start = 0;
  while (start < content.size()) {
    size_t end = content.find('\n', start);
    if (end == std::string::npos) end = content.size();
    std::string_view line(content.data() + start, end - start);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
      line.remove_suffix(1);
    }
    if (!line.empty()) handle(line);
    start = end + 1;
  }
}

}  // namespace

Segmenter::Segmenter(const SegmenterConfig& config)
    : bigrams_for_unknown_runs_(config.bigrams_for_unknown_runs) {
  dictionary_.load_jieba_file(config.dictionary);
  dictionary_.finish();
  if (!config.user_dictionary.empty()) load_user_dictionary(config.user_dictionary);
  for (const std::string& word : config.user_words) add_user_word(word, 0);
  dictionary_.finish();
  if (!config.stopwords.empty()) load_stopwords(config.stopwords);
  for (const std::string& word : config.extra_stopwords) stopwords_.insert(normalize_text(word));
}

void Segmenter::add_user_word(std::string_view word, double freq) {
  const std::string normalized = normalize_text(word);
  dictionary_.add_word(normalized, freq > 0 ? freq : frequency_to_keep_whole(normalized));
}

double Segmenter::frequency_to_keep_whole(std::string_view word) const {
  const std::vector<DecodedChar> chars = decode_utf8(word);
  Dag dag;
  build_dag(dictionary_, chars, dag);
  find_best_route(dictionary_, dag);
  const double split_freq = std::exp(static_cast<double>(dag.best[0])) * dictionary_.total_frequency();
  return std::max(std::floor(split_freq) + 1, dictionary_.frequency(word).value_or(1));
}

void Segmenter::load_user_dictionary(const std::filesystem::path& path) {
  const std::string content = read_text_file(path, "用户词典");
  for_each_line(content, [&](std::string_view line) {
    const size_t space = line.find_first_of(" \t");
    const std::string_view word = line.substr(0, space);
    double freq = 0;
    if (space != std::string_view::npos) freq = std::atof(std::string(line.substr(space + 1)).c_str());
    add_user_word(word, freq);
  });
}

void Segmenter::load_stopwords(const std::filesystem::path& path) {
  const std::string content = read_text_file(path, "停用词表");
  for_each_line(content, [&](std::string_view line) {
    if (line.front() != '#') stopwords_.insert(normalize_text(line));
  });
}

bool Segmenter::is_stopword(std::string_view token) const {
  return !stopwords_.empty() && stopwords_.contains(token);
}

void Segmenter::cut(std::string_view text, CutMode mode, const Sink& sink) const {
  const std::string normalized = normalize_text(text);
  const std::vector<DecodedChar> chars = decode_utf8(normalized);
  const Sink emit = [&](std::string_view token) {
    if (!is_stopword(token)) sink(token);
  };
  const std::function<bool(std::string_view)> stopword = [this](std::string_view t) { return is_stopword(t); };
  Dag dag;
  for (size_t i = 0; i < chars.size();) {
    if (is_han(chars[i].code)) {
      const size_t end = run_end(chars, i, is_han);
      const RunContext context{dictionary_, normalized, std::span(chars).subspan(i, end - i), mode,
                               bigrams_for_unknown_runs_, stopword, emit};
      cut_han_run(context, dag);
      i = end;
    } else if (is_ascii_alnum(chars[i].code)) {
      const size_t end = run_end(chars, i, is_ascii_alnum);
      emit(bytes_of(normalized, chars, static_cast<uint32_t>(i), static_cast<uint32_t>(end)));
      i = end;
    } else {
      ++i;  // punctuation, spaces, other scripts and invalid bytes only separate tokens
    }
  }
}

std::vector<std::string> Segmenter::cut(std::string_view text, CutMode mode) const {
  std::vector<std::string> tokens;
  cut(text, mode, [&](std::string_view token) { tokens.emplace_back(token); });
  return tokens;
}

std::string Segmenter::index_text(std::string_view text) const {
  std::string joined;
  joined.reserve(text.size() * 2);
  cut(text, CutMode::Search, [&](std::string_view token) {
    if (!joined.empty()) joined.push_back(' ');
    joined += token;
  });
  return joined;
}

const std::vector<std::string>& default_domain_words() {
  // Terms from the bureau's programmes (科技部/工信部 policy names) that the general dictionary
  // splits into pieces; search mode still emits the pieces (科技型, 中小企业 ...).
  static const std::vector<std::string> words = {
      "科技型中小企业", "高新技术企业", "揭榜挂帅",   "技术合同",     "众创空间",
      "新型研发机构",   "专精特新",     "科技成果转化", "技术经纪人",   "技术转移",
      "孵化器",         "产学研",       "研发投入",     "首台套",       "技术交易",
      "科技特派员",     "瞪羚企业",     "独角兽企业",   "小巨人企业",   "创新联合体",
  };
  return words;
}

}  // namespace kc::search
