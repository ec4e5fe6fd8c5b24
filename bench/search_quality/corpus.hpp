#pragma once
// The labelled abstracts of FewCLUE CSLDCP (see /work/shared/data/corpus_csl/SOURCE.md).
#include <filesystem>
#include <string>
#include <vector>

namespace kc::bench {

struct Record {
  std::string id;
  std::string text;        // the abstract; the data set has no titles or keywords
  std::string discipline;  // one of 67 labels
};

// Records with a discipline label, in file order; unlabelled ones are skipped because a
// result without a label could be neither counted right nor wrong.
std::vector<Record> load_labelled_records(const std::filesystem::path& jsonl);

// The first `max_chars` code points of `text` (all of it when shorter).
std::string first_chars(const std::string& text, size_t max_chars);

}  // namespace kc::bench
