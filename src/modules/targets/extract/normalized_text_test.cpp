#include "modules/targets/extract/normalized_text.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "modules/targets/extract/test_support.hpp"
#include "modules/targets/extract/text_util.hpp"

namespace kc::targets {
namespace {

TEST(NormalizedText, FoldsFullWidthAndDropsWhitespace) {
  auto src = decode_source("２０１９年新增　企业 １５家（含）");
  auto t = normalize(src);
  EXPECT_EQ(to_utf8(t.s), "2019年新增企业15家(含)");
}

TEST(NormalizedText, SpaceBetweenNumbersIsKept) {
  auto src = decode_source("新华社 2025-09-18 08:27 高新技术企业 300 350 家");
  auto t = normalize(src);
  EXPECT_EQ(to_utf8(t.s), "新华社2025-09-18 08:27高新技术企业300 350家");
}

TEST(NormalizedText, LineBreakInsideAWordIsSoft) {
  auto src = decode_source("全市财政科技支出占比、高新技术企业、科技型中小企业、创新平台、新型研发机\n\n构等指标保持增长。");
  auto t = normalize(src);
  EXPECT_EQ(t.s.find(U'\n'), std::u32string::npos);
  EXPECT_NE(t.s.find(U"新型研发机构"), std::u32string::npos);
}

TEST(NormalizedText, LineBreakAfterHeadingOrFullStopIsHard) {
  auto src = decode_source("一、指导思想\n以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神，持续推进。\n二、主要目标");
  auto t = normalize(src);
  EXPECT_EQ(std::count(t.s.begin(), t.s.end(), U'\n'), 2);
}

TEST(NormalizedText, SpanMapsBackToExactInput) {
  std::string input = "前言。\n2019年新培育国家高新技术企业\n２０ 家以上。";
  auto src = decode_source(input);
  auto t = normalize(src);
  auto begin = t.s.find(U"2019");
  auto end = t.s.find(U"以上") + 2;
  auto span = span_of(t, begin, end);
  EXPECT_EQ(span.text, "2019年新培育国家高新技术企业\n２０ 家以上");
  EXPECT_TRUE(testing::span_is_exact(input, span));
  EXPECT_EQ(span.start, 4u);
}

TEST(NormalizedText, NumberingPatterns) {
  EXPECT_EQ(numbering_length(U"一、总体要求", 0), 2u);
  EXPECT_EQ(numbering_length(U"(三)发展目标", 0), 3u);
  EXPECT_EQ(numbering_length(U"1.总体目标", 0), 2u);
  EXPECT_EQ(numbering_length(U"--聚焦发展", 0), 2u);
  EXPECT_EQ(numbering_length(U"第五条 资金", 0), 3u);
  EXPECT_EQ(numbering_length(U"1.5%以上", 0), 0u);
  EXPECT_EQ(numbering_length(U"2019年", 0), 0u);
}

TEST(SourceText, Gb18030IsConverted) {
  std::string gbk = "\xC6\xBD\xB6\xA5\xC9\xBD";  // 平顶山 in GBK
  auto src = decode_source(gbk);
  EXPECT_EQ(src.utf8, "平顶山");
  EXPECT_EQ(src.cps.size(), 3u);
}

TEST(SourceText, UndecodableBytesAreAFieldError) {
  try {
    decode_source(std::string("\xFF\xFF\xFF", 3));
    FAIL() << "expected ApiError";
  } catch (const kc::ApiError& e) {
    EXPECT_EQ(e.err(), kc::Err::FieldInvalid);
    EXPECT_EQ(e.field(), "file");
  }
}

}  // namespace
}  // namespace kc::targets
