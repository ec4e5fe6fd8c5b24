#pragma once
// The word list behind the segmenter: jieba's dict.txt ("word freq [pos]" per line) plus user
// words, held as one byte arena and a vector of entries sorted by their UTF-8 bytes. Sorted
// UTF-8 is a trie in disguise: all words sharing a prefix form one contiguous range, so walking
// a sentence character by character is a sequence of binary searches inside an ever smaller
// range, with a hash from the first character to its range to skip the widest search. This
// loads in a single sort (no per-node allocations) and needs about 10 bytes per word beyond
// the file itself.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kc::search {

class WordDictionary {
 public:
  // The entries whose words start with the same `prefix_bytes` bytes.
  struct Range {
    uint32_t begin = 0;
    uint32_t end = 0;
    uint32_t prefix_bytes = 0;
    bool empty() const { return begin >= end; }
  };

  // Appends every line of a jieba-format dictionary. Throws kc::ApiError(Unavailable) when the
  // file cannot be read: search cannot work without it and the operator must see why.
  void load_jieba_file(const std::filesystem::path& path);
  // Appends one word; a later entry for the same word replaces an earlier one.
  void add_word(std::string_view word, double freq);
  // Sorts what was added since the last call and rebuilds the lookup index; lookups are only
  // valid after it. Cheap when few words were added to a finished dictionary.
  void finish();

  Range start(std::string_view first_char_bytes) const;
  Range extend(Range range, std::string_view next_char_bytes) const;
  // log(freq / total) when the range's prefix is itself a word with a positive frequency.
  std::optional<float> word_log_prob(Range range) const;
  std::optional<double> frequency(std::string_view word) const;
  double total_frequency() const { return total_frequency_; }
  // log(1 / total): what a character that is no word costs in a route, as in jieba.
  float unknown_char_log_prob() const { return unknown_log_prob_; }
  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    uint32_t offset;
    uint16_t length;
    float freq;
    float log_prob;
  };
  std::string_view text_of(const Entry& e) const { return {arena_.data() + e.offset, e.length}; }
  Range lookup(std::string_view word) const;
  void sort_new_entries();
  void drop_replaced_duplicates();
  void rebuild_first_char_index();

  std::string arena_;  // word bytes (a loaded file is kept whole; entries point into it)
  std::vector<Entry> entries_;
  size_t sorted_count_ = 0;
  std::unordered_map<uint32_t, Range> first_char_ranges_;  // keyed by the first char's bytes
  double total_frequency_ = 0;
  float unknown_log_prob_ = 0;
};

}  // namespace kc::search
