#pragma once
// Quantified targets: "2019年新培育国家高新技术企业20家以上", "新增高新技术企业15家、总数达到140家"
// (two targets), "省级和市级工程技术研究中心各新增5家" (one per item).
#include <optional>
#include <vector>

#include "modules/targets/extract/model.hpp"
#include "modules/targets/extract/normalized_text.hpp"

namespace kc::targets {

// `document_year` is the year of the document (its date or number), used when no sentence states one.
std::vector<Target> extract_targets(const NormalizedText& t, std::optional<int> document_year);

}  // namespace kc::targets
