// Storing a policy document, running the reader over it and reviewing every candidate item.
#include "modules/targets/ledger/documents.hpp"

#include <boost/json.hpp>

#include <algorithm>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "http/json_body.hpp"
#include "modules/targets/extract/document_loader.hpp"
#include "modules/targets/extract/extractor.hpp"
#include "modules/targets/extract/json_output.hpp"
#include "modules/targets/ledger/access.hpp"
#include "modules/targets/ledger/domain/text_codec.hpp"
#include "modules/targets/ledger/item_fields.hpp"
#include "modules/targets/ledger/ledger_items.hpp"
#include "modules/targets/ledger/repository.hpp"
#include "modules/targets/ledger/list_exports.hpp"

namespace kc::targets::ledger {
namespace {

namespace json = boost::json;
using auth::Role;
using http::Response;

constexpr std::size_t kMaxTextChars = 2'000'000;

// The document's text as the reader sees it: pasted text, or an uploaded .txt/.docx/.pdf in base64.
std::string document_text(http::BodyReader& body, std::string& filename) {
  auto text = body.opt_str("text", kMaxTextChars);
  auto encoded = body.opt_str("content_base64", kMaxTextChars * 2);
  filename = body.opt_str("filename", 200).value_or("");
  if (text && encoded) throw ApiError(Err::FieldInvalid, "text 与 content_base64 只能给出一个", "content_base64");
  if (!text && !encoded) throw ApiError(Err::FieldMissing, "请粘贴文件文本（text）或上传文件（content_base64）", "text");
  if (text) return decode_source(*text).utf8;
  auto bytes = base64_decode(*encoded);
  if (!bytes || bytes->empty()) throw ApiError(Err::FieldInvalid, "content_base64 不是有效的 base64 内容", "content_base64");
  return decode_source(document_to_text(*bytes, detect_format(filename, *bytes))).utf8;
}

json::object item_json(const db::Row& r) {
  json::object o{{"id", r.i64(0)},        {"document_id", r.i64(1)}, {"kind", r.text(2)},
                 {"status", r.text(3)},   {"origin", r.text(4)},     {"start", r.i64(5)},
                 {"end", r.i64(6)},       {"text", r.text(7)},       {"fields", json::parse(r.text(8))}};
  o["ledger_item_id"] = r.is_null(9) ? json::value(nullptr) : json::value(r.i64(9));
  return o;
}

json::object document_json(const db::Row& d) {
  return {{"id", d.i64(0)},        {"title", d.text(1)},
          {"number", d.text(2)},   {"issuer", d.text(3)},
          {"date", d.text(4)},     {"year", d.is_null(5) ? json::value(nullptr) : json::value(d.i64(5))},
          {"filename", d.text(6)}, {"region_code", d.text(7)},
          {"created_at", api::iso_time(d.i64(8))}};
}

json::object full_document_json(db::Connection& c, const db::Row& d) {
  auto o = document_json(d);
  o["text"] = d.text(9);
  json::array items;
  for (const auto& r : c.query(sql::kItemsOfDocument, {d.i64(0)})) items.push_back(item_json(r));
  o["items"] = std::move(items);
  return o;
}

void store_items(db::Connection& c, std::int64_t doc_id, const json::object& extraction) {
  for (auto [key, kind] : {std::pair{"targets", "target"}, {"responsibilities", "responsibility"}, {"standards", "standard"}}) {
    for (const auto& v : extraction.at(key).as_array()) {
      const auto& item = v.as_object();
      c.exec(sql::kInsertItem, {doc_id, std::string(kind), std::string("candidate"), std::string("reader"),
                                item.at("start").to_number<std::int64_t>(), item.at("end").to_number<std::int64_t>(),
                                std::string(item.at("text").as_string()), json::serialize(review_fields(item))});
    }
  }
}

std::string meta_text(const json::object& meta, const char* key) {
  const auto& v = meta.at(key);
  return v.is_string() ? std::string(v.as_string()) : "";
}

Response create_document(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  std::string filename;
  std::string text = document_text(body, filename);
  auto title = body.opt_str("title", 200);
  body.done();
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) throw ApiError(Err::FieldMissing, "文件没有文字内容", "text");
  auto extraction = to_json(extract_from_source(decode_source(text)));
  const auto& meta = extraction.at("document").as_object();
  std::string doc_title = title.value_or(meta_text(meta, "title"));
  if (doc_title.empty()) doc_title = filename.empty() ? "未命名政策文件" : filename;
  db::Value year = meta.at("year").is_int64() ? db::Value(meta.at("year").as_int64()) : db::kNull;
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto id = c->query_one(sql::kInsertDocument,
                         {doc_title, meta_text(meta, "number"), meta_text(meta, "issuer"), meta_text(meta, "date"), year,
                          filename, text, ctx.me().region_code, ctx.me().user_id, ctx.now_ms()})->i64(0);
  store_items(*c, id, extraction);
  auto json = full_document_json(*c, document_or_404(ctx, *c, id));
  tx.commit();
  ctx.audit = {{}, {}, "policy_document", std::to_string(id), "录入政策文件 " + doc_title};
  return Response::json(json, 201);
}

Response list_documents(api::Ctx& ctx) {
  auto page = api::page_of(ctx.req);
  auto params = doc_scope_params(ledger_scope_for(ctx.me()));
  auto c = ctx.svc.db.read();
  auto total = c->query_one(sql::kDocumentCount, params)->i64(0);
  params.insert(params.end(), {page.size, page.offset()});
  json::array items;
  for (const auto& r : c->query(sql::kDocumentList, params)) items.push_back(document_json(r));
  return api::list_response(std::move(items), total, page);
}

Response get_document(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  return Response::json(full_document_json(*c, document_or_404(ctx, *c, ctx.id())));
}

db::Row item_or_404(api::Ctx& ctx, db::Connection& c, std::int64_t id) {
  auto params = doc_scope_params(ledger_scope_for(ctx.me()));
  params.push_back(id);
  auto row = c.query_one(sql::kItemInScope, params);
  if (!row) throw ApiError(Err::NotFound, "待审核条目不存在");
  return *row;
}

// The span an officer selected: [start, end) in code points of the stored text.
std::string span_text_of(const std::string& content, std::int64_t start, std::int64_t end) {
  if (start < 0) throw ApiError(Err::FieldInvalid, "起点不能为负", "start");
  auto text = code_point_slice(content, static_cast<std::size_t>(start), static_cast<std::size_t>(std::max<std::int64_t>(end, 0)));
  if (!text) throw ApiError(Err::FieldInvalid, "所选范围超出文件或为空", "end");
  return *text;
}

json::object fields_object(http::BodyReader& body, bool required) {
  const json::value* v = body.raw("fields");
  if (!v) {
    if (required) throw ApiError(Err::FieldMissing, "fields", "fields");
    return {};
  }
  if (!v->is_object()) throw ApiError(Err::FieldInvalid, "fields 应为对象", "fields");
  return v->as_object();
}

Response add_item(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  std::string kind = body.str("kind", 20);
  auto start = body.int64("start"), end = body.int64("end");
  auto edit = fields_object(body, true);
  body.done();
  if (!is_item_kind(kind)) throw ApiError(Err::FieldInvalid, "kind 应为 target、responsibility 或 standard", "kind");
  auto fields = validated_fields(kind, {}, edit, true);
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto doc = document_or_404(ctx, *c, ctx.id());
  std::string text = span_text_of(doc.text(9), start, end);
  auto id = c->query_one(sql::kInsertItem, {doc.i64(0), kind, std::string("candidate"), std::string("officer"), start,
                                            end, text, json::serialize(fields)})->i64(0);
  auto row = item_or_404(ctx, *c, id);
  tx.commit();
  ctx.audit = {{}, {}, "policy_item", std::to_string(id), "补充漏识别条目：" + text};
  return Response::json(item_json(row), 201);
}

void require_candidate(const db::Row& item) {
  if (item.text(3) != "candidate") throw ApiError(Err::InvalidState, "只能处理待审核的条目");
}

Response edit_item(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  auto edit = fields_object(body, false);
  auto start = body.opt_int64("start"), end = body.opt_int64("end");
  body.done();
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto item = item_or_404(ctx, *c, ctx.id());
  require_candidate(item);
  auto fields = validated_fields(item.text(2), json::parse(item.text(8)).as_object(), edit, false);
  std::int64_t s = start.value_or(item.i64(5)), e = end.value_or(item.i64(6));
  std::string text = span_text_of(item.text(10), s, e);
  c->exec(sql::kUpdateItem, {item.i64(0), json::serialize(fields), s, e, text});
  auto row = item_or_404(ctx, *c, item.i64(0));
  tx.commit();
  ctx.audit = {{}, {}, "policy_item", std::to_string(item.i64(0)), "修改识别条目"};
  return Response::json(item_json(row));
}

Response review_item(api::Ctx& ctx, bool confirm) {
  http::BodyReader body(ctx.req.body.empty() ? std::string_view("{}") : std::string_view(ctx.req.body));
  body.done();
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto item = item_or_404(ctx, *c, ctx.id());
  require_candidate(item);
  c->exec(sql::kReviewItem, {item.i64(0), std::string(confirm ? "confirmed" : "rejected"), ctx.me().user_id, ctx.now_ms()});
  if (confirm && item.text(2) != "standard") create_ledger_item(ctx, *c, item);
  auto row = item_or_404(ctx, *c, item.i64(0));
  tx.commit();
  ctx.audit = {{}, {}, "policy_item", std::to_string(item.i64(0)), (confirm ? "确认条目：" : "驳回条目：") + item.text(7)};
  return Response::json(item_json(row));
}

}  // namespace

void register_document_routes(api::Api& api, auth::Permissions& perms) {
  perms.grant("policy_documents.manage", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer});
  const api::RouteOptions manage{api::Access::Approved, "policy_documents.manage"};
  api.post("/api/v1/policy-documents", "policy_documents.create", create_document, manage);
  api.get("/api/v1/policy-documents", "policy_documents.list", list_documents, manage);
  api::add_list_export(api, "/api/v1/policy-documents", "policy_documents.list", list_documents, manage, policy_documents_export());
  api.get("/api/v1/policy-documents/{id:int}", "policy_documents.get", get_document, manage);
  api.post("/api/v1/policy-documents/{id:int}/items", "policy_items.add", add_item, manage);
  api.patch("/api/v1/policy-items/{id:int}", "policy_items.edit", edit_item, manage);
  api.post("/api/v1/policy-items/{id:int}/confirm", "policy_items.confirm",
           [](api::Ctx& c) { return review_item(c, true); }, manage);
  api.post("/api/v1/policy-items/{id:int}/reject", "policy_items.reject",
           [](api::Ctx& c) { return review_item(c, false); }, manage);
}

}  // namespace kc::targets::ledger
