#include "modules/targets/extract/targets.hpp"

#include <gtest/gtest.h>

#include "modules/targets/extract/table_rows.hpp"
#include "modules/targets/extract/test_support.hpp"

namespace kc::targets {
namespace {

std::vector<Target> read(const std::string& input, std::optional<int> document_year = 2019) {
  auto src = decode_source(input);
  auto targets = extract_targets(normalize(src), document_year);
  for (const auto& t : targets) EXPECT_TRUE(testing::span_is_exact(input, t.span)) << t.span.text;
  return targets;
}

TEST(Targets, FlowAndStockInOneSentenceAreTwoTargets) {
  auto t = read("到2020年，全市新增高新技术企业15家、总数达到140家。");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].indicator, "新增高新技术企业");
  EXPECT_EQ(t[0].value, 15);
  EXPECT_EQ(t[0].scope, "全市");
  EXPECT_EQ(t[0].year, 2020);
  EXPECT_EQ(t[0].year_source, "stated");
  EXPECT_EQ(t[1].indicator, "高新技术企业总数");
  EXPECT_EQ(t[1].value, 140);
  EXPECT_EQ(t[1].span.text, "总数达到140家");
}

TEST(Targets, ComparatorWords) {
  auto t = read("2021年新建众创空间10家以上，引进人才50名左右，培育科技型企业不少于30家，"
                "研发费用增长超过20%，新增债务控制在5亿元以内，新增孵化器3家。");
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[0].comparator, Comparator::AtLeast);
  EXPECT_EQ(t[1].comparator, Comparator::About);
  EXPECT_EQ(t[2].comparator, Comparator::AtLeast);
  EXPECT_EQ(t[3].comparator, Comparator::AtLeast);
  EXPECT_EQ(t[4].comparator, Comparator::AtMost);
  EXPECT_EQ(t[5].comparator, Comparator::AtLeast);  // a bare number is a floor
  EXPECT_EQ(t[2].indicator, "培育科技型企业");
}

TEST(Targets, RangeKeepsBothEnds) {
  auto t = read("2021年每个县（区）新建众创空间5—10家。");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].value, 5);
  EXPECT_EQ(t[0].value_max, 10);
  EXPECT_EQ(t[0].comparator, Comparator::Between);
  EXPECT_EQ(t[0].scope, "每个县（区）");
  EXPECT_EQ(t[0].indicator, "新建众创空间");
}

TEST(Targets, ChineseNumeralsAndPerYearScope) {
  auto t = read("每年引进高层次人才二十名，培育两个创新团队。", 2022);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].value, 20);
  EXPECT_EQ(t[0].scope, "每年");
  EXPECT_EQ(t[1].value, 2);
  EXPECT_EQ(t[1].indicator, "培育创新团队");
  EXPECT_EQ(t[0].year, 2022);
  EXPECT_EQ(t[0].year_source, "document");
}

TEST(Targets, NounAfterTheNumber) {
  auto t = read("2019年依托重点实验室柔性引进10名以上的高层次创新人才，选派100名左右省派科技特派员和100名以上市派、县派科技特派员。");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].indicator, "引进高层次创新人才");
  EXPECT_EQ(t[1].indicator, "选派省派科技特派员");
  EXPECT_EQ(t[1].comparator, Comparator::About);
  EXPECT_EQ(t[2].indicator, "选派市派、县派科技特派员");
}

TEST(Targets, FenbieAfterTheSubjectClause) {
  auto t = read("到2027年，全区高新技术企业和科技型企业在2022年的基础上实现“双倍增”，分别超过90家和870家。", 2023);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].indicator, "高新技术企业");
  EXPECT_EQ(t[1].indicator, "科技型企业");
  EXPECT_EQ(t[1].value, 870);
  EXPECT_EQ(t[1].year, 2027);  // 在2022年的基础上 is the baseline
}

TEST(Targets, GeDistributesOneValueOverEachItem) {
  auto t = read("2021年省级和市级工程技术研究中心各新增5家。");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].indicator, "新增省级工程技术研究中心");
  EXPECT_EQ(t[1].indicator, "新增市级工程技术研究中心");
  EXPECT_EQ(t[0].value, 5);
  EXPECT_EQ(t[1].value, 5);
}

TEST(Targets, FenbiePairsItemsWithValues) {
  auto t = read("2021年高新技术企业和科技型中小企业分别达到100家、200家。");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].indicator, "高新技术企业");
  EXPECT_EQ(t[0].value, 100);
  EXPECT_EQ(t[1].indicator, "科技型中小企业");
  EXPECT_EQ(t[1].value, 200);
}

TEST(Targets, YearFromAnEarlierSentence) {
  auto t = read("到2020年主要目标如下。全市新增科技型中小企业30家。", 2019);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].year, 2020);
  EXPECT_EQ(t[0].year_source, "context");
}

TEST(Targets, RatioIndicatorDropsTheLinkingVerb) {
  auto t = read("2019年科学研究与试验发展(R&D)经费占国民生产总值的比重达到1.5%以上。");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].indicator, "科学研究与试验发展(R&D)经费占国民生产总值的比重");
  EXPECT_EQ(t[0].unit, "%");
  EXPECT_EQ(t[0].value, 1.5);
}

TEST(Targets, PastFiguresNamesAndDatesAreNotTargets) {
  auto t = read("截至2018年底，全市已有高新技术企业120家。坚持“两条途径”一起抓，全面贯彻党的十九大精神。"
                "审批服务“一次办妥”。印发日期：2019年8月25日。平科〔2019〕48号。专家组由5名以上专家组成。",
                2019);
  EXPECT_TRUE(t.empty()) << t.size() << " " << (t.empty() ? "" : t[0].span.text);
}

TEST(Targets, ChangeVerbTakesThePreviousSubject) {
  auto t = read("“十四五”期间，高新技术企业数量突破800家，年均增长15%以上。", 2021);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].year, 2025);
  EXPECT_EQ(t[1].indicator, "高新技术企业数量增长");
  EXPECT_EQ(t[1].scope, "年均");
}

TEST(Targets, BareNounInAListOfCountsSharesTheVerb) {
  auto t = read("2022年新建市级工程技术研究中心30家，市级重点实验室5—8家，研发投入强度达到2%。");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[1].indicator, "新建市级重点实验室");
  EXPECT_EQ(t[2].indicator, "研发投入强度");  // a rate with its own linking verb does not
}

TEST(Targets, EnumeratedGoalsInOneSentence) {
  auto t = read("今年要努力实现六个目标：一是全市工业总产值要突破400亿元；二是新增高新技术企业50家，努力实现新增100家。", 2008);
  ASSERT_EQ(t.size(), 3u);  // 六个目标 counts the goals, it is not one
  EXPECT_EQ(t[0].indicator, "工业总产值");
  EXPECT_EQ(t[1].indicator, "新增高新技术企业");
  EXPECT_EQ(t[2].indicator, "新增高新技术企业");
  EXPECT_EQ(t[2].value, 100);
}

TEST(Targets, IndicatorBeforeAColon) {
  auto t = read("2022年主要指标：高新技术企业数量：达到200家。");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].indicator, "高新技术企业数量");
  EXPECT_EQ(t[0].span.text, "达到200家");
}

TEST(Targets, FromBaselineToTargetKeepsOnlyTheTarget) {
  auto t = read("全市高新技术企业数量由2020年的300家增加到2023年的600家。", 2021);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].value, 600);
  EXPECT_EQ(t[0].year, 2023);
  EXPECT_EQ(t[0].indicator, "高新技术企业数量");
}

TEST(Targets, ComparedAgainstYearIsNotTheTargetYear) {
  auto t = read("力争到2025年，全市创新平台总数达到500个，较2020年增长30%；研发经费投入强度比上年提高0.2个百分点。", 2021);
  ASSERT_EQ(t.size(), 3u);
  for (const auto& x : t) EXPECT_EQ(x.year, 2025);
  EXPECT_EQ(t[1].indicator, "创新平台总数增长");
  EXPECT_EQ(t[2].unit, "个百分点");
}

TEST(Targets, GoalSectionAcceptsBareFigures) {
  auto outside = read("一、工作基础\n众创空间12家。\n");
  EXPECT_TRUE(outside.empty());
  auto inside = read("二、年度目标\n众创空间12家。\n三、保障措施\n专家库专家30名。\n");
  ASSERT_EQ(inside.size(), 1u);
  EXPECT_EQ(inside[0].indicator, "众创空间");
}

TEST(Targets, EligibilityThresholdsAreNotTargets) {
  auto t = read("三、申报条件\n（一）职工总数不超过500人，年销售收入不超过2亿元。\n四、工作目标\n2022年新增众创空间3家。\n", 2022);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].value, 3);
}

TEST(Targets, PerfectiveVerbsReportThePast) {
  auto t = read("全市新增了高新技术企业20家。为了完成任务，2019年新增众创空间3家。");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].value, 3);
}

TEST(Targets, ReviewSectionsHoldResults) {
  auto t = read("一、发展基础\n全市高新技术企业达到300家。\n二、主要目标\n2025年全市高新技术企业达到600家。\n", 2021);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].value, 600);
}

TEST(Targets, VerbPhraseAfterTheNumberIsNotTheNoun) {
  auto t = read("2022年遴选瞪羚企业20家左右进行重点培育。");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].indicator, "遴选瞪羚企业");
}

TEST(TableRows, OneTargetPerRowAndFutureYear) {
  std::string input =
      "表1 主要指标\n指标名称            2020年      2025年     属性\n高新技术企业数量（家）    312       600      预期性\n"
      "研发投入强度（%）     1.8       2.5      预期性\n说明：2020年为基期。\n";
  auto src = decode_source(input);
  auto rows = extract_table_rows(normalize(src), 2021);
  ASSERT_EQ(rows.size(), 2u);  // the 2020 column is the baseline
  EXPECT_EQ(rows[0].indicator, "高新技术企业数量");
  EXPECT_EQ(rows[0].unit, "家");
  EXPECT_EQ(rows[0].value, 600);
  EXPECT_EQ(rows[0].year, 2025);
  EXPECT_EQ(rows[1].unit, "%");
  EXPECT_EQ(rows[1].value, 2.5);
  for (const auto& r : rows) EXPECT_TRUE(testing::span_is_exact(input, r.span)) << r.span.text;
  EXPECT_TRUE(read(input, 2021).empty());  // the sentence reader leaves tables alone
}

TEST(Targets, SpansSurviveLineBreaksAndFullWidthDigits) {
  std::string input = "（二）实施“小升高”培育行动。2019年新培育国家高新技术企业\n２０ 家以上。";
  auto t = read(input);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].span.text, "2019年新培育国家高新技术企业\n２０ 家以上");
  EXPECT_EQ(t[0].indicator, "新培育国家高新技术企业");
}

}  // namespace
}  // namespace kc::targets
