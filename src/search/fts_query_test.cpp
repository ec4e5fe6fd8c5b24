#include "search/fts_query.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <memory>
#include <set>
#include <stdexcept>

#include "search/segmenter.hpp"
#include "search/test_dictionary_path.hpp"

namespace kc::search {
namespace {

using Tokens = std::vector<std::string>;
const std::vector<WeightedColumn> kColumns = {{"title", 10}, {"keywords", 5}, {"body", 1}};

TEST(Fts5Query, TermsAreQuotedAndOred) {
  EXPECT_EQ(fts5_match_expression(Tokens{"互连", "芯片", "互连"}), "\"互连\" OR \"芯片\"");
  EXPECT_EQ(fts5_match_expression(Tokens{"互连", "芯片"}, MatchMode::AllTerms), "\"互连\" AND \"芯片\"");
  EXPECT_EQ(fts5_match_expression(Tokens{}), "");
  EXPECT_EQ(fts5_match_expression(Tokens{""}), "");
}

TEST(Fts5Query, QuotesAndOperatorsAreEscaped) {
  EXPECT_EQ(fts5_quote("a\"b"), "\"a\"\"b\"");
  EXPECT_EQ(fts5_match_expression(Tokens{"NOT", "a*", "x:y"}), "\"NOT\" OR \"a*\" OR \"x:y\"");
}

TEST(Fts5Query, LongInputIsCappedAtTheTermLimit) {
  Tokens many;
  const auto quoted_term = [](size_t i) { return fts5_quote(std::to_string(i)); };
  for (size_t i = 0; i < kMaxQueryTerms + 10; ++i) many.push_back(std::to_string(i));
  const std::string match = fts5_match_expression(many);
  EXPECT_NE(match.find(quoted_term(kMaxQueryTerms - 1)), std::string::npos);
  EXPECT_EQ(match.find(quoted_term(kMaxQueryTerms)), std::string::npos);
}

TEST(Fts5Query, SingleHanCharacterBecomesPrefixQuery) {
  EXPECT_EQ(fts5_match_expression(Tokens{"芯", "a"}), "\"芯\"* OR \"a\"");
}

TEST(Fts5Query, BuildsWeightedSql) {
  EXPECT_EQ(fts5_bm25_expression("docs_fts", kColumns), "bm25(docs_fts, 10.0, 5.0, 1.0)");
  EXPECT_EQ(fts5_search_sql("docs_fts", kColumns),
            "SELECT rowid, bm25(docs_fts, 10.0, 5.0, 1.0) AS score FROM docs_fts WHERE docs_fts MATCH ?1 "
            "ORDER BY score LIMIT ?2");
  EXPECT_EQ(fts5_create_table_sql("docs_fts", kColumns, "content=''"),
            "CREATE VIRTUAL TABLE docs_fts USING fts5(title, keywords, body, tokenize='unicode61', content='')");
  EXPECT_THROW(fts5_search_sql("docs; DROP TABLE x", kColumns), std::invalid_argument);
}

TEST(PostgresQuery, BuildsWeightedVectorAndQuery) {
  EXPECT_EQ(pg_tsvector_expression(std::span(kColumns).first(2)),
            "setweight(to_tsvector('simple', coalesce(title, '')), 'A') || "
            "setweight(to_tsvector('simple', coalesce(keywords, '')), 'B')");
  EXPECT_EQ(pg_tsquery_text(Tokens{"芯片", "o'k", "芯"}), "'芯片' | 'o''k' | '芯':*");
  EXPECT_EQ(pg_tsquery_text(Tokens{"a", "b"}, MatchMode::AllTerms), "'a' & 'b'");
  EXPECT_EQ(pg_search_sql("docs", "id", "tsv", kColumns),
            "SELECT id, ts_rank('{0.0,0.1,0.5,1.0}', tsv, q) AS score FROM docs, to_tsquery('simple', $1) q "
            "WHERE tsv @@ q ORDER BY score DESC LIMIT $2");
  EXPECT_THROW(pg_tsvector_expression({}), std::invalid_argument);
}

// Runs the generated SQL against a real in-memory FTS5 table of segmented documents.
class Fts5SearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const auto dict = testing::jieba_dictionary_path();
    if (!dict.empty()) {
      segmenter_ = std::make_unique<Segmenter>(
          SegmenterConfig{.dictionary = dict, .user_words = default_domain_words()});
    }
  }
  static void TearDownTestSuite() { segmenter_.reset(); }

  void SetUp() override {
    if (!segmenter_) GTEST_SKIP() << "jieba dict.txt not found";
    ASSERT_EQ(sqlite3_open(":memory:", &db_), SQLITE_OK);
    exec(fts5_create_table_sql("docs", kColumns));
    add(1, "高性能互连芯片", "芯片;互连", "面向数据中心的高速互连芯片研发");
    add(2, "平顶山神马帘子布项目", "帘子布", "尼龙66帘子布生产线技术改造");
    add(3, "科技型中小企业评价", "科技型中小企业", "开展科技型中小企业评价工作，支持研发投入");
    add(4, "农业技术推广", "农业", "小麦良种推广");
  }
  void TearDown() override { sqlite3_close(db_); }

  void exec(const std::string& sql) {
    char* error = nullptr;
    ASSERT_EQ(sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK) << error;
  }
  void add(int id, const std::string& title, const std::string& keywords, const std::string& body) {
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db_, "INSERT INTO docs(rowid, title, keywords, body) VALUES (?1, ?2, ?3, ?4)", -1,
                       &stmt, nullptr);
    sqlite3_bind_int(stmt, 1, id);
    const std::string values[] = {segmenter_->index_text(title), segmenter_->index_text(keywords),
                                  segmenter_->index_text(body)};
    for (int i = 0; i < 3; ++i) sqlite3_bind_text(stmt, i + 2, values[i].c_str(), -1, SQLITE_TRANSIENT);
    EXPECT_EQ(sqlite3_step(stmt), SQLITE_DONE);
    sqlite3_finalize(stmt);
  }

  // Ids in rank order for what a user typed; "ERROR" if SQLite rejected the query.
  std::vector<int> search(const std::string& user_text) {
    const std::string match = fts5_match_expression(segmenter_->cut(user_text));
    if (match.empty()) return {};
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db_, fts5_search_sql("docs", kColumns).c_str(), -1, &stmt, nullptr);
    sqlite3_bind_text(stmt, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(stmt, 2, 10);
    std::vector<int> ids;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) ids.push_back(sqlite3_column_int(stmt, 0));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) ids.assign(1, -1);
    return ids;
  }

  static inline std::unique_ptr<Segmenter> segmenter_;
  sqlite3* db_ = nullptr;
};

TEST_F(Fts5SearchTest, WordQueriesFindAndRankByField) {
  EXPECT_EQ(search("互连芯片"), (std::vector<int>{1}));
  EXPECT_EQ(search("帘子布"), (std::vector<int>{2}));
  const auto ids = search("研发");
  EXPECT_EQ(std::set<int>(ids.begin(), ids.end()), (std::set<int>{1, 3}));
}

TEST_F(Fts5SearchTest, TitleMatchOutranksBodyMatch) {
  // 研发 is in the body of 1 (研发) and of 3 (研发投入); 科技型中小企业 in title+keywords of 3.
  const auto ids = search("研发 科技型中小企业");
  ASSERT_FALSE(ids.empty());
  EXPECT_EQ(ids.front(), 3);
}

TEST_F(Fts5SearchTest, OneAndTwoCharacterQueriesMatch) {
  EXPECT_EQ(search("芯"), (std::vector<int>{1}));      // prefix of 芯片
  EXPECT_EQ(search("平顶"), (std::vector<int>{2}));    // sub-word of 平顶山, indexed in search mode
  EXPECT_EQ(search("中小"), (std::vector<int>{3}));    // sub-word of a user word
  EXPECT_EQ(search("小麦"), (std::vector<int>{4}));
}

TEST_F(Fts5SearchTest, OperatorsInUserInputDoNotBreakTheQuery) {
  for (const char* hostile : {"芯片 OR", "\"芯片", "芯片*", "NEAR(芯片 互连)", "芯片 AND NOT", "^芯片",
                              "body:芯片", "(芯片", "-芯片", "芯片\"\"\""}) {
    const auto ids = search(hostile);
    EXPECT_NE(ids, (std::vector<int>{-1})) << hostile;
    EXPECT_FALSE(ids.empty()) << hostile;
  }
}

}  // namespace
TEST(FtsQuery, SingleCharactersCanBeExactTerms) {
  const std::vector<std::string> tokens{"泵", "阀门"};
  EXPECT_EQ(fts5_match_expression(tokens, MatchMode::AnyTerm, SingleChar::Exact), "\"泵\" OR \"阀门\"");
  EXPECT_EQ(pg_tsquery_text(tokens, MatchMode::AnyTerm, SingleChar::Exact), "'泵' | '阀门'");
  EXPECT_EQ(pg_tsquery_text(tokens), "'泵':* | '阀门'");
}

}  // namespace kc::search
