// HTTP routes of the technology market: technology-contract registration (技术合同认定登记).
#include "modules/market/routes.hpp"

#include <boost/json.hpp>

#include "http/download.hpp"
#include "api/util.hpp"
#include "core/errors.hpp"
#include "http/json_body.hpp"
#include "modules/market/certificate.hpp"
#include "modules/market/contracts.hpp"
#include "modules/market/listing_routes.hpp"
#include "modules/market/profile_routes.hpp"
#include "modules/market/search_routes.hpp"
#include "modules/market/matching_routes.hpp"
#include "modules/market/domain/registration_clock.hpp"
#include "modules/market/domain/registration_number.hpp"
#include "modules/market/domain/tax.hpp"
#include "modules/market/permissions.hpp"
#include "modules/market/repository.hpp"
#include "modules/market/stats.hpp"
#include "modules/registry/domain/scope.hpp"
#include "modules/registry/orgs.hpp"
#include "modules/market/list_exports.hpp"

namespace kc::market {
namespace {

namespace json = boost::json;
using auth::Role;
using http::Response;

// The seller files: the contract is registered where the seller is (按地域一次登记), by the seller's own organisation.
Response file_contract(api::Ctx& ctx) {
  const auto& me = ctx.me();
  if (!me.org_id) throw ApiError(Err::Forbidden, "只有卖方单位的用户可以申请登记");
  http::BodyReader body(ctx.req.body);
  ContractInput in = read_contract_input(body, ctx.now_ms());
  body.done();
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto id = insert_contract(*c, in, *me.org_id, me.user_id, ctx.now_ms());
  auto row = contract_in_scope_or_404(ctx, *c, id);
  auto costs = c->query(sql::kCostsOf, {id});
  tx.commit();
  ctx.audit = {{}, {}, "tech_contract", std::to_string(id), "申请技术合同登记 " + in.title};
  return Response::json(contract_json(row, ctx.now_ms(), &costs), 201);
}

std::string status_filter(const http::Request& req) {
  std::string s = req.query("status");
  if (!s.empty() && s != "pending" && s != "registered" && s != "refused")
    throw ApiError(Err::FieldInvalid, "status 应为 pending、registered 或 refused", "status");
  return s;
}

Response list_contracts(api::Ctx& ctx) {
  auto page = api::page_of(ctx.req);
  auto params = registry::scope_params(registry::org_scope_for(ctx.me()));
  std::string q = ctx.req.query("q");
  params.insert(params.end(), {status_filter(ctx.req), q.empty() ? q : registry::like_escape(q),
                               api::query_int(ctx.req, "year").value_or(0), page.size, page.offset()});
  auto c = ctx.svc.db.read();
  std::int64_t total = c->query_one(sql::kContractCount, params)->i64(0);
  json::array items;
  for (const auto& r : c->query(sql::kContractList, params)) items.push_back(contract_json(r, ctx.now_ms()));
  return api::list_response(std::move(items), total, page);
}

Response get_contract(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  auto row = contract_in_scope_or_404(ctx, *c, ctx.id());
  auto costs = c->query(sql::kCostsOf, {row.i64(0)});
  return Response::json(contract_json(row, ctx.now_ms(), &costs));
}

// Registrars are bureau staff with a jurisdiction; the scope query already limits them to sellers within it.
const std::string& registrar_region(api::Ctx& ctx) {
  const auto& me = ctx.me();
  if (me.region_code.empty()) throw ApiError(Err::Forbidden, "只有所属科技局的登记人员可以认定登记");
  return me.region_code;
}

Response decide(api::Ctx& ctx, bool register_it) {
  http::BodyReader body(ctx.req.body.empty() ? std::string_view("{}") : std::string_view(ctx.req.body));
  std::string reason = register_it ? "" : body.str("reason", 500);
  body.done();
  if (!register_it && reason.empty()) throw ApiError(Err::FieldMissing, "未予登记须说明理由", "reason");
  const std::string& region = registrar_region(ctx);
  EpochMs now = ctx.now_ms();
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto row = contract_in_scope_or_404(ctx, *c, ctx.id());
  if (row.text(22) != "pending") throw ApiError(Err::InvalidState, "该合同已作出登记决定");
  std::string summary;
  if (register_it) {
    int year = beijing_year(now);
    auto serial = c->query_one(sql::kNextSerial, {region, std::int64_t{year}})->i64(0);
    std::string number = registration_number(region, year, serial);
    c->exec(sql::kRegister, {row.i64(0), now, ctx.me().user_id, region, number, std::int64_t{year}});
    summary = "登记技术合同 " + number + " " + row.text(1);
  } else {
    c->exec(sql::kRefuse, {row.i64(0), now, ctx.me().user_id, region, reason});
    summary = "技术合同未予登记 " + row.text(1) + "，理由：" + reason;
  }
  auto updated = contract_in_scope_or_404(ctx, *c, ctx.id());
  auto costs = c->query(sql::kCostsOf, {row.i64(0)});
  tx.commit();
  ctx.audit = {{}, {}, "tech_contract", std::to_string(row.i64(0)), summary};
  return Response::json(contract_json(updated, now, &costs));
}

int year_param(api::Ctx& ctx) {
  auto y = api::query_int(ctx.req, "year");
  int year = y ? static_cast<int>(*y) : beijing_year(ctx.now_ms());
  if (y && (*y < 2000 || *y > 2100)) throw ApiError(Err::FieldInvalid, "year 应为2000–2100", "year");
  return year;
}

Response stats(api::Ctx& ctx) {
  int year = year_param(ctx);
  return Response::json(stats_json(year, turnover_by_region(ctx, year)));
}

Response stats_export(api::Ctx& ctx) {
  int year = year_param(ctx);
  Response r;
  r.body = stats_xlsx(ctx, year, turnover_by_region(ctx, year));
  return http::xlsx_download(std::move(r.body), "tech-contracts-" + std::to_string(year) + ".xlsx");
}

// The annual income-tax relief on technology-transfer income, for a self-check: {"transfers": [{"income_fen",
// "cost_fen", "related_taxes_fen"}]}, all transfers of one enterprise and tax year.
Response transfer_income_tax_route(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  const auto* raw = body.raw("transfers");
  body.done();
  if (!raw || !raw->is_array() || raw->as_array().empty())
    throw ApiError(Err::FieldInvalid, "transfers 应为非空数组", "transfers");
  std::vector<TransferIncome> transfers;
  for (std::size_t i = 0; i < raw->as_array().size(); ++i) {
    std::string prefix = "transfers[" + std::to_string(i) + "]";
    const auto& v = raw->as_array()[i];
    if (!v.is_object()) throw ApiError(Err::FieldInvalid, prefix + " 应为对象", prefix);
    http::BodyReader item(v.as_object(), prefix);
    TransferIncome t{item.int64("income_fen"), item.opt_int64("cost_fen").value_or(0),
                     item.opt_int64("related_taxes_fen").value_or(0)};
    item.done();
    for (auto [value, name] : {std::pair{t.income_fen, "income_fen"}, {t.cost_fen, "cost_fen"},
                               {t.related_taxes_fen, "related_taxes_fen"}})
      if (value < 0 || value > kMaxAmountFen)
        throw ApiError(Err::FieldInvalid, "金额应为0至1万亿元之间的分", prefix + "." + name);
    transfers.push_back(t);
  }
  auto t = transfer_income_tax(transfers);
  return Response::json(json::object{{"income_total_fen", t.income_total_fen}, {"exempt_fen", t.exempt_fen},
                                     {"excess_fen", t.excess_fen}, {"halved_base_fen", t.halved_base_fen},
                                     {"tax_fen", t.tax_fen}});
}

}  // namespace

void register_routes(api::Api& api, auth::Permissions& perms) {
  const std::initializer_list<Role> registrars{Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer};
  perms.grant("market.contracts.read", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer,
                                        Role::OrgAdmin, Role::OrgUser, Role::Expert});
  perms.grant("market.contracts.file", {Role::OrgAdmin, Role::OrgUser});
  perms.grant("market.contracts.register", registrars);
  perms.grant("market.contracts.refuse", registrars);
  perms.grant("market.contracts.stats", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer});
  perms.grant("market.tax.preview", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer,
                                     Role::OrgAdmin, Role::OrgUser, Role::Expert});

  const std::string base = "/api/v1/market/contracts";
  api.post(base, "market.contracts.file", file_contract);
  api.get(base, "market.contracts.list", list_contracts, {api::Access::Approved, "market.contracts.read"});
  api::add_list_export(api, base, "market.contracts.list", list_contracts, {api::Access::Approved, "market.contracts.read"}, contracts_export());
  api.get(base + "/stats", "market.contracts.stats", stats);
  api.get(base + "/stats/export", "market.contracts.stats_export", stats_export,
          {api::Access::Approved, "market.contracts.stats"});
  api.get(base + "/{id:int}", "market.contracts.get", get_contract, {api::Access::Approved, "market.contracts.read"});
  api.post(base + "/{id:int}/register", "market.contracts.register", [](api::Ctx& c) { return decide(c, true); });
  api.post(base + "/{id:int}/refuse", "market.contracts.refuse", [](api::Ctx& c) { return decide(c, false); });
  api.post("/api/v1/market/tax/transfer-income", "market.tax.preview", transfer_income_tax_route);
  register_listing_routes(api, perms);
  register_profile_routes(api, perms);
  register_search_routes(api);
  register_certificate_routes(api);
  register_matching_routes(api, perms);
}

}  // namespace kc::market
