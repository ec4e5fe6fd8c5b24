#include "auth/roles.hpp"

#include <array>

namespace kc::auth {
namespace {

struct RoleInfo {
  Role role;
  std::string_view code;
  std::string_view name;
};

constexpr std::array kRoles{
    RoleInfo{Role::Admin, "admin", "系统管理员"},
    RoleInfo{Role::CityAdmin, "city_admin", "市科技局管理员"},
    RoleInfo{Role::CityOfficer, "city_officer", "市科技局工作人员"},
    RoleInfo{Role::CountyOfficer, "county_officer", "县（区）科技局工作人员"},
    RoleInfo{Role::OrgAdmin, "org_admin", "单位管理员"},
    RoleInfo{Role::OrgUser, "org_user", "单位用户"},
    RoleInfo{Role::Expert, "expert", "评审专家"},
};

const RoleInfo& info(Role r) { return kRoles.at(static_cast<std::size_t>(r)); }

}  // namespace

std::string_view role_code(Role r) { return info(r).code; }
std::string_view role_name_zh(Role r) { return info(r).name; }

std::optional<Role> parse_role(std::string_view code) {
  for (const auto& i : kRoles)
    if (i.code == code) return i.role;
  return std::nullopt;
}

const std::vector<Role>& all_roles() {
  static const std::vector<Role> roles = [] {
    std::vector<Role> v;
    for (const auto& i : kRoles) v.push_back(i.role);
    return v;
  }();
  return roles;
}

bool is_bureau_role(Role r) {
  return r == Role::Admin || r == Role::CityAdmin || r == Role::CityOfficer || r == Role::CountyOfficer;
}

void Permissions::grant(const std::string& action, std::initializer_list<Role> roles) {
  grants_[action].insert(roles.begin(), roles.end());
}

bool Permissions::allowed(Role r, const std::string& action) const {
  auto it = grants_.find(action);
  return it != grants_.end() && it->second.count(r) > 0;
}

std::vector<std::string> Permissions::actions_of(Role r) const {
  std::vector<std::string> out;
  for (const auto& [action, roles] : grants_)
    if (roles.count(r)) out.push_back(action);
  return out;
}

}  // namespace kc::auth
