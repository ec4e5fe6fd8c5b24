#include "corpus.hpp"

#include <boost/json.hpp>
#include <fstream>
#include <stdexcept>

#include "search/text_normalize.hpp"

namespace kc::bench {

std::vector<Record> load_labelled_records(const std::filesystem::path& jsonl) {
  std::ifstream in(jsonl);
  if (!in) throw std::runtime_error("cannot read " + jsonl.string());
  std::vector<Record> records;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const boost::json::object row = boost::json::parse(line).as_object();
    const boost::json::value* discipline = row.if_contains("discipline");
    if (!discipline || !discipline->is_string()) continue;
    records.push_back({std::string(row.at("id").as_string()), std::string(row.at("text").as_string()),
                       std::string(discipline->as_string())});
  }
  return records;
}

std::string first_chars(const std::string& text, size_t max_chars) {
  size_t pos = 0;
  for (size_t n = 0; n < max_chars && pos < text.size(); ++n) {
    pos += search::decode_utf8_at(text, pos).byte_length;
  }
  return text.substr(0, pos);
}

}  // namespace kc::bench
