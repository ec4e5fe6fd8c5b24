#pragma once
// Technology-contract categories and sub-types (技术合同类别/子类).
// Master list: 民法典 第三编第二十章 技术合同, which separates 技术许可 from 技术转让 (第八百六十二条); the
// legacy registry (《技术合同认定登记管理办法》国科发政字〔2000〕063号, 《技术合同认定规则》国科发政字〔2001〕253号)
// filed licences under 技术转让, which is kept as `legacy_label` for the national statistics system.
// 技术培训 and 技术中介 may be registered "by analogy" (2000 办法 第二条) and are filed here as 技术服务 sub-types.
// See /work/shared/docs/domain-rules.md §3.2.
#include <optional>
#include <string_view>
#include <vector>

namespace kc::market {

enum class ContractCategory { Development, Transfer, License, Consulting, Service };

struct CategoryInfo {
  ContractCategory category;
  std::string_view code;          // API code: development | transfer | license | consulting | service
  std::string_view name;          // 技术开发 …
  std::string_view legacy_label;  // the 2000/2001 registry's category
};

struct SubTypeInfo {
  ContractCategory category;
  std::string_view code;  // API code, unique across categories
  std::string_view name;
};

const std::vector<CategoryInfo>& contract_categories();
const std::vector<SubTypeInfo>& contract_sub_types();

const CategoryInfo* find_category(std::string_view code);
const CategoryInfo& category_info(ContractCategory c);
// The sub-type if `code` names one of `category`'s sub-types; nullptr otherwise.
const SubTypeInfo* find_sub_type(ContractCategory category, std::string_view code);

// 技术许可 scope (独占 / 排他 / 普通).
enum class LicenseScope { Exclusive, Sole, NonExclusive };
std::optional<LicenseScope> parse_license_scope(std::string_view code);  // exclusive | sole | non_exclusive
std::string_view license_scope_code(LicenseScope s);
std::string_view license_scope_name(LicenseScope s);

// The IP a contract concerns. The income-tax relief covers the kinds of 财税〔2010〕111号 第一条.
enum class IpKind { Patent, Software, IcLayout, PlantVariety, BiomedVariety, TechnicalSecret, Other, None };
std::optional<IpKind> parse_ip_kind(std::string_view code);
std::string_view ip_kind_code(IpKind k);
std::string_view ip_kind_name(IpKind k);

// Is `sub_type` one of the service sub-types registered only by analogy (技术培训, 技术中介)?
bool is_by_analogy_service(std::string_view sub_type);

}  // namespace kc::market
