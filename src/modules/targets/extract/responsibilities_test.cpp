#include "modules/targets/extract/responsibilities.hpp"

#include <gtest/gtest.h>

#include "modules/targets/extract/test_support.hpp"

namespace kc::targets {
namespace {

std::vector<Responsibility> read(const std::string& input) {
  auto src = decode_source(input);
  auto r = extract_responsibilities(normalize(src));
  for (const auto& x : r) EXPECT_TRUE(testing::span_is_exact(input, x.span)) << x.span.text;
  return r;
}

using Units = std::vector<std::string>;

TEST(Responsibilities, LabelledLeadAndResponsibleUnits) {
  auto r = read("1.实施高新技术企业倍增工程。强化源头培育。（牵头单位：市科技局，责任单位：市财政局、市税务局，各县（区）政府）");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].task, "实施高新技术企业倍增工程");
  EXPECT_EQ(r[0].lead, Units{"市科技局"});
  EXPECT_EQ(r[0].partners, (Units{"市财政局", "市税务局", "各县（区）政府"}));  // as written
  EXPECT_TRUE(r[0].span.text.starts_with("1.实施"));
  EXPECT_TRUE(r[0].span.text.ends_with("政府）"));
}

TEST(Responsibilities, LeadAndSupportVerbs) {
  auto r = read("（三）加快成果转化。建设技术市场（市科技局牵头，市财政局、市商务局配合）。");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].task, "加快成果转化");
  EXPECT_EQ(r[0].lead, Units{"市科技局"});
  EXPECT_EQ(r[0].partners, (Units{"市财政局", "市商务局"}));
}

TEST(Responsibilities, ResponsibleUnitsAloneAreLeads) {
  auto r = read("（一）加强组织领导\n各地要加强领导。（责任单位：市直有关部门，各县（区）政府）");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].task, "加强组织领导");
  EXPECT_EQ(r[0].lead, (Units{"市直有关部门", "各县（区）政府"}));
  EXPECT_TRUE(r[0].partners.empty());
}

TEST(Responsibilities, NoteOnTheLineAfterItsTask) {
  auto r = read("二、推进措施\n（一）完善技术市场体系，建设线上线下平台。\n牵头单位：市科技局；配合单位：市财政局\n");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].task, "完善技术市场体系，建设线上线下平台");
  EXPECT_EQ(r[0].lead, Units{"市科技局"});
  EXPECT_EQ(r[0].partners, Units{"市财政局"});
}

TEST(Responsibilities, NoteOverTwoLines) {
  auto r = read("（二）建设科技大市场。\n牵头单位：市科技局\n责任单位：市财政局、市商务局\n（三）下一项工作。");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].task, "建设科技大市场");
  EXPECT_EQ(r[0].lead, Units{"市科技局"});
  EXPECT_EQ(r[0].partners, (Units{"市财政局", "市商务局"}));
  EXPECT_TRUE(r[0].span.text.ends_with("市商务局"));
}

TEST(Responsibilities, LeadMarkedInsideTheListAndRemarksDropped) {
  auto r = read("推进技术转移。（责任单位：市科技局（牵头）、市财政局，以下均需各县（市、区）政府落实，不再列出）");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].lead, Units{"市科技局"});
  EXPECT_EQ(r[0].partners, Units{"市财政局"});
}

TEST(Responsibilities, GuidingUnitIsAPartner) {
  auto r = read("壮大新型研发机构。（各县（市、区）政府负责，市科技局指导）");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].lead, Units{"各县（市、区）政府"});
  EXPECT_EQ(r[0].partners, Units{"市科技局"});
}

TEST(Responsibilities, LabelsInSquareBrackets) {
  auto r = read("（五）建设中试基地。【牵头单位】市科技局【配合单位】市工信局、市财政局");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].task, "建设中试基地");
  EXPECT_EQ(r[0].lead, Units{"市科技局"});
  EXPECT_EQ(r[0].partners, (Units{"市工信局", "市财政局"}));
}

TEST(Responsibilities, LeadersAndDeadlinesAreNotUnits) {
  auto r = read("（六）建设技术转移中心。\n牵头领导：张三；牵头单位：市科技局；配合单位：市财政局；完成时限：2022年底前\n");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].lead, Units{"市科技局"});
  EXPECT_EQ(r[0].partners, Units{"市财政局"});
  EXPECT_TRUE(read("完成时限：2022年底前。").empty());
}

TEST(Responsibilities, RolesOpeningASentence) {
  auto r = read("（三）推进科技金融。由市金融局牵头，会同市科技局、市财政局等部门，开展科技贷款业务。");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].task, "推进科技金融");
  EXPECT_EQ(r[0].lead, Units{"市金融局"});
  EXPECT_EQ(r[0].partners, (Units{"市科技局", "市财政局"}));
  EXPECT_TRUE(r[0].span.text.ends_with("业务。"));
  auto alone = read("市科技局牵头，市财政局配合，建设技术交易平台。");
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_EQ(alone[0].task, "建设技术交易平台");
  EXPECT_TRUE(read("鼓励龙头企业牵头，联合高校建设研发平台。").empty());
}

TEST(Responsibilities, TwoTasksInOneParagraph) {
  auto r = read("推进科技金融。（市金融局牵头）建设孵化器。（市科技局负责）");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].lead, Units{"市金融局"});
  EXPECT_EQ(r[1].task, "建设孵化器");
  EXPECT_EQ(r[1].lead, Units{"市科技局"});
}

TEST(Responsibilities, OrdinaryBracketsAreNotNotes) {
  auto r = read("着力建设“四个一批”（一批创新引领型企业、平台、人才、机构），鼓励龙头企业牵头承担专项（见附件）。");
  EXPECT_TRUE(r.empty());
}

TEST(Responsibilities, RoleParsing) {
  EXPECT_FALSE(parse_role_assignment(U"R&D").has_value());
  auto a = parse_role_assignment(U"由市科技局牵头,各县区政府按职责分工负责");
  ASSERT_TRUE(a.has_value());
  ASSERT_EQ(a->lead.size(), 1u);
  EXPECT_EQ(a->lead[0], U"市科技局");
  ASSERT_EQ(a->partners.size(), 1u);
  EXPECT_EQ(a->partners[0], U"各县区政府");
}

}  // namespace
}  // namespace kc::targets
