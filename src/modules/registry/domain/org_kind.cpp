#include "modules/registry/domain/org_kind.hpp"

#include <array>

namespace kc::registry {
namespace {

struct KindInfo {
  OrgKind kind;
  std::string_view code, name;
};
constexpr std::array kKinds{
    KindInfo{OrgKind::Enterprise, "enterprise", "企业"},
    KindInfo{OrgKind::University, "university", "高等院校"},
    KindInfo{OrgKind::Institute, "institute", "科研院所"},
    KindInfo{OrgKind::ServiceProvider, "service_provider", "服务机构"},
    KindInfo{OrgKind::CityBureau, "city_bureau", "市科技局"},
    KindInfo{OrgKind::CountyBureau, "county_bureau", "县（区）科技局"},
};

}  // namespace

std::optional<OrgKind> parse_org_kind(std::string_view code) {
  for (const auto& k : kKinds)
    if (k.code == code) return k.kind;
  return std::nullopt;
}

std::string_view org_kind_code(OrgKind k) { return kKinds.at(static_cast<std::size_t>(k)).code; }
std::string_view org_kind_name(OrgKind k) { return kKinds.at(static_cast<std::size_t>(k)).name; }

std::string_view org_kind_name(std::string_view code) {
  auto k = parse_org_kind(code);
  return k ? org_kind_name(*k) : "";
}

bool is_bureau(OrgKind k) { return k == OrgKind::CityBureau || k == OrgKind::CountyBureau; }

std::string_view org_status_name(std::string_view status) {
  if (status == "pending") return "待审核";
  if (status == "approved") return "已通过";
  if (status == "rejected") return "未通过";
  return "";
}

}  // namespace kc::registry
