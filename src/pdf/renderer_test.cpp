#include "pdf/renderer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <future>
#include <regex>

#include "core/errors.hpp"
#include "pdf/pdf_text.hpp"
#include "pdf/response.hpp"
#include "pdf/time_text.hpp"

namespace kc::pdf {
namespace {

using testing::pdf_page_count;
using testing::pdf_text;

std::size_t count_of(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) ++n;
  return n;
}

std::string without_whitespace(std::string s) {
  std::erase_if(s, [](unsigned char c) { return std::isspace(c); });
  return s;
}

Document numbered_rows(int rows) {
  Table t{{{"序号", 0.15, Align::Right}, {"企业名称", 0.55}, {"研发费用（元）", 0.3, Align::Right}}, {}};
  for (int i = 1; i <= rows; ++i)
    t.rows.push_back({std::to_string(i), "测试企业第" + std::to_string(i) + "号", std::to_string(i * 1000) + ".00"});
  return Document{"企业研发费用清单", {"平顶山市科学技术局"}, "2026-11-22 10:00", {t}};
}

TEST(PdfRenderer, WritesAPdfWhoseTextIsTheChineseOfTheDocument) {
  Document doc{"科技型中小企业定期通报", {"平顶山市科学技术局", "2026年度"}, "2026-11-22 10:00",
               {Heading{"一、总体情况"}, Paragraph{"全市入库科技型中小企业稳步增长。"},
                Table{{{"县（区）", 0.6}, {"入库数", 0.4, Align::Right}}, {{"叶县", "12"}, {"宝丰县", "7"}}}}};
  auto bytes = render(doc);
  ASSERT_EQ(bytes.substr(0, 5), "%PDF-");
  auto text = without_whitespace(pdf_text(bytes));  // pdftotext's spacing between CJK glyphs is a guess
  for (const char* expected : {"科技型中小企业定期通报", "平顶山市科学技术局", "生成时间：2026-11-2210:00",
                               "一、总体情况", "全市入库科技型中小企业稳步增长。", "宝丰县", "第1页共1页"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " missing from:\n" << text;
}

TEST(PdfRenderer, ALongTableSpansPagesWithItsHeaderOnEachAndTheRightPageCount) {
  auto bytes = render(numbered_rows(500));
  int pages = pdf_page_count(bytes);
  ASSERT_GT(pages, 5);
  auto text = without_whitespace(pdf_text(bytes));
  EXPECT_EQ(count_of(text, "企业名称"), static_cast<std::size_t>(pages)) << "the header row repeats on every page";
  EXPECT_NE(text.find("第1页共" + std::to_string(pages) + "页"), std::string::npos);
  EXPECT_NE(text.find("第" + std::to_string(pages) + "页共" + std::to_string(pages) + "页"), std::string::npos);
  EXPECT_NE(text.find("测试企业第500号"), std::string::npos);
  EXPECT_NE(text.find("500000.00"), std::string::npos);
}

TEST(PdfRenderer, MorePagesForMoreRows) {
  EXPECT_LT(pdf_page_count(render(numbered_rows(100))), pdf_page_count(render(numbered_rows(300))));
}

TEST(PdfRenderer, LongCellTextWrapsInsideItsColumn) {
  std::string long_text;
  for (int i = 0; i < 6; ++i) long_text += "围绕新材料产业链开展关键共性技术攻关";
  Document doc{"换行", {}, "", {Table{{{"名称", 0.2}, {"说明", 0.8}}, {{"甲", long_text}}}}};
  auto text = pdf_text(render(doc));
  EXPECT_EQ(text.find(long_text), std::string::npos) << "the cell is wider than its column, so it must wrap";
  EXPECT_NE(without_whitespace(text).find(long_text), std::string::npos) << "no character may be lost";
}

TEST(PdfRenderer, AMissingFontIsAClearErrorNamingThePackage) {
  Document doc{"标题", {}, "", {}, "No Such Font Family KC"};
  try {
    render(doc);
    FAIL() << "expected an error";
  } catch (const ApiError& e) {
    EXPECT_EQ(e.err(), Err::Unavailable);
    EXPECT_NE(e.message_zh().find("fonts-noto-cjk"), std::string::npos);
  }
}

TEST(PdfRenderer, RendersFromFourThreadsAtOnce) {
  std::vector<std::future<std::string>> jobs;
  for (int t = 0; t < 4; ++t)
    jobs.push_back(std::async(std::launch::async, [t] {
      Document doc = numbered_rows(120);
      doc.title = "线程" + std::to_string(t) + "的报表";
      return pdf_text(render(doc));
    }));
  for (int t = 0; t < 4; ++t) {
    auto text = jobs[t].get();
    EXPECT_NE(text.find("线程" + std::to_string(t) + "的报表"), std::string::npos);
    EXPECT_NE(text.find("测试企业第120号"), std::string::npos);
  }
}

TEST(PdfResponse, AnswersPdfWithAnRfc5987FileName) {
  auto r = response("%PDF-1.5", "通报.pdf", "bulletin.pdf");
  EXPECT_EQ(r.content_type, "application/pdf");
  ASSERT_EQ(r.headers.size(), 1u);
  EXPECT_EQ(r.headers[0].second,
            "attachment; filename=\"bulletin.pdf\"; filename*=UTF-8''%E9%80%9A%E6%8A%A5.pdf");
}

}  // namespace
}  // namespace kc::pdf

namespace kc::pdf {
namespace {

TEST(PdfTimeText, PrintsBeijingTimeAcrossTheUtcDateLine) {
  // 2026-11-21T16:30:00Z is already the 22nd in Beijing.
  EXPECT_EQ(beijing_time_text(1795278600000), "2026-11-22 00:30（北京时间）");
  EXPECT_EQ(beijing_date_text(1795278600000), "2026年11月22日");
}

}  // namespace
}  // namespace kc::pdf

namespace kc::pdf {
namespace {

std::string repeated(const std::string& sentence, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += sentence + std::to_string(i) + "。";
  return out;
}

// The text without whitespace and without page footers, which pdftotext puts inside text that runs on.
std::string squeezed(std::string s) {
  std::erase_if(s, [](unsigned char c) { return std::isspace(c); });
  return std::regex_replace(s, std::regex("第[0-9]+页共[0-9]+页"), "");
}

TEST(PdfRenderer, AParagraphLongerThanAPageContinuesOnTheNextPagesWithNothingLostOrRepeated) {
  auto text = repeated("本段用于检验跨页续排的长文本第", 300);
  auto bytes = render(Document{"长段落", {}, "", {Paragraph{text}}});
  auto pages = pdf_page_count(bytes);
  EXPECT_GT(pages, 2);
  auto read = squeezed(pdf_text(bytes));
  EXPECT_NE(without_whitespace(pdf_text(bytes)).find("第" + std::to_string(pages) + "页共" + std::to_string(pages) + "页"),
            std::string::npos);
  // Every sentence exactly once: none lost at a page break, none drawn on two pages.
  for (int i = 0; i < 300; ++i) {
    auto sentence = "本段用于检验跨页续排的长文本第" + std::to_string(i) + "。";
    ASSERT_EQ(count_of(read, sentence), 1u) << sentence;
  }
}

TEST(PdfRenderer, ATableRowTallerThanAPageIsSlicedWithTheHeaderRepeated) {
  auto long_cell = repeated("超长单元格内容第", 400);
  Table t{{{"编号", 0.2}, {"说明", 0.8}}, {{"甲", "短"}, {"乙", long_cell}, {"丙", "短"}}};
  auto bytes = render(Document{"超长行", {}, "", {t}});
  auto pages = pdf_page_count(bytes);
  ASSERT_GT(pages, 1);
  auto read = squeezed(pdf_text(bytes));
  EXPECT_EQ(count_of(read, "说明"), static_cast<std::size_t>(pages)) << "the header row heads every page";
  for (int i : {0, 199, 399}) {
    auto piece = "超长单元格内容第" + std::to_string(i) + "。";
    EXPECT_EQ(count_of(read, piece), 1u) << piece;
  }
  EXPECT_NE(read.find("丙"), std::string::npos);
}

}  // namespace
}  // namespace kc::pdf
