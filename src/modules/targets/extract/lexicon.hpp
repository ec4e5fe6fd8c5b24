#pragma once
// Every word list the reader relies on, in one place. They describe how Chinese policy documents
// (e.g. 平科〔2019〕48号, 驻政〔2019〕25号) state targets, money standards and responsible units; extend
// them here rather than in the pattern code.
#include <string_view>

namespace kc::targets::lex {

using W = std::u32string_view;

// Units a quantified target or standard may carry (longest match wins).
inline constexpr W kUnits[] = {
    U"个百分点", U"万平方米", U"平方米", U"万亿元", U"千万元", U"百万元", U"亿元", U"万元", U"元", U"%", U"‰",
    U"人次", U"场次", U"批次", U"户次", U"家", U"个", U"项", U"人", U"名", U"次", U"件", U"所", U"座", U"支", U"户", U"台",
    U"套", U"篇", U"部", U"场", U"期", U"亩", U"公里", U"倍", U"条", U"位", U"种", U"款", U"吨"};
inline constexpr W kMoneyUnits[] = {U"万亿元", U"千万元", U"百万元", U"亿元", U"万元", U"元"};
inline constexpr W kRateUnits[] = {U"%", U"‰", U"个百分点"};
// 万/亿 between a number and a count unit multiply the value (1.6万家 = 16000 家).
inline constexpr W kMultipliers[] = {U"万", U"亿"};
// 100余家, 100多家: "more than", read as at_least.
inline constexpr W kApproxInfixes[] = {U"余", U"多"};
inline constexpr W kRangeSeparators[] = {U"--", U"-", U"~", U"至", U"到"};

// Comparators written after the unit ...
inline constexpr W kSuffixAtLeast[] = {U"及以上", U"以上", U"(含)以上"};
inline constexpr W kSuffixAbout[] = {U"左右", U"上下"};
inline constexpr W kSuffixAtMost[] = {U"以内", U"以下", U"之内"};
// ... and before the number.
inline constexpr W kPrefixAtLeast[] = {U"不少于", U"不低于", U"超过", U"超", U"至少", U"突破", U"多于", U"高于"};
inline constexpr W kPrefixAbout[] = {U"约", U"近", U"大约"};
inline constexpr W kPrefixAtMost[] = {U"不超过", U"不高于", U"最高", U"最多", U"低于", U"少于", U"控制在"};

// Words that make a sentence a goal rather than a description.
inline constexpr W kTargetVerbs[] = {
    U"新增", U"培育", U"新建", U"建成", U"建设", U"引进", U"引育", U"达到", U"达", U"突破", U"力争", U"争取",
    U"实现", U"完成", U"增长", U"提高", U"提升", U"增加", U"认定", U"备案", U"入库", U"组建", U"选派",
    U"实施", U"孵化", U"转化", U"举办", U"开展", U"培养", U"培训", U"推广", U"打造", U"创建", U"申报",
    U"获批", U"扶持", U"布局", U"不少于", U"不低于", U"超过", U"保持", U"稳定在", U"招引", U"签约",
    U"落地", U"攻克", U"研发", U"登记", U"成交", U"服务", U"支持", U"扩大", U"设立", U"新培育", U"评选",
    U"遴选", U"争创", U"组织", U"推动", U"安排", U"压缩", U"降低", U"减少", U"缩短", U"覆盖", U"新入库",
    U"招收", U"吸引", U"带动", U"帮助", U"推荐", U"征集", U"对接", U"培植"};
// Verbs at which a noun-after-number indicator starts (柔性引进10名高层次人才 -> 引进高层次人才).
inline constexpr W kActionVerbs[] = {
    U"新增", U"培育", U"新建", U"建成", U"建设", U"引进", U"引育", U"实施", U"孵化", U"组建", U"选派",
    U"认定", U"备案", U"举办", U"开展", U"培养", U"培训", U"推广", U"打造", U"创建", U"申报", U"攻克",
    U"突破", U"设立", U"评选", U"招引", U"签约", U"落地", U"扶持", U"支持", U"建立", U"新培育", U"新认定",
    U"新建设", U"培育引进", U"培育申报", U"新培养引进", U"新培育建设", U"服务", U"转化", U"登记",
    U"遴选", U"争创", U"推荐", U"征集", U"吸引", U"新入库"};
// Trailing linking words stripped from an indicator (…比重达到1.5% -> …比重).
inline constexpr W kLinkingTails[] = {
    U"力争达到", U"争取达到", U"达到", U"达", U"为", U"提高到", U"提高至", U"提升到", U"提升至", U"增长到",
    U"增长至", U"增加到", U"增加至", U"增至", U"要", U"要达到", U"将", U"力争突破", U"确保", U"上升到", U"上升至", U"降低到", U"降低至", U"下降到", U"下降至",
    U"到", U"至", U"控制在", U"保持在", U"稳定在", U"不少于", U"不低于", U"不超过", U"不高于", U"超过",
    U"至少", U"约", U"近", U"大约", U"总计", U"累计", U"共", U"分别", U"每年", U"年均", U"最高", U"由"};
// A change verb alone names no indicator: 年均增长15% after 高新技术企业数量 -> 高新技术企业数量增长.
inline constexpr W kChangeWords[] = {U"增长", U"增加", U"提高", U"提升", U"下降", U"降低", U"减少", U"翻番"};
// Leading words dropped from an indicator.
inline constexpr W kLeadingFillers[] = {U"力争", U"争取", U"确保", U"全年", U"年内", U"其中", U"并", U"平均",
                                       U"努力实现", U"努力", U"今年", U"当年", U"大力"};
// An indicator made only of one of these takes its noun from the previous item (总数达到140家).
inline constexpr W kGenericIndicators[] = {U"总数", U"总量", U"数量", U"累计", U"总计", U"累计达到", U"总数达"};
// Separators of the items of a list (市派、县派; 高新技术企业和科技型中小企业).
inline constexpr W kItemSeparators[] = {U"以及", U"、", U"和", U"及", U"与"};
// Where the subject of a clause ends: a preposition or verb (…企业在2022年的基础上实现…).
inline constexpr W kSubjectBreaks[] = {U"在", U"较", U"比", U"实现", U"达到", U"突破", U"超过", U"力争",
                                       U"要", U"将", U"均", U"继续", U"保持", U"同比"};
// Counts of a document's own structure (六个目标, 三个方面, 四项任务) are not targets.
inline constexpr W kEnumerationNouns[] = {U"目标", U"方面", U"任务", U"原则", U"环节", U"措施", U"阶段", U"步骤",
                                          U"要点", U"重点", U"坚持", U"必须", U"注重", U"统筹"};
// Sentences that report the past rather than set a goal.
inline constexpr W kPastMarkers[] = {U"已经", U"已", U"共有", U"现有", U"截至", U"截止", U"目前", U"去年"};

// Eligibility thresholds (申报条件: 职工总数不超过500人) are not targets: under such headings, or in
// sentences with these words, only a number with a stated year is read as a target.
inline constexpr W kConditionHeadings[] = {U"条件", U"支持对象", U"适用范围", U"申报要求", U"认定标准", U"基本要求"};
// Headings of a review of the past (一、发展基础): its figures are results, not goals.
inline constexpr W kBackgroundHeadings[] = {U"发展基础", U"工作基础", U"发展现状", U"现状", U"取得成效", U"主要成效",
                                            U"发展成就", U"工作回顾", U"工作进展", U"面临形势", U"发展形势",
                                            U"基本情况", U"主要成绩"};
// Words that start a verb phrase, not a noun, after a number (瞪羚企业20家进行重点培育).
inline constexpr W kPostVerbStarts[] = {U"进行", U"开展", U"给予", U"予以", U"实施", U"作为", U"用于", U"参与",
                                        U"获得", U"通过", U"完成", U"达到", U"纳入", U"入驻", U"落户", U"实现"};
inline constexpr W kConditionMarkers[] = {U"应具备", U"须具备", U"应当具备", U"具备以下条件", U"符合以下条件", U"申报条件"};

// Scopes a target applies to.
inline constexpr W kScopePerYear[] = {U"每年", U"年均", U"逐年"};
inline constexpr W kScopeWhole[] = {U"全市", U"全省", U"全县", U"全区", U"全国"};
inline constexpr W kScopePerUnitHeads[] = {U"每个", U"各"};
inline constexpr W kScopePerUnitTails[] = {U"县(区)", U"县(市、区)", U"县(市)", U"县区", U"县市区", U"县", U"区",
                                          U"乡镇", U"乡(镇)", U"产业集聚区", U"开发区", U"园区", U"高新区"};

// Words that make an amount of money a fixed standard rather than a target.
inline constexpr W kStandardWords[] = {U"奖补", U"奖励", U"补助", U"资助", U"补贴", U"贴息", U"扶持资金",
                                       U"一次性", U"后补助", U"支持资金", U"给予", U"申领"};
inline constexpr W kPerUnitWords[] = {U"每家", U"每个", U"每项", U"每人", U"每名", U"每次", U"每件", U"每所",
                                      U"每户", U"每台", U"每套"};

// Responsibility labels. A 责任单位 list is the lead when no 牵头 label is present (驻政〔2019〕25号 uses
// "(责任单位:…)" alone for tasks without a separate lead), otherwise it lists partners.
inline constexpr W kLeadLabels[] = {U"牵头单位", U"牵头部门", U"牵头科室", U"牵头处室", U"主责单位", U"主办单位",
                                    U"主要责任单位", U"主责科室", U"主办科室",
                                    U"牵头责任单位", U"责任领导单位", U"负责单位", U"主体单位", U"牵头"};
inline constexpr W kPartnerLabels[] = {U"配合单位", U"配合部门", U"参与单位", U"协办单位", U"协助单位",
                                       U"协同单位", U"参加单位", U"协作单位", U"配合科室", U"配合处室",
                                       U"协办科室", U"配合"};
inline constexpr W kResponsibleLabels[] = {U"责任单位", U"责任部门", U"责任科室", U"责任处室", U"实施单位",
                                          U"承办单位", U"承办科室"};
inline constexpr W kIgnoredLabels[] = {U"牵头领导", U"责任领导", U"分管领导", U"牵头市领导", U"责任人", U"联系人",
                                      U"完成时限", U"完成时间", U"时间节点", U"时限要求", U"进度安排"};
// Role verbs after a unit list: (市科技局牵头，市财政局配合).
inline constexpr W kLeadVerbs[] = {U"牵头负责", U"牵头", U"负责", U"主责", U"按职责分工负责", U"共同负责"};
inline constexpr W kPartnerVerbs[] = {U"配合", U"参与", U"协助", U"协办", U"协同", U"按职责分工配合", U"指导",
                                     U"督导", U"支持"};
// How the names of government units and institutions end.
inline constexpr W kUnitNameEndings[] = {U"局", U"委", U"办", U"厅", U"部", U"院", U"会", U"处", U"室", U"中心",
                                         U"政府", U"部门", U"学院", U"大学", U"学校", U"公司", U"银行", U"分局",
                                         U"科协", U"法院", U"检察院", U"管委会", U"集团", U"所", U"站", U"队", U"行",
                                         U"办公室", U"委员会", U"单位", U"机构", U"科", U"处室", U"科室"};
inline constexpr W kUnitNameStarts[] = {U"市", U"县", U"区", U"省", U"各", U"国家", U"中共", U"共青团", U"有关"};

// Document types a title ends with.
inline constexpr W kTitleEndings[] = {U"通知", U"意见", U"方案", U"办法", U"规划", U"计划", U"措施", U"细则",
                                      U"决定", U"要点", U"规定", U"纲要", U"指南", U"通告", U"公告", U"批复",
                                      U"报告", U"条例", U"实施意见", U"若干政策"};
inline constexpr W kIssuerEndings[] = {U"科学技术局", U"科技局", U"人民政府", U"人民政府办公室", U"政府办公室",
                                       U"办公室", U"委员会", U"局", U"厅", U"委", U"政府", U"管委会"};

// Five-year plans named instead of a year: the target year is the last year of the plan.
struct PlanPeriod {
  W name;
  int last_year;
};
inline constexpr PlanPeriod kPlanPeriods[] = {{U"十二五", 2015}, {U"十三五", 2020}, {U"十四五", 2025},
                                              {U"十五五", 2030}};

}  // namespace kc::targets::lex
