#include "search/term_weights.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "core/errors.hpp"

namespace kc::search {

using Tokens = std::vector<std::string>;

TEST(TermWeights, RanksByTfTimesIdfAndDropsLoneChinese) {
  IdfTable idf;
  idf.add("芯片", 8), idf.add("研究", 2), idf.add("互连", 10);
  idf.set_default_idf(5);
  const auto terms = top_terms_by_tf_idf(Tokens{"研究", "芯片", "的", "互连", "芯片", "新词", "5g"}, idf, 3);
  ASSERT_EQ(terms.size(), 3u);
  EXPECT_EQ(terms[0].term, "芯片");  // 2 x 8
  EXPECT_DOUBLE_EQ(terms[0].weight, 16);
  EXPECT_EQ(terms[1].term, "互连");  // 10
  EXPECT_EQ(terms[2].term, "新词");  // default 5, first seen before 5g
}

TEST(TermWeights, LoadsJiebaFormatAndUsesMedianForUnknown) {
  const auto path = std::filesystem::temp_directory_path() / "kc_search_idf_test.txt";
  std::ofstream(path) << "芯片 8.5\n研究 2.0\nbad-line\n互连 11\n";
  IdfTable idf;
  idf.load_jieba_idf(path);
  std::filesystem::remove(path);
  EXPECT_EQ(idf.size(), 3u);
  EXPECT_DOUBLE_EQ(idf.idf("芯片"), 8.5);
  EXPECT_DOUBLE_EQ(idf.idf("没有的词"), 8.5);  // median of 2, 8.5, 11
  EXPECT_THROW(idf.load_jieba_idf("/nonexistent/idf.txt"), ApiError);
}

TEST(TermWeights, Bm25IdfFallsWithDocumentFrequency) {
  EXPECT_NEAR(bm25_idf(1, 100), std::log(1 + 99.5 / 1.5), 1e-12);
  EXPECT_GT(bm25_idf(1, 100), bm25_idf(50, 100));
  EXPECT_GT(bm25_idf(100, 100), 0);  // never negative, unlike the classic Robertson IDF
}

}  // namespace kc::search
