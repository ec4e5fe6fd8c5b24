#pragma once
// Phrase lists for demo listings, one theme per industry the 平顶山 bureau follows. A title is
// <subject><object><goal>; an abstract joins the theme's background, the subject, and a benefit.
#include <array>
#include <string_view>

namespace kc::market::demo {

struct Theme {
  std::string_view field_keyword;  // part of the name of a level-1 高新技术领域 the listings are filed under
  std::array<std::string_view, 5> subjects;
  std::array<std::string_view, 4> objects;
  std::string_view background;
  std::string_view keywords;
};

inline constexpr std::array<Theme, 6> kThemes{{
    {"新材料",
     {"尼龙66", "高性能碳纤维", "特种石墨", "耐磨合金", "高分子复合"},
     {"材料", "改性工艺", "制备技术", "涂层"},
     "平顶山尼龙新材料产业集群对高端材料需求旺盛，",
     "新材料 尼龙 复合材料"},
    {"先进制造",
     {"矿用智能", "高压开关", "数控", "液压支架", "工业机器人"},
     {"装备", "控制系统", "关键部件", "检测装置"},
     "煤矿与电力装备制造企业正推进智能化改造，",
     "装备制造 智能制造 自动化"},
    {"新能源",
     {"余热回收", "光伏储能", "高效电机", "煤矸石综合利用", "氢能"},
     {"系统", "节能技术", "装置", "工艺"},
     "在“双碳”目标下，企业亟需降低单位产值能耗，",
     "节能 新能源 减排"},
    {"生物",
     {"中药材", "生物发酵", "医用高分子", "动物疫苗", "体外诊断"},
     {"提取工艺", "制剂技术", "检测试剂", "生产线"},
     "生物医药是本地重点培育的新兴产业，",
     "生物医药 制药 检测"},
    {"电子信息",
     {"工业互联网", "边缘计算", "智能传感", "北斗定位", "视觉识别"},
     {"平台", "终端", "算法", "模块"},
     "制造企业数字化转型需要可靠的信息技术支撑，",
     "电子信息 物联网 软件"},
    {"生物",  // 农业生物技术 is filed under 生物与新医药
     {"小麦", "设施蔬菜", "食用菌", "畜禽养殖", "果蔬保鲜"},
     {"良种选育技术", "智能监测系统", "病害防控技术", "加工工艺"},
     "叶县、宝丰县等农业大县正推进农业现代化，",
     "现代农业 农产品 种植"},
}};

inline constexpr std::array<std::string_view, 5> kDemandGoals{"研发", "技术攻关", "国产化替代", "工艺升级",
                                                             "联合开发"};
inline constexpr std::array<std::string_view, 5> kAchievementGoals{"及产业化应用", "关键技术", "成套技术",
                                                                  "研究成果", "新技术"};
inline constexpr std::array<std::string_view, 4> kDemandAsks{
    "现面向高校和科研院所征集解决方案，希望在一年内完成样机并实现稳定生产。",
    "寻求具备中试条件的合作单位，共同申报省级科技项目。",
    "要求技术指标达到国内先进水平，可采用委托开发或技术入股方式合作。",
    "本单位可提供试验场地与生产线，期待长期合作。"};
inline constexpr std::array<std::string_view, 4> kAchievementBenefits{
    "经第三方检测，主要性能指标优于行业标准，可降低生产成本15%以上。",
    "已在示范企业稳定运行一年，能耗下降明显，具备推广条件。",
    "已获授权发明专利，技术成熟，可整体转让或许可使用。",
    "团队可提供技术培训和现场指导，协助企业完成产线改造。"};
inline constexpr std::array<std::string_view, 6> kContacts{"张工", "王经理", "李老师", "赵主任", "刘博士", "陈处长"};
inline constexpr std::array<std::string_view, 4> kTeams{"教授领衔，博士5人、硕士8人", "研究员2人、工程师6人",
                                                       "省级创新团队，成员12人", "青年骨干团队，成员7人"};

}  // namespace kc::market::demo
