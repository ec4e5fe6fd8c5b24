#pragma once
// Word pools for demo organisations. Industry codes are real GB/T 4754-2017 codes (checked by the tests).
#include <array>
#include <string_view>

namespace kc::registry::demo {

// Syllables of trade names (字号): two or three of them make 华瑞, 鑫泰, 中原恒通 …
inline constexpr std::array<std::string_view, 60> kBrandSyllables = {
    "华", "瑞", "鑫", "宏", "泰", "恒", "盛", "达", "源", "博", "创", "锐", "德", "信", "安",
    "丰", "汇", "联", "金", "天", "中", "远", "嘉", "腾", "豫", "龙", "凯", "晟", "昊", "宇",
    "翔", "明", "辉", "隆", "润", "通", "越", "卓", "正", "诚", "方", "精", "智", "航", "睿",
    "中原", "伏牛", "嵩", "洛", "鹰", "平", "新", "科", "力", "祥", "和", "弘", "尚", "启", "峰"};

// An enterprise theme: an industry code prefix (大类 or 中类) whose 小类 are drawn at random, and the words
// its names use.
struct EnterpriseTheme {
  std::string_view code_prefix;
  std::array<std::string_view, 3> words;
  int weight;  // relative frequency
};

inline constexpr std::array<EnterpriseTheme, 20> kEnterpriseThemes = {{
    {"13", {"食品", "农产品加工", "粮油"}, 3},
    {"17", {"纺织", "纺织科技", "新型纺织材料"}, 2},
    {"26", {"化工", "精细化工", "化工科技"}, 4},
    {"27", {"医药", "生物医药", "制药"}, 3},
    {"29", {"塑胶", "橡塑制品", "高分子材料"}, 3},
    {"30", {"新材料科技", "耐火材料", "新型建材"}, 5},
    {"32", {"金属材料", "有色金属", "合金材料"}, 3},
    {"33", {"金属制品", "精密制造", "五金科技"}, 4},
    {"34", {"机械设备", "重工机械", "动力机械"}, 6},
    {"35", {"智能装备", "装备制造", "矿山机械"}, 7},
    {"36", {"汽车零部件", "汽车科技", "新能源汽车配件"}, 3},
    {"38", {"电气", "新能源科技", "电力设备"}, 6},
    {"39", {"电子科技", "光电科技", "半导体材料"}, 7},
    {"40", {"仪器仪表", "智能仪表", "测控技术"}, 3},
    {"64", {"网络科技", "互联网科技", "数据科技"}, 6},
    {"65", {"软件技术", "信息技术", "智能科技"}, 12},
    {"63", {"通信技术", "通信工程", "信息通信"}, 2},
    {"732", {"工程技术研究", "技术研究", "工业技术研究"}, 4},
    {"745", {"检测技术", "检验检测", "质量检测"}, 5},
    {"75", {"科技服务", "节能技术", "环保科技"}, 5},
}};

inline constexpr std::array<std::string_view, 3> kCompanySuffixes = {"有限公司", "股份有限公司", "有限责任公司"};

// Services of 服务机构, each with its real 小类.
struct ServiceTheme {
  std::string_view words;
  std::string_view industry;
};
inline constexpr std::array<ServiceTheme, 8> kServiceThemes = {{
    {"知识产权代理", "7520"},
    {"专利代理", "7520"},
    {"科技企业孵化器管理", "7540"},
    {"众创空间管理", "7540"},
    {"检验检测", "7452"},
    {"技术转移", "7530"},
    {"科技咨询", "7530"},
    {"科技成果评价", "7590"},
}};

// Research fields of 科研院所 and the 小类 of their research.
struct ResearchField {
  std::string_view words;
  std::string_view industry;
};
inline constexpr std::array<ResearchField, 8> kResearchFields = {{
    {"农业科学", "7330"},
    {"新材料", "7320"},
    {"机械工程", "7320"},
    {"化工", "7320"},
    {"电子信息", "7320"},
    {"医学科学", "7340"},
    {"生物技术", "7310"},
    {"环境科学", "7310"},
}};

// Disciplines in the names of 高等院校.
inline constexpr std::array<std::string_view, 10> kCollegeDisciplines = {
    "工业", "科技", "信息工程", "理工", "农业", "医学", "财经", "建筑", "师范", "交通"};

inline constexpr std::array<std::string_view, 24> kRoads = {
    "建设路", "人民路", "中原路", "解放路", "文化路", "光明路", "新华路", "和平路", "工业路", "科技大道", "开元路", "迎宾大道",
    "东环路", "西环路", "南环路", "北环路", "黄河路", "长江路", "嵩山路", "伏牛路", "创业路", "学院路", "纬二路", "经三路"};

inline constexpr std::array<std::string_view, 6> kParks = {"科技园", "创新创业园", "高新技术产业园", "软件园", "智能制造产业园",
                                                           "电子信息产业园"};

inline constexpr std::array<std::string_view, 24> kSurnames = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
    "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢"};

inline constexpr std::array<std::string_view, 30> kGivenNameChars = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
    "明", "超", "霞", "平", "刚", "辉", "鹏", "华", "飞", "玲", "宁", "博", "欣", "浩", "冬"};

inline constexpr std::array<std::string_view, 12> kMobilePrefixes = {
    "138", "139", "150", "151", "158", "159", "186", "187", "135", "137", "177", "189"};

inline constexpr std::array<std::string_view, 4> kRejectReasons = {
    "营业执照扫描件不清晰，请重新上传", "统一社会信用代码与营业执照不一致", "联系人信息不完整", "单位名称与登记信息不符"};

}  // namespace kc::registry::demo
