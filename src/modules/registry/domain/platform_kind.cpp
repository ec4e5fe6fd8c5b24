#include "modules/registry/domain/platform_kind.hpp"

#include <algorithm>

namespace kc::registry {

// The eight kinds of platform the city's plans name: 重点实验室, 工程技术研究中心, 院士工作站, 新型研发机构
// (平科〔2019〕48号 《2019年科技工作要点》 (三)(四)(六)); 企业技术中心, 科技企业孵化器, 众创空间, 国际联合研究中心
// (驻马店市《关于加快创新型城市建设的实施意见》 三、2.3. and 六、2.; seeds 000 and 002 in /work/shared/seeds).
const std::vector<PlatformCode>& platform_types() {
  static const std::vector<PlatformCode> kTypes{
      {"key_lab", "重点实验室"},
      {"eng_research_center", "工程技术研究中心"},
      {"enterprise_tech_center", "企业技术中心"},
      {"incubator", "科技企业孵化器"},
      {"maker_space", "众创空间"},
      {"academician_workstation", "院士工作站"},
      {"new_rnd_institution", "新型研发机构"},
      {"intl_joint_research_center", "国际联合研究中心"},
  };
  return kTypes;
}

// The recognising authority's level: 国家级 (ministries), 省级 (科技厅), 市级 (市科技局) — "新建省级创新平台",
// "新认定市级工程技术研究中心" in 平科〔2019〕48号.
const std::vector<PlatformCode>& platform_levels() {
  static const std::vector<PlatformCode> kLevels{
      {"national", "国家级"}, {"provincial", "省级"}, {"municipal", "市级"}};
  return kLevels;
}

const std::vector<PlatformCode>& platform_statuses() {
  static const std::vector<PlatformCode> kStatuses{
      {"recognised", "已认定"}, {"under_review", "认定审核中"}, {"revoked", "已撤销"}};
  return kStatuses;
}

std::string_view platform_code_name(const std::vector<PlatformCode>& table, std::string_view code) {
  auto it = std::find_if(table.begin(), table.end(), [&](const PlatformCode& c) { return c.code == code; });
  return it == table.end() ? std::string_view{} : it->name;
}

}  // namespace kc::registry
