// HTTP routes of demands (技术需求) and achievements (科技成果): an organisation submits, a bureau officer in
// whose jurisdiction it is approves (published) or rejects with a reason; the public portal lists, reads and
// searches published records without login and never shows contact fields.
#include "modules/market/listing_routes.hpp"

#include <boost/json.hpp>

#include <iostream>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "modules/market/listing_repository.hpp"
#include "modules/market/listings.hpp"
#include "modules/market/match_notifications.hpp"
#include "modules/registry/domain/scope.hpp"
#include "modules/market/list_exports.hpp"

namespace kc::market {
namespace {

namespace json = boost::json;
using auth::Role;
using http::Response;

db::Row listing_in_scope_or_404(api::Ctx& ctx, db::Connection& c, ListingType type, std::int64_t id) {
  auto params = registry::scope_params(registry::org_scope_for(ctx.me()));
  params.insert(params.end(), {std::string(listing_type_code(type)), id});
  auto row = c.query_one(sql::kListingInScope, params);
  if (!row) throw ApiError(Err::NotFound);
  return std::move(*row);
}

Response submit(api::Ctx& ctx, ListingType type) {
  const auto& me = ctx.me();
  if (!me.org_id) throw ApiError(Err::Forbidden, "只有单位用户可以提交");
  http::BodyReader body(ctx.req.body);
  auto in = read_listing_input(body, type, ctx.now_ms());
  body.done();
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto id = insert_listing(*c, type, in, *me.org_id, me.user_id, ctx.now_ms());
  auto row = listing_in_scope_or_404(ctx, *c, type, id);
  tx.commit();
  ctx.audit = {{}, {}, listing_type_code(type), std::to_string(id), std::string("提交") + listing_type_name(type) + " " + in.title};
  return Response::json(listing_json(row, true), 201);
}

Response list(api::Ctx& ctx, ListingType type) {
  auto page = api::page_of(ctx.req);
  std::string status = ctx.req.query("status");
  if (!status.empty() && status != "pending" && status != "published" && status != "rejected")
    throw ApiError(Err::FieldInvalid, "status 应为 pending、published 或 rejected", "status");
  auto params = registry::scope_params(registry::org_scope_for(ctx.me()));
  params.insert(params.end(), {std::string(listing_type_code(type)), status, page.size, page.offset()});
  auto c = ctx.svc.db.read();
  auto total = c->query_one(sql::kListingCount, params)->i64(0);
  json::array items;
  for (const auto& r : c->query(sql::kListingList, params)) items.push_back(listing_json(r, true));
  return api::list_response(std::move(items), total, page);
}

Response get(api::Ctx& ctx, ListingType type) {
  auto c = ctx.svc.db.read();
  return Response::json(listing_json(listing_in_scope_or_404(ctx, *c, type, ctx.id()), true));
}

Response review(api::Ctx& ctx, ListingType type, bool approve) {
  http::BodyReader body(ctx.req.body.empty() ? std::string_view("{}") : std::string_view(ctx.req.body));
  std::string reason = approve ? "" : body.str("reason", 500);
  body.done();
  if (!approve && reason.empty()) throw ApiError(Err::FieldMissing, "驳回须说明理由", "reason");
  // Load the segmenter before taking the write lease: the first load reads a 5 MB file.
  const search::Segmenter* seg = approve ? &segmenter(ctx.svc.data_dir) : nullptr;
  const search::IdfTable* idf = approve ? &match_idf(ctx.svc.data_dir) : nullptr;
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto row = listing_in_scope_or_404(ctx, *c, type, ctx.id());
  if (row.text(20) != "pending") throw ApiError(Err::InvalidState, "只能审核待审核的记录");
  c->exec(sql::kReviewListing, {row.i64(0), std::string(approve ? "published" : "rejected"), reason, ctx.now_ms(),
                                ctx.me().user_id});
  if (approve) index_listing(*c, type, row.i64(0), index_text(*seg, row.text(4), row.text(6), row.text(5)));
  auto updated = listing_in_scope_or_404(ctx, *c, type, ctx.id());
  if (approve) record_new_matches(*c, {*seg, *idf}, updated, ctx.now_ms());
  tx.commit();
  ctx.audit = {{}, {}, listing_type_code(type), std::to_string(row.i64(0)),
               (approve ? "发布 " : "驳回 ") + row.text(4) + (approve ? "" : "，理由：" + reason)};
  return Response::json(listing_json(updated, true));
}

Response public_list(api::Ctx& ctx, ListingType type) {
  auto page = api::page_of(ctx.req);
  std::vector<db::Value> params{std::string(listing_type_code(type)), page.size, page.offset()};
  auto c = ctx.svc.db.read();
  auto total = c->query_one(sql::kPublishedCount, params)->i64(0);
  json::array items;
  for (const auto& r : c->query(sql::kPublishedList, params)) items.push_back(listing_json(r, false));
  return api::list_response(std::move(items), total, page);
}

Response public_get(api::Ctx& ctx, ListingType type) {
  auto c = ctx.svc.db.read();
  auto row = c->query_one(sql::kPublishedListing, {std::string(listing_type_code(type)), ctx.id()});
  if (!row) throw ApiError(Err::NotFound);
  return Response::json(listing_json(*row, false));
}

void register_type(api::Api& api, ListingType type) {
  std::string plural = type == ListingType::Demand ? "demands" : "achievements";
  std::string base = "/api/v1/market/" + plural;
  std::string pub = "/api/v1/public/market/" + plural;
  std::string act = "market." + plural;
  api.post(base, act + ".submit", [type](api::Ctx& c) { return submit(c, type); }, {api::Access::Approved, "market.listings.submit"});
  api.get(base, act + ".list", [type](api::Ctx& c) { return list(c, type); }, {api::Access::Approved, "market.listings.read"});
  api::add_list_export(api, base, act + ".list", [type](api::Ctx& c) { return list(c, type); }, {api::Access::Approved, "market.listings.read"}, listings_export(type == ListingType::Demand ? "技术需求" : "科技成果"));
  api.get(base + "/{id:int}", act + ".get", [type](api::Ctx& c) { return get(c, type); }, {api::Access::Approved, "market.listings.read"});
  api.post(base + "/{id:int}/approve", act + ".approve", [type](api::Ctx& c) { return review(c, type, true); },
           {api::Access::Approved, "market.listings.review"});
  api.post(base + "/{id:int}/reject", act + ".reject", [type](api::Ctx& c) { return review(c, type, false); },
           {api::Access::Approved, "market.listings.review"});
  api.get(pub, act + ".public_list", [type](api::Ctx& c) { return public_list(c, type); }, {api::Access::Public, ""});
  api.get(pub + "/{id:int}", act + ".public_get", [type](api::Ctx& c) { return public_get(c, type); }, {api::Access::Public, ""});
}

}  // namespace

void register_listing_routes(api::Api& api, auth::Permissions& perms) {
  if (auto problem = prepare_dictionary(api.services().data_dir); !problem.empty())
    std::cerr << "market: " << problem << "\n";
  perms.grant("market.listings.submit", {Role::OrgAdmin, Role::OrgUser});
  perms.grant("market.listings.read", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer,
                                       Role::OrgAdmin, Role::OrgUser, Role::Expert});
  perms.grant("market.listings.review", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer});
  register_type(api, ListingType::Demand);
  register_type(api, ListingType::Achievement);
}

}  // namespace kc::market
