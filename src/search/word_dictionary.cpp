#include "search/word_dictionary.hpp"

#include <bit>
#include <charconv>
#include <cmath>
#include <fstream>
#include <string>

#include "core/errors.hpp"
#include "search/text_normalize.hpp"

namespace kc::search {
namespace {

constexpr size_t kInitialSlots = size_t{1} << 10;

std::string_view next_field(std::string_view line, size_t& pos) {
  while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
  const size_t start = pos;
  while (pos < line.size() && line[pos] != ' ' && line[pos] != '\t' && line[pos] != '\r') ++pos;
  return line.substr(start, pos - start);
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw ApiError(Err::Unavailable, "中文分词词典无法读取：" + path.string());
  std::string content(static_cast<size_t>(in.tellg()), '\0');
  in.seekg(0);
  in.read(content.data(), static_cast<std::streamsize>(content.size()));
  return content;
}

}  // namespace

WordDictionary::WordDictionary()
    : edge_keys_(kInitialSlots, kEmptyKey), edge_children_(kInitialSlots, kNoNode), node_freq_(1, 0) {}

size_t WordDictionary::slot_of(uint64_t key) const {
  // Fibonacci hashing spreads the packed (node, code) keys; the top bits index the table.
  const int shift = 64 - std::countr_zero(edge_keys_.size());
  size_t slot = static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift);
  while (edge_keys_[slot] != key && edge_keys_[slot] != kEmptyKey) slot = (slot + 1) & (edge_keys_.size() - 1);
  return slot;
}

WordDictionary::Node WordDictionary::child(Node node, char32_t code) const {
  return edge_children_[slot_of(edge_key(node, code))];  // kNoNode in an empty slot
}

void WordDictionary::grow_edges() {
  std::vector<uint64_t> old_keys(edge_keys_.size() * 2, kEmptyKey);
  std::vector<Node> old_children(edge_keys_.size() * 2, kNoNode);
  old_keys.swap(edge_keys_);
  old_children.swap(edge_children_);
  for (size_t i = 0; i < old_keys.size(); ++i) {
    if (old_keys[i] == kEmptyKey) continue;
    const size_t slot = slot_of(old_keys[i]);
    edge_keys_[slot] = old_keys[i];
    edge_children_[slot] = old_children[i];
  }
}

WordDictionary::Node WordDictionary::add_child(Node node, char32_t code) {
  if ((edge_count_ + 1) * 5 > edge_keys_.size() * 3) grow_edges();  // keep the load under 0.6
  const uint64_t key = edge_key(node, code);
  const size_t slot = slot_of(key);
  if (edge_keys_[slot] == key) return edge_children_[slot];
  const auto created = static_cast<Node>(node_freq_.size());
  edge_keys_[slot] = key;
  edge_children_[slot] = created;
  ++edge_count_;
  node_freq_.push_back(0);
  return created;
}

void WordDictionary::add_word(std::string_view word, double freq) {
  if (word.empty()) return;
  Node node = kRoot;
  for (size_t pos = 0; pos < word.size();) {
    const DecodedChar c = decode_utf8_at(word, pos);
    node = add_child(node, c.code);
    pos += c.byte_length;
  }
  if (node_freq_[node] > 0) {
    total_frequency_ -= node_freq_[node];
    --word_count_;
  }
  node_freq_[node] = static_cast<float>(std::max(freq, 0.0));
  total_frequency_ += node_freq_[node];
  word_count_ += node_freq_[node] > 0;
}

void WordDictionary::load_jieba_file(const std::filesystem::path& path) {
  const std::string content = read_file(path);
  // jieba's file has about one trie edge per 10 bytes; sizing up front avoids rehashing.
  while (edge_keys_.size() * 3 < content.size() / 10 * 5) grow_edges();
  size_t line_start = 0;
  while (line_start < content.size()) {
    size_t line_end = content.find('\n', line_start);
    if (line_end == std::string::npos) line_end = content.size();
    const std::string_view line(content.data() + line_start, line_end - line_start);
    size_t pos = 0;
    const std::string_view word = next_field(line, pos);
    const std::string_view freq_text = next_field(line, pos);
    double freq = 0;
    std::from_chars(freq_text.data(), freq_text.data() + freq_text.size(), freq);
    add_word(word, freq);
    line_start = line_end + 1;
  }
}

void WordDictionary::finish() {
  const double log_total = std::log(std::max(total_frequency_, 1.0));
  node_log_prob_.resize(node_freq_.size());
  for (size_t i = 0; i < node_freq_.size(); ++i) {
    node_log_prob_[i] = node_freq_[i] > 0 ? static_cast<float>(std::log(node_freq_[i]) - log_total) : -INFINITY;
  }
  unknown_log_prob_ = static_cast<float>(-log_total);
}

std::optional<float> WordDictionary::word_log_prob(Node node) const {
  if (node >= node_log_prob_.size() || !(node_freq_[node] > 0)) return std::nullopt;
  return node_log_prob_[node];
}

std::optional<double> WordDictionary::frequency(std::string_view word) const {
  Node node = kRoot;
  for (size_t pos = 0; pos < word.size() && node != kNoNode;) {
    const DecodedChar c = decode_utf8_at(word, pos);
    node = child(node, c.code);
    pos += c.byte_length;
  }
  if (word.empty() || node == kNoNode || !(node_freq_[node] > 0)) return std::nullopt;
  return node_freq_[node];
}

}  // namespace kc::search
