#include "modules/targets/extract/metadata.hpp"

#include <gtest/gtest.h>

namespace kc::targets {
namespace {

DocumentMeta read(const std::string& input) {
  auto src = decode_source(input);
  return extract_metadata(normalize(src));
}

TEST(Metadata, RedHeaderDocument) {
  auto m = read(
      "\n许昌市科学技术局文件\n\n许科〔2021〕12号\n\n许昌市科学技术局 关于印发许昌市科技型企业培育方案的通知\n\n"
      "各县（市、区）科技局：\n现将《方案》印发给你们，请结合实际认真贯彻落实（参照豫科〔2020〕3号）。\n\n2021年3月5日\n");
  EXPECT_EQ(m.issuer, "许昌市科学技术局");
  EXPECT_EQ(m.number, "许科〔2021〕12号");
  EXPECT_EQ(m.date, "2021-03-05");
  EXPECT_EQ(m.title, "许昌市科学技术局关于印发许昌市科技型企业培育方案的通知");
  EXPECT_EQ(m.region, "许昌市");
  EXPECT_EQ(m.year, 2021);
}

TEST(Metadata, LabelledWebPage) {
  auto m = read(
      "政府信息公开\n\n名  称: 新乡市人民政府关于加快科技创新的意见\n文  号: 新政〔2020〕7号 有 效 性:\n"
      "信息来源: 发文日期: 2020年06月09日\n\n正文。\n");
  EXPECT_EQ(m.issuer, "新乡市人民政府");
  EXPECT_EQ(m.number, "新政〔2020〕7号");
  EXPECT_EQ(m.date, "2020-06-09");
  EXPECT_EQ(m.title, "新乡市人民政府关于加快科技创新的意见");
  EXPECT_EQ(m.region, "新乡市");
}

TEST(Metadata, IssuerFromTheSignature) {
  auto m = read("鹤壁市科学技术局2022年工作要点\n\n一、目标\n新增企业10家。\n\n鹤壁市科学技术局\n2022年2月8日\n");
  EXPECT_EQ(m.issuer, "鹤壁市科学技术局");
  EXPECT_EQ(m.title, "鹤壁市科学技术局2022年工作要点");
  EXPECT_EQ(m.date, "2022-02-08");
  EXPECT_TRUE(m.number.empty());
}

TEST(Metadata, PortalFieldsOnOneLine) {
  auto m = read(
      "索 引 号: abc-2021-000148 主题分类: 市政府办文件\n发文机关: 盘锦市政府 成文日期: 2021-05-21\n"
      "标  题: 盘政办发〔2021〕10号 盘锦市人民政府办公室关于 印发孵化载体建设实施方案的通知\n"
      "发文字号: 盘政办发〔2021〕10号 发布日期: 2021-05-22\n正文。\n");
  EXPECT_EQ(m.issuer, "盘锦市政府");
  EXPECT_EQ(m.number, "盘政办发〔2021〕10号");
  EXPECT_EQ(m.date, "2021-05-21");
  EXPECT_EQ(m.title, "盘锦市人民政府办公室关于印发孵化载体建设实施方案的通知");
  EXPECT_EQ(m.region, "盘锦市");
}

TEST(Metadata, ChineseNumeralDate) {
  auto m = read("梧州市人民政府关于印发创新计划实施方案的通知\n(梧政发〔2012〕3号)\n各县政府:\n现印发给你们。\n二○一二年一月二十九日\n");
  EXPECT_EQ(m.date, "2012-01-29");
  EXPECT_EQ(m.number, "梧政发〔2012〕3号");
  EXPECT_EQ(m.issuer, "梧州市人民政府");
}

TEST(Metadata, SentenceCitingATitleIsNotTheTitle) {
  auto m = read("杭州市推进“互联网+”行动实施意见\n(征求意见稿)\n为贯彻落实《国务院关于积极推进“互联网+”行动的指导意见》,结合实际,制订以下实施意见。\n");
  EXPECT_EQ(m.title, "杭州市推进“互联网+”行动实施意见");
}

TEST(Metadata, RegionOfNames) {
  EXPECT_EQ(region_of(U"平顶山市科学技术局"), "平顶山市");
  EXPECT_EQ(region_of(U"中共漯河市委"), "漯河市");
  EXPECT_EQ(region_of(U"河南省科学技术厅"), "河南省");
  EXPECT_EQ(region_of(U"科技局"), "");
}

}  // namespace
}  // namespace kc::targets
