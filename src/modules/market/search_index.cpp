#include "modules/market/search_index.hpp"

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <set>

#include "core/errors.hpp"
#include "modules/market/sql_cache.hpp"
#include "search/fts_query.hpp"
#include "search/text_normalize.hpp"
#include "search/query_expansion.hpp"

namespace kc::market {

namespace fs = std::filesystem;

namespace {

// Title above keywords above body (issue 4: "field boosts").
const std::vector<search::WeightedColumn>& columns() {
  static const std::vector<search::WeightedColumn> k{{"tok_title", 10}, {"tok_keywords", 5}, {"tok_body", 1}};
  return k;
}

const char* fts_table(ListingType t) { return t == ListingType::Demand ? "market_fts_demand" : "market_fts_achievement"; }
const char* pg_view(ListingType t) {
  return t == ListingType::Demand ? "market_published_demand" : "market_published_achievement";
}

std::string missing_message(const std::string& path) {
  return "中文分词词典缺失：" + path + "（请安装 Debian 软件包 python3-jieba，其词典位于 " + kDebianJiebaDictionary + "）";
}

// Function characters dropped as words of their own (words containing them stay: 一种, 中试). As a query term each
// became a prefix query matching most records (的* took 200 ms of a 20 ms search at 20,000 records).
std::vector<std::string> function_characters() {
  return {"的", "了", "和", "与", "及", "或", "在", "是", "对", "等", "为", "以", "其", "之", "被", "把",
          "由", "从", "向", "于", "并", "而", "也", "都", "就", "这", "那", "个", "各", "该", "此"};
}

}  // namespace

std::string dictionary_path(const std::string& data_dir) { return data_dir + "/dict/jieba.dict.txt"; }

std::string prepare_dictionary(const std::string& data_dir) {
  std::string target = dictionary_path(data_dir);
  std::error_code ec;
  if (fs::exists(target, ec)) return "";
  if (!fs::exists(kDebianJiebaDictionary, ec)) return missing_message(target);
  fs::create_directories(fs::path(target).parent_path(), ec);
  // Copy to a temporary name first so that a half-written file is never taken for the dictionary.
  std::string tmp = target + ".tmp";
  fs::copy_file(kDebianJiebaDictionary, tmp, fs::copy_options::overwrite_existing, ec);
  if (!ec) fs::rename(tmp, target, ec);
  return ec ? "无法复制中文分词词典到 " + target + "：" + ec.message() : "";
}

const search::Segmenter& segmenter(const std::string& data_dir) {
  static std::mutex mutex;
  static std::unique_ptr<const search::Segmenter> instance;
  std::lock_guard lock(mutex);
  if (!instance) {
    std::string path = dictionary_path(data_dir);
    if (!fs::exists(path)) {
      if (auto problem = prepare_dictionary(data_dir); !problem.empty()) throw ApiError(Err::Unavailable, problem);
    }
    search::SegmenterConfig config;
    config.dictionary = path;
    config.user_words = search::default_domain_words();
    config.extra_stopwords = function_characters();
    instance = std::make_unique<const search::Segmenter>(config);
  }
  return *instance;
}

void create_search_schema(db::Connection& c) {
  if (c.dialect() == db::Dialect::Sqlite) {
    for (auto t : {ListingType::Demand, ListingType::Achievement})
      c.exec_script(search::fts5_create_table_sql(fts_table(t), columns()));
    return;
  }
  c.exec_script("ALTER TABLE market_listings ADD COLUMN tsv tsvector GENERATED ALWAYS AS (" +
                search::pg_tsvector_expression(columns()) + ") STORED");
  c.exec_script("CREATE INDEX market_listings_tsv ON market_listings USING GIN (tsv)");
  for (auto [t, code] : {std::pair{ListingType::Demand, "demand"}, {ListingType::Achievement, "achievement"}})
    c.exec_script(std::string("CREATE VIEW ") + pg_view(t) + " AS SELECT id, tsv FROM market_listings WHERE type = '" +
                  code + "' AND status = 'published'");
}

IndexedText index_text(const search::Segmenter& s, const std::string& title, const std::string& keywords,
                       const std::string& body) {
  return {s.index_text(title), s.index_text(keywords), s.index_text(body), han_char_tokens(title + keywords),
          suggestion_terms(s, title, keywords)};
}

std::vector<std::string> indexed_words(const std::string& tokens) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < tokens.size()) {
    auto end = std::min(tokens.find(' ', start), tokens.size());
    if (end > start) out.push_back(tokens.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string han_char_tokens(std::string_view text) {
  std::set<char32_t> seen;
  std::string out;
  for (const auto& ch : search::decode_utf8(text)) {
    char32_t code = search::normalize_char(ch.code);
    if (!search::is_han(code) || !seen.insert(code).second) continue;
    if (!out.empty()) out += ' ';
    search::append_utf8(out, code);
  }
  return out;
}

void index_document(db::Connection& c, const SearchTarget& target, std::int64_t id, const IndexedText& text) {
  const std::string code(target.code);
  c.exec(cached_query("market.index_tokens." + code,
                      [&] {
                        return "UPDATE " + std::string(target.table) +
                               " SET tok_title = $2, tok_keywords = $3, tok_body = $4, tok_chars = $5 WHERE id = $1";
                      }),
         {id, text.title, text.keywords, text.body, text.chars});
  if (c.dialect() == db::Dialect::Sqlite) {  // PostgreSQL's generated columns follow the token columns
    c.exec(cached_query("market.fts_insert." + code,
                        [&] {
                          return "INSERT INTO " + std::string(target.fts_table) +
                                 " (rowid, tok_title, tok_keywords, tok_body, tok_chars) VALUES ($1, $2, $3, $4, $5)";
                        }),
           {id, text.title, text.keywords, text.body, text.chars});
  }
  store_suggestions(c, target, id, text.suggestions);
}

void index_listing(db::Connection& c, ListingType type, std::int64_t id, const IndexedText& text) {
  index_document(c, type == ListingType::Demand ? demand_target() : achievement_target(), id, text);
}

}  // namespace kc::market
