#include "modules/targets/extract/extractor.hpp"

#include "modules/targets/extract/metadata.hpp"
#include "modules/targets/extract/normalized_text.hpp"
#include "modules/targets/extract/responsibilities.hpp"
#include "modules/targets/extract/standards.hpp"
#include "modules/targets/extract/table_rows.hpp"
#include "modules/targets/extract/targets.hpp"

#include <algorithm>

namespace kc::targets {

const char* comparator_name(Comparator c) {
  switch (c) {
    case Comparator::AtLeast: return "at_least";
    case Comparator::About: return "about";
    case Comparator::AtMost: return "at_most";
    case Comparator::Between: return "between";
    case Comparator::Exactly: return "exactly";
  }
  return "at_least";
}

ExtractionResult extract_from_source(const SourceText& source) {
  auto normalized = normalize(source);
  ExtractionResult r;
  r.document = extract_metadata(normalized);
  r.targets = extract_targets(normalized, r.document.year);
  auto rows = extract_table_rows(normalized, r.document.year);
  r.targets.insert(r.targets.end(), rows.begin(), rows.end());
  std::ranges::stable_sort(r.targets, {}, [](const Target& t) { return t.span.start; });
  r.responsibilities = extract_responsibilities(normalized);
  r.standards = extract_standards(normalized);
  return r;
}

ExtractionResult extract_from_text(std::string text) {
  auto source = decode_source(std::move(text));
  return extract_from_source(source);
}

}  // namespace kc::targets
