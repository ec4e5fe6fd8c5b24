#pragma once
// Document metadata: issuer, 文号 (平科〔2019〕48号), date, title and region, read from the header
// lines, labelled fields (文号:, 发文日期:, 名称:) and the signature block.
#include "modules/targets/extract/model.hpp"
#include "modules/targets/extract/normalized_text.hpp"

namespace kc::targets {

DocumentMeta extract_metadata(const NormalizedText& t);

// Region named at the start of an issuer or title: 平顶山市科学技术局 -> 平顶山市.
std::string region_of(std::u32string_view name);

}  // namespace kc::targets
