#pragma once
// Roles and per-action permissions. Modules grant their actions to roles when they register;
// an action nobody granted is denied to everyone (deny by default).
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kc::auth {

enum class Role { Admin, CityAdmin, CityOfficer, CountyOfficer, OrgAdmin, OrgUser, Expert };

std::string_view role_code(Role r);     // "admin", "city_admin", …
std::string_view role_name_zh(Role r);  // "系统管理员", …
std::optional<Role> parse_role(std::string_view code);
const std::vector<Role>& all_roles();
bool is_bureau_role(Role r);  // city or county bureau staff (and the administrators)

class Permissions {
 public:
  void grant(const std::string& action, std::initializer_list<Role> roles);
  bool allowed(Role r, const std::string& action) const;
  std::vector<std::string> actions_of(Role r) const;

 private:
  std::map<std::string, std::set<Role>> grants_;
};

}  // namespace kc::auth
