#include "records.hpp"

#include <boost/json.hpp>

#include <fstream>
#include <random>
#include <stdexcept>

#include "modules/market/listing_types.hpp"
#include "modules/registry/domain/reference_data.hpp"
#include "search/text_normalize.hpp"

namespace kc::bench {
namespace {

bool ends_sentence(char32_t c) { return c == U'。' || c == '.' || c == U'；' || c == ';'; }

std::vector<std::string> split_sentences(const std::string& text) {
  std::vector<std::string> out(1);
  for (const auto& ch : search::decode_utf8(text)) {
    search::append_utf8(out.back(), ch.code);
    if (ends_sentence(ch.code) && out.back().size() > 12) out.emplace_back();
  }
  if (out.back().size() <= 12) out.pop_back();
  return out;
}

// The first clause of a sentence (up to a comma), at most `max_chars` characters: a plausible title.
std::string title_of(const std::string& sentence, std::size_t max_chars) {
  std::string out;
  std::size_t n = 0;
  for (const auto& ch : search::decode_utf8(sentence)) {
    if (ch.code == ',' || ch.code == U'，' || ends_sentence(ch.code) || n == max_chars) break;
    search::append_utf8(out, ch.code);
    ++n;
  }
  return out;
}

// std::uniform_int_distribution differs between standard libraries; a modulo keeps runs comparable.
std::size_t pick(std::mt19937_64& rng, std::size_t n) { return static_cast<std::size_t>(rng() % n); }

}  // namespace

RecordGenerator::RecordGenerator(const std::string& corpus_jsonl, std::uint64_t seed) : seed_(seed) {
  std::ifstream in(corpus_jsonl);
  if (!in) throw std::runtime_error("cannot read " + corpus_jsonl);
  for (std::string line; std::getline(in, line);) {
    auto sentences = split_sentences(std::string(boost::json::parse(line).at("text").as_string()));
    if (sentences.size() >= 2) sentences_.push_back(std::move(sentences));
  }
  for (const auto& f : registry::all_hightech_fields())
    if (f.level == 3) fields_.emplace_back(f.code);
  for (const auto& r : registry::all_regions())
    if (r.level == registry::RegionLevel::County && r.code.starts_with("41")) regions_.emplace_back(r.code);
}

MarketRecord RecordGenerator::make(std::uint64_t index) const {
  std::mt19937_64 rng(seed_ * 0x9E3779B97F4A7C15ULL + index);
  const auto& main = sentences_[pick(rng, sentences_.size())];
  MarketRecord r;
  r.demand = index % 2 == 0;
  std::size_t first = pick(rng, main.size() - 1);
  r.title = title_of(main[first], 24);
  for (std::size_t i = first; i < main.size() && i < first + 3; ++i) r.body += main[i];
  for (int other = 0; other < 2; ++other) {  // recombination: a sentence of two other abstracts
    const auto& more = sentences_[pick(rng, sentences_.size())];
    r.body += more[pick(rng, more.size())];
  }
  r.field = fields_[pick(rng, fields_.size())];
  r.region = regions_[pick(rng, regions_.size())];
  const auto& modes = r.demand ? market::cooperation_modes() : market::transfer_modes();
  r.mode = std::string(modes[pick(rng, modes.size())].code);
  r.maturity = r.demand ? "" : std::string(market::maturities()[pick(rng, market::maturities().size())].code);
  r.published_at = 1'735'660'800'000LL + static_cast<std::int64_t>(pick(rng, 600)) * 86'400'000LL;  // 2025-01-01 + days
  return r;
}

std::vector<std::string> RecordGenerator::query_texts(std::size_t count) const {
  std::vector<std::string> out{"泵", "电池"};
  std::mt19937_64 rng(seed_ + 17);
  while (out.size() < count) {
    std::string title = make(rng() % 1'000'000).title;
    // 2 to 6 characters from a random position of a title: what someone types into a search box.
    auto chars = search::decode_utf8(title);
    if (chars.size() < 4) continue;
    std::size_t len = 2 + pick(rng, 5), start = pick(rng, chars.size() - 2);
    std::string q;
    for (std::size_t i = start; i < chars.size() && i < start + len; ++i) search::append_utf8(q, chars[i].code);
    out.push_back(q);
  }
  return out;
}

}  // namespace kc::bench
