#include "modules/market/domain/contract_types.hpp"

#include <array>
#include <utility>

namespace kc::market {

using C = ContractCategory;

const std::vector<CategoryInfo>& contract_categories() {
  static const std::vector<CategoryInfo> k{
      {C::Development, "development", "技术开发", "技术开发"},
      {C::Transfer, "transfer", "技术转让", "技术转让"},
      {C::License, "license", "技术许可", "技术转让"},
      {C::Consulting, "consulting", "技术咨询", "技术咨询"},
      {C::Service, "service", "技术服务", "技术服务"},
  };
  return k;
}

// Sub-types: domain-rules.md §3.2; consulting per 认定规则 (可行性论证、技术预测、专题技术调查、分析评价报告),
// service examples per 认定规则 第四十一条 and the registry's own forms.
const std::vector<SubTypeInfo>& contract_sub_types() {
  static const std::vector<SubTypeInfo> k{
      {C::Development, "entrusted", "委托开发"},
      {C::Development, "cooperative", "合作开发"},
      {C::Transfer, "patent", "专利权转让"},
      {C::Transfer, "patent_application", "专利申请权转让"},
      {C::Transfer, "technical_secret", "技术秘密转让"},
      {C::Transfer, "other_transfer", "其他技术转让"},
      {C::License, "patent_license", "专利实施许可"},
      {C::License, "secret_license", "技术秘密使用许可"},
      {C::License, "other_license", "其他技术许可"},
      {C::Consulting, "feasibility", "可行性论证"},
      {C::Consulting, "forecast", "技术预测"},
      {C::Consulting, "investigation", "专题技术调查"},
      {C::Consulting, "evaluation", "分析评价报告"},
      {C::Service, "product_design", "产品设计"},
      {C::Service, "process", "工艺编制与改进"},
      {C::Service, "testing", "测试分析"},
      {C::Service, "computing", "计算机技术应用"},
      {C::Service, "production_line", "新型或复杂生产线调试"},
      {C::Service, "other_service", "其他解决特定技术问题的服务"},
      {C::Service, "training", "技术培训"},
      {C::Service, "intermediary", "技术中介"},
  };
  return k;
}

const CategoryInfo* find_category(std::string_view code) {
  for (const auto& c : contract_categories())
    if (c.code == code) return &c;
  return nullptr;
}

const CategoryInfo& category_info(ContractCategory category) {
  for (const auto& c : contract_categories())
    if (c.category == category) return c;
  return contract_categories().front();  // unreachable: every enumerator is listed
}

const SubTypeInfo* find_sub_type(ContractCategory category, std::string_view code) {
  for (const auto& s : contract_sub_types())
    if (s.category == category && s.code == code) return &s;
  return nullptr;
}

bool is_by_analogy_service(std::string_view sub_type) { return sub_type == "training" || sub_type == "intermediary"; }

namespace {
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kScopes{
    {{"exclusive", "独占许可"}, {"sole", "排他许可"}, {"non_exclusive", "普通许可"}}};
constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kIpKinds{{
    {"patent", "专利"},
    {"software", "计算机软件著作权"},
    {"ic_layout", "集成电路布图设计"},
    {"plant_variety", "植物新品种"},
    {"biomed_variety", "生物医药新品种"},
    {"technical_secret", "技术秘密"},
    {"other", "其他"},
    {"none", "不涉及"},
}};
}  // namespace

std::optional<LicenseScope> parse_license_scope(std::string_view code) {
  for (std::size_t i = 0; i < kScopes.size(); ++i)
    if (kScopes[i].first == code) return static_cast<LicenseScope>(i);
  return std::nullopt;
}
std::string_view license_scope_code(LicenseScope s) { return kScopes.at(static_cast<std::size_t>(s)).first; }
std::string_view license_scope_name(LicenseScope s) { return kScopes.at(static_cast<std::size_t>(s)).second; }

std::optional<IpKind> parse_ip_kind(std::string_view code) {
  for (std::size_t i = 0; i < kIpKinds.size(); ++i)
    if (kIpKinds[i].first == code) return static_cast<IpKind>(i);
  return std::nullopt;
}
std::string_view ip_kind_code(IpKind k) { return kIpKinds.at(static_cast<std::size_t>(k)).first; }
std::string_view ip_kind_name(IpKind k) { return kIpKinds.at(static_cast<std::size_t>(k)).second; }

}  // namespace kc::market
