#pragma once
// Matching over the database: the profiles of listings and organisations, candidates from the search index
// ("more like this": the record's top terms as an OR query, never a scan of all rows), scored and ranked by
// domain/matching.*. Shared by GET …/similar and by the notifications sent when a record is published.
#include <boost/json/array.hpp>

#include <string>
#include <vector>

#include "db/db.hpp"
#include "db/migrate.hpp"
#include "modules/market/domain/matching.hpp"
#include "modules/market/search_index.hpp"

namespace kc::market {

db::Migration matches_migration();  // market/050_matches

// What matching needs beyond the connection: the segmenter and the IDF table (jieba's idf.txt).
struct MatchContext {
  const search::Segmenter& segmenter;
  const search::IdfTable& idf;
};
// The process-wide IDF table: <data_dir>/dict/jieba.idf.txt, else Debian python3-jieba's analyse/idf.txt; without
// either every term weighs the same (term frequency only) and the reason is logged once.
const search::IdfTable& match_idf(const std::string& data_dir);

struct ListingMatch {
  std::int64_t id;
  std::int64_t org_id;
  MatchScore match;
};
struct OrgMatch {
  std::int64_t org_id;
  MatchScore match;
};
struct ProfileMatch {
  std::int64_t id;  // a published expert profile
  MatchScore match;
};
struct SimilarResult {
  std::vector<ListingMatch> listings;  // of the other type, published, other organisations, best first
  std::vector<OrgMatch> orgs;          // demand → universities and institutes; achievement → enterprises
  std::vector<ProfileMatch> experts;   // demand → published experts (issue 4); achievement → none
};

// `record` is a row of KC_LISTING_COLUMNS. Work is bounded by the candidates the index returns.
SimilarResult find_similar(db::Connection& c, const MatchContext& mc, const db::Row& record, std::size_t limit);

ListingType other_type(ListingType t);
ListingType listing_type_of(const std::string& code);  // "demand" | "achievement"

// The reasons with Chinese labels: [{"kind", "label", "code", "terms"}].
boost::json::array reasons_json(const std::vector<MatchReason>& reasons);

}  // namespace kc::market
