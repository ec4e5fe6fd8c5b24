#include "search/segmenter.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <thread>

#include "core/errors.hpp"
#include "search/test_dictionary_path.hpp"

namespace kc::search {
namespace {

using Tokens = std::vector<std::string>;

bool contains(const Tokens& tokens, const std::string& token) {
  return std::find(tokens.begin(), tokens.end(), token) != tokens.end();
}

class SegmenterTest : public ::testing::Test {
 protected:
  // Loading the dictionary takes a moment; one plain and one domain segmenter serve all tests.
  static void SetUpTestSuite() {
    const auto dict = testing::jieba_dictionary_path();
    if (dict.empty()) return;
    plain_ = std::make_unique<Segmenter>(SegmenterConfig{.dictionary = dict});
    domain_ = std::make_unique<Segmenter>(SegmenterConfig{
        .dictionary = dict, .user_words = default_domain_words(), .stopwords = testing::stopwords_path()});
  }
  static void TearDownTestSuite() { plain_.reset(), domain_.reset(); }
  void SetUp() override {
    if (!plain_) GTEST_SKIP() << "jieba dict.txt not found (apt-get install python3-jieba)";
  }
  static inline std::unique_ptr<Segmenter> plain_;
  static inline std::unique_ptr<Segmenter> domain_;
};

TEST_F(SegmenterTest, SegmentsDomainSamplesLikeJieba) {
  EXPECT_EQ(plain_->cut("平顶山神马帘子布"), (Tokens{"平顶山", "神马", "帘子布"}));
  EXPECT_EQ(plain_->cut("互连芯片"), (Tokens{"互连", "芯片"}));
  EXPECT_EQ(plain_->cut("高新技术"), (Tokens{"高新技术"}));
  EXPECT_EQ(plain_->cut("科技型中小企业"), (Tokens{"科技型", "中小企业"}));
}

TEST_F(SegmenterTest, UserWordsAreKeptWhole) {
  EXPECT_EQ(domain_->cut("揭榜挂帅项目"), (Tokens{"揭榜挂帅", "项目"}));
  EXPECT_EQ(domain_->cut("认定为科技型中小企业"), (Tokens{"认定", "科技型中小企业"}));
  EXPECT_EQ(domain_->cut("新型研发机构"), (Tokens{"新型研发机构"}));
  EXPECT_NE(plain_->cut("新型研发机构"), (Tokens{"新型研发机构"}));
}

TEST_F(SegmenterTest, EveryDefaultDomainWordStaysWholeInContext) {
  for (const std::string& word : default_domain_words()) {
    EXPECT_TRUE(contains(domain_->cut("支持" + word + "发展"), word)) << word;
  }
}

TEST_F(SegmenterTest, SearchModeAddsWordsInsideLongerWords) {
  EXPECT_EQ(plain_->cut("平顶山", CutMode::Search), (Tokens{"平顶", "平顶山"}));
  const Tokens tokens = domain_->cut("科技型中小企业", CutMode::Search);
  for (const char* part : {"科技", "科技型", "中小", "中小企业", "企业", "科技型中小企业"}) {
    EXPECT_TRUE(contains(tokens, part)) << part;
  }
  EXPECT_EQ(tokens.back(), "科技型中小企业");  // the whole word after its parts, as jieba
  EXPECT_FALSE(contains(tokens, "科"));        // single characters are not repeated
}

TEST_F(SegmenterTest, UnknownRunsBecomeBigrams) {
  EXPECT_EQ(plain_->cut("忆阻器芯片"), (Tokens{"忆阻", "阻器", "芯片"}));
  EXPECT_EQ(plain_->cut("类脑"), (Tokens{"类脑"}));
  const Segmenter singles(SegmenterConfig{.dictionary = testing::jieba_dictionary_path(),
                                          .bigrams_for_unknown_runs = false});
  EXPECT_EQ(singles.cut("忆阻器芯片"), (Tokens{"忆", "阻", "器", "芯片"}));
  // A stopword ends a run instead of joining a bigram.
  EXPECT_EQ(domain_->cut("阻的器"), (Tokens{"阻", "器"}));
}

TEST_F(SegmenterTest, AsciiWordsAndNumbersAreLowerCasedTokens) {
  EXPECT_EQ(plain_->cut("基于5G的AI芯片"), (Tokens{"基于", "5g", "的", "ai", "芯片"}));
  EXPECT_EQ(plain_->cut("ＵＳＢ３接口"), (Tokens{"usb3", "接口"}));
}

TEST_F(SegmenterTest, PunctuationAndInvalidBytesOnlySeparate) {
  EXPECT_EQ(plain_->cut("芯片，互连！（测试）"), (Tokens{"芯片", "互连", "测试"}));
  EXPECT_EQ(plain_->cut(std::string("芯片\xFF\xFE互连")), (Tokens{"芯片", "互连"}));
  EXPECT_TRUE(plain_->cut("").empty());
  EXPECT_TRUE(plain_->cut("，。！?").empty());
}

TEST_F(SegmenterTest, StopwordsAreDropped) {
  if (testing::stopwords_path().empty()) GTEST_SKIP() << "no stopword list";
  EXPECT_TRUE(contains(plain_->cut("芯片的设计"), "的"));
  EXPECT_EQ(domain_->cut("芯片的设计"), (Tokens{"芯片", "设计"}));
  EXPECT_TRUE(domain_->is_stopword("the"));
  EXPECT_EQ(domain_->cut("The chip"), (Tokens{"chip"}));
}

TEST_F(SegmenterTest, ConcurrentCutsGiveTheSameTokens) {
  const std::string text = "平顶山神马帘子布项目支持科技型中小企业开展互连芯片研发，忆阻器ＡＩ芯片。";
  const Tokens expected = domain_->cut(text, CutMode::Search);
  std::vector<Tokens> results(4);
  std::vector<std::thread> threads;
  for (auto& result : results) {
    threads.emplace_back([&] {
      for (int i = 0; i < 200; ++i) result = domain_->cut(text, CutMode::Search);
    });
  }
  for (auto& thread : threads) thread.join();
  for (const auto& result : results) EXPECT_EQ(result, expected);
}

TEST_F(SegmenterTest, IndexTextJoinsSearchModeTokens) {
  EXPECT_EQ(plain_->index_text("平顶山神马"), "平顶 平顶山 神马");
}

TEST_F(SegmenterTest, UserDictionaryFileWithFrequencies) {
  const auto path = std::filesystem::temp_directory_path() / "kc_search_user_dict_test.txt";
  std::ofstream(path) << "帘子布神马 100000 n\n芯片互连\n";
  Segmenter segmenter(SegmenterConfig{.dictionary = testing::jieba_dictionary_path(), .user_dictionary = path});
  std::filesystem::remove(path);
  EXPECT_EQ(segmenter.cut("帘子布神马"), (Tokens{"帘子布神马"}));
  EXPECT_EQ(segmenter.cut("芯片互连"), (Tokens{"芯片互连"}));
  EXPECT_EQ(segmenter.dictionary().frequency("帘子布神马"), 100000.0);
}

TEST(SegmenterFiles, MissingDictionaryIsAClearError) {
  try {
    Segmenter segmenter(SegmenterConfig{.dictionary = "/nonexistent/dict.txt"});
    FAIL() << "expected an error";
  } catch (const ApiError& e) {
    EXPECT_EQ(e.err(), Err::Unavailable);
    EXPECT_NE(e.message_zh().find("/nonexistent/dict.txt"), std::string::npos);
  }
}

}  // namespace
}  // namespace kc::search
