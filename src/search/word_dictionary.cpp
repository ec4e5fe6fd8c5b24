#include "search/word_dictionary.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <iterator>

#include "core/errors.hpp"
#include "search/text_normalize.hpp"

namespace kc::search {
namespace {

// A first character is at most 4 bytes; packing them into an integer gives a cheap hash key.
uint32_t char_key(std::string_view bytes) {
  uint32_t key = 0;
  for (unsigned char b : bytes) key = (key << 8) | b;
  return key;
}

std::string_view next_field(std::string_view line, size_t& pos) {
  while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
  const size_t start = pos;
  while (pos < line.size() && line[pos] != ' ' && line[pos] != '\t' && line[pos] != '\r') ++pos;
  return line.substr(start, pos - start);
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw ApiError(Err::Unavailable, "中文分词词典无法读取：" + path.string());
  }
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

void WordDictionary::load_jieba_file(const std::filesystem::path& path) {
  const std::string content = read_file(path);
  const size_t base = arena_.size();
  arena_ += content;
  entries_.reserve(entries_.size() + content.size() / 14);
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
    // jieba's dictionary words are at most ~50 bytes; the length limit guards malformed files.
    if (!word.empty() && word.size() <= UINT16_MAX) {
      const auto offset = static_cast<uint32_t>(base + line_start + (word.data() - line.data()));
      entries_.push_back({offset, static_cast<uint16_t>(word.size()), static_cast<float>(freq), 0});
      total_frequency_ += freq;
    }
    line_start = line_end + 1;
  }
}

void WordDictionary::add_word(std::string_view word, double freq) {
  if (word.empty() || word.size() > UINT16_MAX) return;
  const auto offset = static_cast<uint32_t>(arena_.size());
  arena_ += word;
  entries_.push_back({offset, static_cast<uint16_t>(word.size()), static_cast<float>(freq), 0});
  total_frequency_ += freq;
}

void WordDictionary::finish() {
  sort_new_entries();
  drop_replaced_duplicates();
  const double log_total = std::log(std::max(total_frequency_, 1.0));
  for (Entry& e : entries_) {
    e.log_prob = e.freq > 0 ? static_cast<float>(std::log(e.freq) - log_total) : -INFINITY;
  }
  unknown_log_prob_ = static_cast<float>(-log_total);
  rebuild_first_char_index();
}

void WordDictionary::sort_new_entries() {
  const auto by_bytes = [this](const Entry& a, const Entry& b) { return text_of(a) < text_of(b); };
  const auto middle = entries_.begin() + static_cast<std::ptrdiff_t>(sorted_count_);
  // Stable, so that for equal words the one added last stays last and wins below.
  std::stable_sort(middle, entries_.end(), by_bytes);
  std::inplace_merge(entries_.begin(), middle, entries_.end(), by_bytes);
}

void WordDictionary::drop_replaced_duplicates() {
  std::vector<Entry> kept;
  kept.reserve(entries_.size());
  for (size_t i = 0; i < entries_.size(); ++i) {
    const bool replaced_later =
        i + 1 < entries_.size() && text_of(entries_[i]) == text_of(entries_[i + 1]);
    if (replaced_later) {
      total_frequency_ -= entries_[i].freq;
    } else {
      kept.push_back(entries_[i]);
    }
  }
  entries_ = std::move(kept);
  sorted_count_ = entries_.size();
}

void WordDictionary::rebuild_first_char_index() {
  first_char_ranges_.clear();
  for (uint32_t i = 0; i < entries_.size();) {
    const std::string_view word = text_of(entries_[i]);
    const uint8_t first_len = decode_utf8_at(word, 0).byte_length;
    const std::string_view first = word.substr(0, first_len);
    uint32_t j = i + 1;
    while (j < entries_.size() && text_of(entries_[j]).substr(0, first_len) == first) ++j;
    first_char_ranges_[char_key(first)] = {i, j, first_len};
    i = j;
  }
}

WordDictionary::Range WordDictionary::start(std::string_view first_char_bytes) const {
  const auto it = first_char_ranges_.find(char_key(first_char_bytes));
  return it == first_char_ranges_.end() ? Range{} : it->second;
}

WordDictionary::Range WordDictionary::extend(Range range, std::string_view next) const {
  // Inside a range every word shares the first prefix_bytes bytes, so the next bytes of the
  // words are sorted too and the matching words form one sub-range.
  const auto key_of = [&](const Entry& e) {
    return text_of(e).substr(std::min<size_t>(range.prefix_bytes, e.length), next.size());
  };
  const auto first = entries_.begin() + range.begin;
  const auto last = entries_.begin() + range.end;
  const auto lower = std::partition_point(first, last, [&](const Entry& e) { return key_of(e) < next; });
  const auto upper = std::partition_point(lower, last, [&](const Entry& e) { return key_of(e) == next; });
  return {static_cast<uint32_t>(lower - entries_.begin()), static_cast<uint32_t>(upper - entries_.begin()),
          range.prefix_bytes + static_cast<uint32_t>(next.size())};
}

std::optional<float> WordDictionary::word_log_prob(Range range) const {
  if (range.empty()) return std::nullopt;
  const Entry& shortest = entries_[range.begin];  // the prefix itself sorts first
  if (shortest.length != range.prefix_bytes || !(shortest.freq > 0)) return std::nullopt;
  return shortest.log_prob;
}

WordDictionary::Range WordDictionary::lookup(std::string_view word) const {
  if (word.empty()) return {};
  size_t pos = decode_utf8_at(word, 0).byte_length;
  Range range = start(word.substr(0, pos));
  while (!range.empty() && pos < word.size()) {
    const uint8_t len = decode_utf8_at(word, pos).byte_length;
    range = extend(range, word.substr(pos, len));
    pos += len;
  }
  return range;
}

std::optional<double> WordDictionary::frequency(std::string_view word) const {
  const Range range = lookup(word);
  if (range.empty() || entries_[range.begin].length != word.size()) return std::nullopt;
  return entries_[range.begin].freq;
}

}  // namespace kc::search
