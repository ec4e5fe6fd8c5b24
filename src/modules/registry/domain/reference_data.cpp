#include "modules/registry/domain/reference_data.hpp"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "core/errors.hpp"
#include "modules/registry/domain/csv.hpp"
#include "modules/registry/domain/embedded_reference.hpp"

namespace kc::registry {
namespace {

// Items in code order with an index by code and by parent. Built once; the vector never changes afterwards,
// so the pointers and string views in the indexes stay valid.
template <class T>
struct Table {
  std::vector<T> items;
  std::unordered_map<std::string_view, const T*> by_code;
  std::unordered_map<std::string_view, std::vector<const T*>> by_parent;

  void index(std::string_view source) {
    std::sort(items.begin(), items.end(), [](const T& a, const T& b) { return a.code < b.code; });
    for (const T& item : items) {
      if (!by_code.emplace(item.code, &item).second)
        throw std::runtime_error(std::string(source) + ": duplicate code " + item.code);
      if (item.parent_code != item.code) by_parent[item.parent_code].push_back(&item);
    }
  }

  const T* find(std::string_view code) const {
    auto it = by_code.find(code);
    return it == by_code.end() ? nullptr : it->second;
  }

  std::vector<const T*> children(std::string_view parent) const {
    auto it = by_parent.find(parent);
    return it == by_parent.end() ? std::vector<const T*>{} : it->second;
  }
};

RegionLevel parse_region_level(const std::string& s) {
  if (s == "province") return RegionLevel::Province;
  if (s == "city") return RegionLevel::City;
  if (s == "county") return RegionLevel::County;
  throw std::runtime_error("divisions.csv: unknown level '" + s + "'");
}

// City-level rows that only group counties (市辖区, 县, 省直辖县级行政区划 …) and are not part of a place name.
bool is_placeholder_city(std::string_view name) {
  constexpr std::string_view kDirect = "直辖县级行政区划";
  return name == "市辖区" || name == "县" ||
         (name.size() >= kDirect.size() && name.substr(name.size() - kDirect.size()) == kDirect);
}

Table<Region> parse_regions() {
  EmbeddedFile file = embedded_divisions();
  CsvTable csv = CsvTable::parse(file.text, file.name);
  std::size_t code = csv.column("code6"), name = csv.column("name"), level = csv.column("level"),
              parent = csv.column("parent_code6"), province = csv.column("province"), city = csv.column("city"),
              zone = csv.column("nbs_functional_zone");
  Table<Region> table;
  std::unordered_set<std::string> seen;
  for (const CsvRecord& r : csv.records()) {
    // 不设区的市 (东莞 441900, 中山, 儋州) appear twice, as a city and as its own county: keep the city row.
    if (!seen.insert(r[code]).second) continue;
    Region region{r[code], r[name], parse_region_level(r[level]), r[parent], r[province], r[zone] == "1"};
    if (region.level == RegionLevel::City || (region.level == RegionLevel::County && !is_placeholder_city(r[city])))
      region.full_name += region.level == RegionLevel::City ? region.name : r[city];
    if (region.level == RegionLevel::County) region.full_name += region.name;
    table.items.push_back(std::move(region));
  }
  table.index(file.name);
  return table;
}

IndustryLevel parse_industry_level(const std::string& s) {
  if (s == "门类") return IndustryLevel::Section;
  if (s == "大类") return IndustryLevel::Division;
  if (s == "中类") return IndustryLevel::Group;
  if (s == "小类") return IndustryLevel::Class;
  throw std::runtime_error("gbt4754_2017.csv: unknown level '" + s + "'");
}

Table<Industry> parse_industries() {
  EmbeddedFile file = embedded_industries();
  CsvTable csv = CsvTable::parse(file.text, file.name);
  std::size_t code = csv.column("code"), name = csv.column("name"), level = csv.column("level"),
              parent = csv.column("parent_code"), section = csv.column("section");
  Table<Industry> table;
  for (const CsvRecord& r : csv.records()) {
    if (r[section].size() != 1) throw std::runtime_error("gbt4754_2017.csv: bad section for " + r[code]);
    table.items.push_back({r[code], r[name], parse_industry_level(r[level]), r[parent], r[section][0]});
  }
  table.index(file.name);
  return table;
}

Table<HightechField> parse_hightech_fields() {
  EmbeddedFile file = embedded_hightech_fields();
  CsvTable csv = CsvTable::parse(file.text, file.name);
  std::size_t code = csv.column("code"), name = csv.column("name"), level = csv.column("level"),
              parent = csv.column("parent_code");
  Table<HightechField> table;
  for (const CsvRecord& r : csv.records()) table.items.push_back({r[code], r[name], std::stoi(r[level]), r[parent]});
  table.index(file.name);
  return table;
}

struct ReferenceTables {
  Table<Region> regions = parse_regions();
  Table<Industry> industries = parse_industries();
  Table<HightechField> hightech_fields = parse_hightech_fields();
};

const ReferenceTables& tables() {
  static const ReferenceTables instance;
  return instance;
}

db::Value null_if_empty(const std::string& s) { return s.empty() ? db::kNull : db::Value(s); }

const db::Query kInsertRegion{"ref.insert_region",
                              "INSERT INTO ref_regions (code, name, level, parent_code, full_name) "
                              "VALUES ($1, $2, $3, $4, $5)"};
const db::Query kInsertIndustry{"ref.insert_industry",
                                "INSERT INTO ref_industries (code, name, level, parent_code) VALUES ($1, $2, $3, $4)"};
const db::Query kInsertHightech{"ref.insert_hightech_field",
                                "INSERT INTO ref_hightech_fields (code, name, level, parent_code) "
                                "VALUES ($1, $2, $3, $4)"};

std::string quoted(std::string_view code) { return "“" + std::string(code) + "”"; }

}  // namespace

std::string_view region_level_name(RegionLevel level) {
  switch (level) {
    case RegionLevel::Province: return "province";
    case RegionLevel::City: return "city";
    case RegionLevel::County: return "county";
  }
  return "";
}

std::string_view industry_level_name(IndustryLevel level) {
  switch (level) {
    case IndustryLevel::Section: return "section";
    case IndustryLevel::Division: return "division";
    case IndustryLevel::Group: return "group";
    case IndustryLevel::Class: return "class";
  }
  return "";
}

std::string_view industry_level_name_zh(IndustryLevel level) {
  switch (level) {
    case IndustryLevel::Section: return "门类";
    case IndustryLevel::Division: return "大类";
    case IndustryLevel::Group: return "中类";
    case IndustryLevel::Class: return "小类";
  }
  return "";
}

const Region* find_region(std::string_view code) { return tables().regions.find(code); }
const Industry* find_industry(std::string_view code) { return tables().industries.find(code); }
const HightechField* find_hightech_field(std::string_view code) { return tables().hightech_fields.find(code); }

std::vector<const Region*> region_children(std::string_view parent_code) {
  return tables().regions.children(parent_code);
}
std::vector<const Industry*> industry_children(std::string_view parent_code) {
  return tables().industries.children(parent_code);
}

const std::vector<Region>& all_regions() { return tables().regions.items; }
const std::vector<Industry>& all_industries() { return tables().industries.items; }
const std::vector<HightechField>& all_hightech_fields() { return tables().hightech_fields.items; }

void require_valid_region(std::string_view code, std::string_view field) {
  if (code.empty()) throw ApiError(Err::RegionCodeInvalid, "不能为空", std::string(field));
  if (!find_region(code)) throw ApiError(Err::RegionCodeInvalid, quoted(code), std::string(field));
}

void require_valid_industry(std::string_view code, std::string_view field) {
  if (code.empty()) throw ApiError(Err::IndustryCodeInvalid, "不能为空", std::string(field));
  if (!find_industry(code)) throw ApiError(Err::IndustryCodeInvalid, quoted(code), std::string(field));
}

std::string region_scope_prefix(std::string_view code) {
  const Region* region = find_region(code);
  if (!region) throw ApiError(Err::RegionCodeInvalid, quoted(code), "region_code");
  switch (region->level) {
    case RegionLevel::Province: return region->code.substr(0, 2);
    case RegionLevel::City: return region->code.substr(0, 4);
    case RegionLevel::County: return region->code;
  }
  return region->code;
}

bool region_within(std::string_view code, std::string_view scope_code) {
  return code.size() == 6 && code.starts_with(region_scope_prefix(scope_code));
}

void load_reference_tables(db::Connection& conn) {
  for (const Region& r : all_regions())
    conn.exec(kInsertRegion, {r.code, r.name, std::string(region_level_name(r.level)), null_if_empty(r.parent_code),
                              r.full_name});
  for (const Industry& i : all_industries())
    conn.exec(kInsertIndustry,
              {i.code, i.name, std::string(industry_level_name(i.level)), null_if_empty(i.parent_code)});
  for (const HightechField& f : all_hightech_fields())
    conn.exec(kInsertHightech, {f.code, f.name, std::int64_t{f.level}, null_if_empty(f.parent_code)});
}

}  // namespace kc::registry
