#pragma once
// Vocabulary of demands (技术需求) and achievements (科技成果), issue 4 "Records and publishing".
#include <string_view>
#include <vector>

namespace kc::market {

struct CodeName {
  std::string_view code;
  std::string_view name;
};

// Cooperation modes of a demand.
inline const std::vector<CodeName>& cooperation_modes() {
  static const std::vector<CodeName> k{{"entrusted_dev", "委托开发"}, {"cooperative_dev", "合作开发"},
                                       {"transfer", "转让"},         {"license", "许可"},
                                       {"consulting", "咨询"},       {"service", "服务"},
                                       {"open_competition", "揭榜挂帅"}};
  return k;
}
// Transfer modes of an achievement.
inline const std::vector<CodeName>& transfer_modes() {
  static const std::vector<CodeName> k{{"transfer", "转让"},   {"license", "许可"}, {"cooperation", "合作开发"},
                                       {"investment", "作价投资"}, {"other", "其他"}};
  return k;
}
// Maturity of an achievement.
inline const std::vector<CodeName>& maturities() {
  static const std::vector<CodeName> k{{"research", "研发"}, {"pilot", "小试"}, {"intermediate", "中试"},
                                       {"industrial", "产业化"}};
  return k;
}

inline const CodeName* find_code(const std::vector<CodeName>& list, std::string_view code) {
  for (const auto& c : list)
    if (c.code == code) return &c;
  return nullptr;
}

}  // namespace kc::market
