// HTTP routes of matching. Who sees what:
// - similar records of a listing: its owner organisation and bureau staff in whose jurisdiction it is (any
//   status), and any logged-in user of an approved organisation for a published listing (it is public anyway);
// - stored matches: only the owner and the bureau in scope (they are the owner's leads).
// Matched listings and organisations are shown in their public form: never a contact field.
#include "modules/market/matching_routes.hpp"

#include <boost/json.hpp>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "modules/market/listings.hpp"
#include "modules/market/profile_repository.hpp"
#include "modules/market/profiles.hpp"
#include "modules/market/matching.hpp"
#include "modules/market/matching_repository.hpp"
#include "modules/registry/domain/org_kind.hpp"
#include "modules/registry/domain/scope.hpp"
#include "modules/registry/domain/validation.hpp"

namespace kc::market {
namespace {

namespace json = boost::json;
using http::Response;

std::optional<db::Row> listing_in_scope(api::Ctx& ctx, db::Connection& c, ListingType type, std::int64_t id) {
  auto params = registry::scope_params(registry::org_scope_for(ctx.me()));
  params.insert(params.end(), {std::string(listing_type_code(type)), id});
  return c.query_one(sql::kListingInScope, params);
}

db::Row readable_listing_or_404(api::Ctx& ctx, db::Connection& c, ListingType type, std::int64_t id) {
  auto row = listing_in_scope(ctx, c, type, id);
  if (!row) row = c.query_one(sql::kPublishedListing, {std::string(listing_type_code(type)), id});
  if (!row) throw ApiError(Err::NotFound);
  return std::move(*row);
}

json::object org_json(const db::Row& org) {
  auto industry = org.opt_text(4);
  return {{"id", org.i64(0)},
          {"name", org.text(1)},
          {"kind", org.text(2)},
          {"kind_name", registry::org_kind_name(org.text(2))},
          {"region_code", org.text(3)},
          {"region_name", registry::region_full_name(org.text(3))},
          {"industry_code", industry ? json::value(*industry) : json::value(nullptr)},
          {"industry_name", industry ? registry::industry_name(*industry) : ""}};
}

std::int64_t limit_param(const http::Request& req) {
  auto limit = api::query_int(req, "limit").value_or(10);
  if (limit < 1 || limit > 50) throw ApiError(Err::FieldInvalid, "limit 应为1–50", "limit");
  return limit;
}

Response similar(api::Ctx& ctx, ListingType type) {
  auto limit = limit_param(ctx.req);
  MatchContext mc{segmenter(ctx.svc.data_dir), match_idf(ctx.svc.data_dir)};
  auto c = ctx.svc.db.read();
  auto record = readable_listing_or_404(ctx, *c, type, ctx.id());
  auto found = find_similar(*c, mc, record, static_cast<std::size_t>(limit));
  std::string other = listing_type_code(other_type(type));
  json::array listings, orgs;
  for (const auto& m : found.listings) {
    auto row = c->query_one(sql::kPublishedListing, {other, m.id});
    if (!row) continue;
    auto item = listing_json(*row, false);
    item["score"] = m.match.score;
    item["reasons"] = reasons_json(m.match.reasons);
    listings.push_back(std::move(item));
  }
  for (const auto& m : found.orgs) {
    auto row = c->query_one(sql::kMatchOrg, {m.org_id});
    if (!row) continue;
    auto item = org_json(*row);
    item["score"] = m.match.score;
    item["reasons"] = reasons_json(m.match.reasons);
    orgs.push_back(std::move(item));
  }
  json::array experts;
  for (const auto& m : found.experts) {
    auto row = c->query_one(sql::kPublishedProfile, {std::string("expert"), m.id});
    if (!row) continue;
    auto item = profile_json(*row, false);
    item["score"] = m.match.score;
    item["reasons"] = reasons_json(m.match.reasons);
    experts.push_back(std::move(item));
  }
  return Response::json(json::object{{"record", {{"type", listing_type_code(type)}, {"id", record.i64(0)}}},
                                     {"listings", std::move(listings)},
                                     {"orgs", std::move(orgs)},
                                     {"experts", std::move(experts)}});
}

ListingType record_type_param(const http::Request& req) {
  std::string t = req.query("record_type");
  if (t == "demand") return ListingType::Demand;
  if (t == "achievement") return ListingType::Achievement;
  throw ApiError(Err::FieldInvalid, "record_type 应为 demand 或 achievement", "record_type");
}

json::object stored_match_json(db::Connection& c, const db::Row& m, const std::string& type, std::int64_t id) {
  bool found_by_record = m.text(1) == type && m.i64(2) == id;
  std::string other_type = found_by_record ? m.text(3) : m.text(1);
  std::int64_t other_id = found_by_record ? m.i64(4) : m.i64(2);
  auto row = c.query_one(sql::kPublishedListing, {other_type, other_id});
  return {{"id", m.i64(0)},
          {"score", static_cast<double>(m.i64(5)) / 1000},
          {"reasons", json::parse(m.text(6))},
          {"created_at", api::iso_time(m.i64(7))},
          {"counterpart", row ? json::value(listing_json(*row, false)) : json::value(nullptr)}};
}

// GET /api/v1/market/matches?record_type=&record_id=&page=&page_size=: the stored matches of one listing, newest
// first (whichever side was published later).
Response matches(api::Ctx& ctx) {
  ListingType type = record_type_param(ctx.req);
  auto id = api::query_int(ctx.req, "record_id");
  if (!id) throw ApiError(Err::FieldMissing, "record_id 不能为空", "record_id");
  auto page = api::page_of(ctx.req);
  auto c = ctx.svc.db.read();
  if (!listing_in_scope(ctx, *c, type, *id)) throw ApiError(Err::NotFound);
  std::vector<db::Value> params{std::string(listing_type_code(type)), *id, page.size, page.offset()};
  auto total = c->query_one(sql::kMatchesOfRecordCount, params)->i64(0);
  json::array items;
  for (const auto& m : c->query(sql::kMatchesOfRecord, params))
    items.push_back(stored_match_json(*c, m, listing_type_code(type), *id));
  return api::list_response(std::move(items), total, page);
}

}  // namespace

void register_matching_routes(api::Api& api, auth::Permissions&) {
  // "market.listings.read" (every role of an approved organisation) is granted by register_listing_routes.
  for (auto type : {ListingType::Demand, ListingType::Achievement}) {
    std::string plural = type == ListingType::Demand ? "demands" : "achievements";
    api.get("/api/v1/market/" + plural + "/{id:int}/similar", "market." + plural + ".similar",
            [type](api::Ctx& c) { return similar(c, type); }, {api::Access::Approved, "market.listings.read"});
  }
  api.get("/api/v1/market/matches", "market.matches.list", matches, {api::Access::Approved, "market.listings.read"});
}

}  // namespace kc::market
