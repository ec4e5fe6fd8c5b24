#include "modules/registry/domain/validation.hpp"

#include "modules/registry/domain/reference_data.hpp"

namespace kc::registry {

std::string region_name(const std::string& code) {
  const Region* r = find_region(code);
  return r ? r->name : "";
}

std::string region_full_name(const std::string& code) {
  const Region* r = find_region(code);
  return r ? r->full_name : "";
}

std::string industry_name(const std::string& code) {
  const Industry* i = find_industry(code);
  return i ? i->name : "";
}

}  // namespace kc::registry
