#include "tabular/imports/routes.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "http/download.hpp"
#include "api/util.hpp"
#include "core/errors.hpp"
#include "export/xlsx.hpp"
#include "http/json_body.hpp"
#include "tabular/imports/batches.hpp"

namespace kc::imports {
namespace {

namespace json = boost::json;
using http::Response;

// Import endpoints registered so far, for the server's upload rule (bases are fixed at start-up).
std::vector<std::string>& upload_paths() {
  static std::vector<std::string> paths;
  return paths;
}

const ImportKind& kind_of_request(const ImportEndpoint& ep, const http::Request& req) {
  std::string name = req.query("kind");
  if (name.empty() && ep.kinds.size() == 1) return *ep.kinds.front();
  for (const auto* k : ep.kinds)
    if (k->name == name) return *k;
  std::string allowed;
  for (const auto* k : ep.kinds) allowed += (allowed.empty() ? "" : "、") + k->name;
  throw ApiError(name.empty() ? Err::FieldMissing : Err::FieldInvalid, "kind 应为 " + allowed, "kind");
}

const ImportKind* kind_named(const ImportEndpoint& ep, const std::string& name) {
  for (const auto* k : ep.kinds)
    if (k->name == name) return k;
  return nullptr;
}

Importer importer_of(api::Ctx& ctx, std::map<std::string, std::string> options) {
  return Importer{ctx.me(), ctx.now_ms(), ctx.svc.data_dir, std::move(options)};
}

// The batch if it belongs to this endpoint and to the caller; 404 otherwise.
std::pair<BatchSummary, const ImportKind*> own_batch(api::Ctx& ctx, const ImportEndpoint& ep) {
  auto c = ctx.svc.db.read();
  auto batch = find_batch(*c, ctx.id());
  const ImportKind* kind = batch ? kind_named(ep, batch->kind) : nullptr;
  if (!batch || !kind || batch->created_by != ctx.me().user_id) throw ApiError(Err::NotFound);
  return {*batch, kind};
}

std::string upload_bytes(const http::Request& req) {
  if (req.body_file.empty()) return req.body;
  std::ifstream in(req.body_file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The client's file name, for display only: the last path part, at most 100 characters, valid UTF-8.
std::string display_filename(const std::string& raw) {
  auto slash = raw.find_last_of("/\\");
  std::string name = slash == std::string::npos ? raw : raw.substr(slash + 1);
  if (!http::is_valid_utf8(name)) throw ApiError(Err::FieldInvalid, "filename 含非法字符", "filename");
  std::size_t chars = 0, end = 0;
  for (; end < name.size(); ++end) {
    bool lead = (static_cast<unsigned char>(name[end]) & 0xC0) != 0x80;
    if (lead && ++chars > 100) break;
  }
  return name.substr(0, end);
}

json::object batch_with_errors(db::Connection& c, const BatchSummary& b, const ImportKind& kind) {
  auto o = batch_json(b);
  json::array errors;
  for (const auto& e : batch_errors(c, b.id, 100, 0)) errors.push_back(row_error_json(e, kind));
  o["errors"] = std::move(errors);
  o["errors_total"] = batch_error_count(c, b.id);
  return o;
}

Response download_template(api::Ctx& ctx, const ImportEndpoint& ep) {
  const auto& kind = kind_of_request(ep, ctx.req);
  return http::xlsx_download(template_xlsx(kind, ctx.svc.data_dir + "/tmp"), "import-" + kind.name + ".xlsx");
}

Response upload(api::Ctx& ctx, const ImportEndpoint& ep) {
  const auto& kind = kind_of_request(ep, ctx.req);
  std::map<std::string, std::string> options;
  for (const auto& name : kind.option_names)
    if (auto v = ctx.req.query(name); !v.empty()) options[name] = v;
  std::string bytes = upload_bytes(ctx.req);
  if (bytes.empty()) throw ApiError(Err::FieldMissing, "文件内容为空", "file");
  tabular::Limits limits;
  limits.max_bytes = std::min(limits.max_bytes, ctx.svc.limits.max_upload_bytes);
  std::string filename = display_filename(ctx.req.query("filename"));
  auto id = validate_upload(ctx.svc.db, kind, importer_of(ctx, options), filename, bytes, limits);
  auto c = ctx.svc.db.read();
  auto batch = find_batch(*c, id);
  ctx.audit = {{}, {}, "import_batch", std::to_string(id),
               "上传" + kind.title + "导入文件 " + filename + "（" + std::to_string(batch->total_rows) + " 行，" +
                   std::to_string(batch->invalid_rows) + " 行有误）"};
  return Response::json(batch_with_errors(*c, *batch, kind), 201);
}

Response get_batch(api::Ctx& ctx, const ImportEndpoint& ep) {
  auto [batch, kind] = own_batch(ctx, ep);
  auto c = ctx.svc.db.read();
  return Response::json(batch_with_errors(*c, batch, *kind));
}

Response list_errors(api::Ctx& ctx, const ImportEndpoint& ep) {
  auto [batch, kind] = own_batch(ctx, ep);
  auto page = api::page_of(ctx.req);
  auto c = ctx.svc.db.read();
  json::array items;
  for (const auto& e : batch_errors(*c, batch.id, page.size, page.offset())) items.push_back(row_error_json(e, *kind));
  return api::list_response(std::move(items), batch_error_count(*c, batch.id), page);
}

Response export_errors(api::Ctx& ctx, const ImportEndpoint& ep) {
  auto [batch, kind] = own_batch(ctx, ep);
  auto c = ctx.svc.db.read();
  auto errors = batch_errors(*c, batch.id, -1, 0);
  auto body = xlsx::build(
      "错误报告", {"行号", "字段", "列名", "错误代码", "说明"},
      [&](xlsx::Writer& w) {
        for (const auto& e : errors) {
          auto j = row_error_json(e, *kind);
          w.row({std::to_string(e.line), e.field, std::string(j["column"].as_string()), e.code, e.message});
        }
      },
      ctx.svc.data_dir + "/tmp");
  return http::xlsx_download(std::move(body), "import-" + std::to_string(batch.id) + "-errors.xlsx");
}

Response apply(api::Ctx& ctx, const ImportEndpoint& ep) {
  http::BodyReader body(ctx.req.body.empty() ? std::string_view("{}") : std::string_view(ctx.req.body));
  bool only_valid = body.opt_bool("only_valid_rows").value_or(false);
  body.done();
  auto [batch, kind] = own_batch(ctx, ep);
  auto done = apply_batch(ctx.svc.db, *kind, importer_of(ctx, batch.options), batch.id, only_valid);
  ctx.audit = {{}, {}, "import_batch", std::to_string(done.id),
               "导入" + kind->title + " " + std::to_string(done.applied_rows) + " 条（文件 " + done.filename + "）"};
  auto c = ctx.svc.db.read();
  return Response::json(batch_with_errors(*c, done, *kind));
}

}  // namespace

bool is_import_upload(const std::string& path) {
  const auto& paths = upload_paths();
  return std::find(paths.begin(), paths.end(), path) != paths.end();
}

void register_import_routes(api::Api& api, ImportEndpoint endpoint) {
  upload_paths().push_back(endpoint.base);
  auto ep = std::make_shared<const ImportEndpoint>(std::move(endpoint));
  api::RouteOptions opts{api::Access::Approved, ep->permission};
  auto route = [ep](Response (*handler)(api::Ctx&, const ImportEndpoint&)) {
    return [ep, handler](api::Ctx& ctx) { return handler(ctx, *ep); };
  };
  api.get(ep->base + "/template.xlsx", ep->action + ".template", route(download_template), opts);
  api.post(ep->base, ep->action + ".upload", route(upload), opts);
  api.get(ep->base + "/{id:int}", ep->action + ".get", route(get_batch), opts);
  api.get(ep->base + "/{id:int}/errors", ep->action + ".errors", route(list_errors), opts);
  api.get(ep->base + "/{id:int}/errors.xlsx", ep->action + ".errors_export", route(export_errors), opts);
  api.post(ep->base + "/{id:int}/apply", ep->action + ".apply", route(apply), opts);
}

}  // namespace kc::imports
