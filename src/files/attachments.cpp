#include "files/attachments.hpp"

#include <magic.h>

#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <mutex>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "core/hash.hpp"

namespace kc::files {

namespace fs = std::filesystem;
namespace json = boost::json;
using http::Response;

namespace {

const db::Query kInsert{"attachments.insert",
                        "INSERT INTO attachments (record_type, record_id, filename, mime, size, sha256, uploaded_by, "
                        "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id"};
const db::Query kList{"attachments.list",
                      "SELECT id, filename, mime, size, sha256, created_at FROM attachments WHERE record_type = $1 AND "
                      "record_id = $2 ORDER BY id"};
const db::Query kGet{"attachments.get",
                     "SELECT id, filename, mime, size, sha256, created_at, record_type, record_id FROM attachments "
                     "WHERE id = $1"};

// Stored types: documents and images people attach to applications.
const std::map<std::string, std::string> kAllowed{
    {"application/pdf", "PDF"},
    {"image/png", "PNG"},
    {"image/jpeg", "JPEG"},
    {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"},
    {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"},
    {"text/plain", "TXT"},
    {"text/csv", "CSV"},
};

// A file name for display only: path parts and control characters removed.
std::string clean_filename(std::string name) {
  auto slash = name.find_last_of("/\\");
  if (slash != std::string::npos) name = name.substr(slash + 1);
  std::string out;
  for (char c : name)
    if (static_cast<unsigned char>(c) >= 0x20 && c != '"') out.push_back(c);
  if (out.empty() || out == "." || out == "..") out = "附件";
  return out.substr(0, 200);
}

json::object attachment_json(const db::Row& r) {
  return json::object{{"id", r.i64(0)},   {"filename", r.text(1)}, {"mime", r.text(2)},
                      {"size", r.i64(3)}, {"sha256", r.text(4)},   {"created_at", api::iso_time(r.i64(5))}};
}

// RFC 5987 encoding so that Chinese file names survive the Content-Disposition header.
std::string content_disposition(const std::string& name) {
  std::string enc;
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (unsigned char c : name) {
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') enc.push_back(static_cast<char>(c));
    else {
      enc += '%';
      enc.push_back(kHex[c >> 4]);
      enc.push_back(kHex[c & 15]);
    }
  }
  return "attachment; filename*=UTF-8''" + enc;
}

}  // namespace

std::vector<db::Migration> migrations() {
  return {{"files/001_attachments",
           R"(CREATE TABLE attachments (
                id {{ID}},
                record_type TEXT NOT NULL,
                record_id BIGINT NOT NULL,
                filename TEXT NOT NULL,
                mime TEXT NOT NULL,
                size BIGINT NOT NULL,
                sha256 TEXT NOT NULL,
                uploaded_by BIGINT NOT NULL,
                created_at BIGINT NOT NULL);
              CREATE INDEX attachments_record ON attachments (record_type, record_id);)"}};
}

std::string detect_mime(const std::string& path) {
  // libmagic handles are not thread-safe; one shared handle behind a lock is plenty for uploads.
  static std::mutex mu;
  static magic_t cookie = [] {
    magic_t m = magic_open(MAGIC_MIME_TYPE);
    if (m && magic_load(m, nullptr) != 0) {
      magic_close(m);
      m = nullptr;
    }
    return m;
  }();
  std::lock_guard lock(mu);
  if (!cookie) throw std::runtime_error("libmagic database not available");
  const char* t = magic_file(cookie, path.c_str());
  return t ? t : "application/octet-stream";
}

bool is_allowed_mime(const std::string& mime) { return kAllowed.count(mime) > 0; }

std::string blob_path(const std::string& data_dir, const std::string& sha256) {
  return data_dir + "/blobs/" + sha256.substr(0, 2) + "/" + sha256.substr(2);
}

void Attachments::check_owner(api::Ctx& ctx, const std::string& type, std::int64_t id) const {
  auto it = owners_.find(type);
  if (it == owners_.end()) throw ApiError(Err::FieldInvalid, "record_type 不支持附件", "record_type");
  it->second(ctx, id);
}

Response Attachments::upload(api::Ctx& ctx) const {
  std::string type = ctx.req.query("record_type");
  auto id = api::query_int(ctx.req, "record_id");
  if (type.empty()) throw ApiError(Err::FieldMissing, "record_type", "record_type");
  if (!id) throw ApiError(Err::FieldMissing, "record_id", "record_id");
  std::string filename = clean_filename(ctx.req.query("filename"));
  check_owner(ctx, type, *id);
  if (ctx.req.body_file.empty() || ctx.req.body_size == 0) throw ApiError(Err::FieldMissing, "文件内容为空", "file");
  std::string mime = detect_mime(ctx.req.body_file);
  if (!is_allowed_mime(mime)) throw ApiError(Err::FileTypeNotAllowed, mime, "file");
  std::string sha = sha256_file_hex(ctx.req.body_file);
  fs::path dest = blob_path(ctx.svc.data_dir, sha);
  if (!fs::exists(dest)) {
    fs::create_directories(dest.parent_path());
    fs::path tmp = dest;
    tmp += ".part";
    fs::copy_file(ctx.req.body_file, tmp, fs::copy_options::overwrite_existing);
    fs::rename(tmp, dest);  // atomic: a blob is either whole or absent
  }
  auto c = ctx.svc.db.write();
  auto new_id = c->query_one(kInsert, {type, *id, filename, mime, static_cast<std::int64_t>(ctx.req.body_size), sha,
                                       ctx.me().user_id, ctx.now_ms()})
                    ->i64(0);
  auto row = c->query_one(kGet, {new_id});
  ctx.audit = {{}, {}, type, std::to_string(*id), "上传附件 " + filename};
  return Response::json(attachment_json(*row), 201);
}

Response Attachments::list(api::Ctx& ctx) const {
  std::string type = ctx.req.query("record_type");
  auto id = api::query_int(ctx.req, "record_id");
  if (type.empty() || !id) throw ApiError(Err::FieldMissing, "record_type, record_id", type.empty() ? "record_type" : "record_id");
  check_owner(ctx, type, *id);
  json::array items;
  for (const auto& r : ctx.svc.db.read()->query(kList, {type, *id})) items.push_back(attachment_json(r));
  return Response::json(json::object{{"items", std::move(items)}});
}

Response Attachments::download(api::Ctx& ctx) const {
  auto row = ctx.svc.db.read()->query_one(kGet, {ctx.id()});
  if (!row) throw ApiError(Err::NotFound);
  check_owner(ctx, row->text(6), row->i64(7));
  Response r;
  r.file_path = blob_path(ctx.svc.data_dir, row->text(4));
  if (!fs::exists(r.file_path)) throw ApiError(Err::NotFound, "文件已丢失");
  r.content_type = row->text(2);
  r.set_header("Content-Disposition", content_disposition(row->text(1)));
  return r;
}

void Attachments::register_routes(api::Api& api, auth::Permissions& perms) {
  using auth::Role;
  // Whether the caller may touch a given record is the owner check's business; the action itself is open
  // to every role.
  for (const char* action : {"attachments.upload", "attachments.list", "attachments.download"})
    perms.grant(action, {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer, Role::OrgAdmin,
                         Role::OrgUser, Role::Expert});
  api.post("/api/v1/attachments", "attachments.upload", [this](api::Ctx& c) { return upload(c); });
  api.get("/api/v1/attachments", "attachments.list", [this](api::Ctx& c) { return list(c); });
  api.get("/api/v1/attachments/{id:int}/download", "attachments.download", [this](api::Ctx& c) { return download(c); });
}

}  // namespace kc::files
