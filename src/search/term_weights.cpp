#include "search/term_weights.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <unordered_map>

#include "core/errors.hpp"
#include "search/text_normalize.hpp"

namespace kc::search {

void IdfTable::load_jieba_idf(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ApiError(Err::Unavailable, "词语逆文档频率表无法读取：" + path.string());
  std::string line;
  while (std::getline(in, line)) {
    const size_t space = line.find(' ');
    if (space == std::string::npos) continue;
    double value = 0;
    const char* number = line.data() + space + 1;
    if (std::from_chars(number, line.data() + line.size(), value).ec == std::errc()) {
      add(std::string_view(line).substr(0, space), value);
    }
  }
  std::vector<double> values;
  values.reserve(idf_.size());
  for (const auto& entry : idf_) values.push_back(entry.second);
  if (values.empty()) return;
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2), values.end());
  default_idf_ = values[values.size() / 2];
}

void IdfTable::add(std::string_view word, double idf) {
  idf_.insert_or_assign(normalize_text(word), idf);
}

double IdfTable::idf(std::string_view word) const {
  const auto it = idf_.find(word);
  return it != idf_.end() ? it->second : default_idf_;
}

double bm25_idf(double document_frequency, double document_count) {
  return std::log(1 + (document_count - document_frequency + 0.5) / (document_frequency + 0.5));
}

std::vector<WeightedTerm> top_terms_by_tf_idf(std::span<const std::string> tokens, const IdfTable& idf,
                                              size_t limit) {
  std::vector<WeightedTerm> terms;
  std::unordered_map<std::string_view, size_t> position;
  for (const std::string& token : tokens) {
    const DecodedChar first = token.empty() ? DecodedChar{0, 0, 0} : decode_utf8_at(token, 0);
    const bool lone_non_ascii_char = first.byte_length == token.size() && first.code >= 0x80;
    if (token.empty() || lone_non_ascii_char) continue;
    const auto [it, inserted] = position.emplace(token, terms.size());
    if (inserted) terms.push_back({token, 0});
    terms[it->second].weight += idf.idf(token);
  }
  std::stable_sort(terms.begin(), terms.end(),
                   [](const WeightedTerm& a, const WeightedTerm& b) { return a.weight > b.weight; });
  if (terms.size() > limit) terms.resize(limit);
  return terms;
}

}  // namespace kc::search
