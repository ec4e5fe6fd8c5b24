#pragma once
// The word list behind the segmenter: jieba's dict.txt ("word freq [pos]" per line) plus user
// words, held as a character trie. The trie's edges live in one open-addressing hash table keyed
// by (node, code point) and its nodes in two flat arrays, so loading jieba's 349k words makes no
// per-node allocation and walking a sentence costs one hash probe per character (a sorted word
// vector with binary searches was tried first: 3x slower to segment, see README.md).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

namespace kc::search {

class WordDictionary {
 public:
  using Node = uint32_t;
  static constexpr Node kRoot = 0;
  static constexpr Node kNoNode = UINT32_MAX;

  WordDictionary();

  // Adds every line of a jieba-format dictionary. Throws kc::ApiError(Unavailable) when the
  // file cannot be read: search cannot work without it and the operator must see why.
  void load_jieba_file(const std::filesystem::path& path);
  // Adds one word; adding a word again replaces its frequency.
  void add_word(std::string_view word, double freq);
  // Recomputes word probabilities from the frequency total; call after adding words and
  // before segmenting.
  void finish();

  // The node reached from `node` by `code`, or kNoNode.
  Node child(Node node, char32_t code) const;
  // log(freq / total) when the path to `node` spells a word with a positive frequency.
  std::optional<float> word_log_prob(Node node) const;
  std::optional<double> frequency(std::string_view word) const;
  double total_frequency() const { return total_frequency_; }
  // log(1 / total): what a character that is no word costs in a route, as in jieba.
  float unknown_char_log_prob() const { return unknown_log_prob_; }
  size_t word_count() const { return word_count_; }
  size_t node_count() const { return node_freq_.size(); }

 private:
  static constexpr uint64_t kEmptyKey = UINT64_MAX;
  static uint64_t edge_key(Node node, char32_t code) { return (uint64_t{node} << 21) | code; }
  size_t slot_of(uint64_t key) const;
  Node add_child(Node node, char32_t code);
  void grow_edges();

  std::vector<uint64_t> edge_keys_;      // open addressing, linear probing, power-of-two size
  std::vector<Node> edge_children_;
  size_t edge_count_ = 0;
  std::vector<float> node_freq_;         // 0 for nodes that are only prefixes
  std::vector<float> node_log_prob_;
  size_t word_count_ = 0;
  double total_frequency_ = 0;
  float unknown_log_prob_ = 0;
};

}  // namespace kc::search
