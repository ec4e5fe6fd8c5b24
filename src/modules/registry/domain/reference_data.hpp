#pragma once
// Reference tables the registry validates codes against, parsed once from the embedded CSVs:
//   administrative divisions  国家统计局《统计用区划代码》2023 (GB/T 2260 layout: province / city / county)
//   industries                GB/T 4754-2017 国民经济行业分类 (门类 / 大类 / 中类 / 小类)
//   high-tech fields          国家重点支持的高新技术领域, 国科发火〔2016〕32号 附件 (three levels)
// Lookups are in memory and thread-safe (the tables are immutable after first use).
#include <string>
#include <string_view>
#include <vector>

#include "db/db.hpp"

namespace kc::registry {

enum class RegionLevel { Province, City, County };
std::string_view region_level_name(RegionLevel level);  // "province" | "city" | "county" (stored in ref_regions)

struct Region {
  std::string code;         // 6 digits
  std::string name;         // 叶县
  RegionLevel level;
  std::string parent_code;  // "" for a province
  std::string full_name;    // 河南省平顶山市叶县 (placeholders such as 市辖区 left out)
  bool functional_zone = false;  // an NBS-only 开发区/新区 (not in GB/T 2260, e.g. 410172 郑州高新技术产业开发区)
};

enum class IndustryLevel { Section, Division, Group, Class };  // 门类, 大类, 中类, 小类
std::string_view industry_level_name(IndustryLevel level);     // "section" | "division" | "group" | "class"
std::string_view industry_level_name_zh(IndustryLevel level);  // "门类" | "大类" | "中类" | "小类"

struct Industry {
  std::string code;         // "C", "39", "398", "3985"
  std::string name;
  IndustryLevel level;
  std::string parent_code;  // "" for a section
  char section;             // the 门类 letter the code belongs to
};

struct HightechField {
  std::string code;  // "10", "101", "10101"
  std::string name;
  int level;         // 1, 2, 3
  std::string parent_code;
};

// nullptr when the code is unknown.
const Region* find_region(std::string_view code);
const Industry* find_industry(std::string_view code);
const HightechField* find_hightech_field(std::string_view code);

// Direct children in code order; an empty parent gives the top level (provinces, 门类, level-1 fields).
std::vector<const Region*> region_children(std::string_view parent_code);
std::vector<const Industry*> industry_children(std::string_view parent_code);

const std::vector<Region>& all_regions();
const std::vector<Industry>& all_industries();
const std::vector<HightechField>& all_hightech_fields();

// Throw kc::ApiError(Err::RegionCodeInvalid / Err::IndustryCodeInvalid, detail, field) for an unknown code.
void require_valid_region(std::string_view code, std::string_view field);
void require_valid_industry(std::string_view code, std::string_view field);

// The code prefix shared by a region and everything under it, for data scopes (`region_code LIKE prefix || '%'`):
// "41" for 河南省 (410000), "4104" for 平顶山市 (410400), "410421" for 叶县. The level comes from the reference
// table, not from trailing zeros: 419001 济源市 is county-level under 419000 (省直辖县级行政区划) → "419001",
// and 441900 东莞市 (a city without counties) → "4419". Throws ApiError(RegionCodeInvalid) for an unknown code.
std::string region_scope_prefix(std::string_view code);
// Whether `code` lies within the region `scope_code` (itself included).
bool region_within(std::string_view code, std::string_view scope_code);

// Bulk-inserts the three tables into ref_regions, ref_industries and ref_hightech_fields (created by the
// registry/001_reference migration) with prepared statements, inside the caller's transaction.
void load_reference_tables(db::Connection& conn);

}  // namespace kc::registry
