#pragma once
// Vocabulary shared by the rule sets: the version stamp put into every result, findings with their
// official codes, and the classes of intellectual property the documents count.
#include <string>

namespace kc::cultivation {

// Identifies the rules a result was computed with; stored with the result so that a later change
// of the rules never silently changes the meaning of an old assessment.
struct RuleSetVersion {
  std::string id;              // stable, e.g. "cn.tech-sme.2022"
  std::string document;        // issuing documents, e.g. "国科发政〔2017〕115号；国科火字〔2022〕67号"
  std::string effective_from;  // ISO date
  std::string region;          // administrative-division code; empty for national rules
};

// One failed condition or one hit, e.g. {"E2", "职工总数超过500人（实际520人）"}.
struct Finding {
  std::string code;
  std::string message;  // Chinese, shown to the user
};

// 知识产权 classes as both 科技型中小企业 and 高企 documents define them:
// Ⅰ类 = 发明专利（含国防专利）、植物新品种、国家级农作物品种、国家新药、国家一级中药保护品种、集成电路布图设计专有权;
// Ⅱ类 = 实用新型专利、外观设计专利、软件著作权. Trademarks are never counted.
enum class IpClass { ClassI, ClassII, Trademark };

}  // namespace kc::cultivation
