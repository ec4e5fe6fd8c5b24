// `kechuang import achievements|demands --file F [--org-credit-code C]`, the same batches as the upload in the UI:
// the file is validated and stored as a batch, then its valid rows are applied as the system (published).
#include <fstream>
#include <ostream>
#include <sstream>

#include "audit/audit_log.hpp"
#include "core/errors.hpp"
#include "modules/market/imports/listing_import.hpp"
#include "tabular/imports/batches.hpp"

namespace kc::market {
namespace {

std::string option(const std::map<std::string, std::string>& options, const std::string& key) {
  auto it = options.find(key);
  return it == options.end() ? "" : it->second;
}

// The command line has no request for the dispatcher to audit: the apply is recorded here, like the UI's.
void audit_apply(db::Database& db, const imports::BatchSummary& done, const std::string& type_name) {
  audit::AuditEntry e;
  e.time_ms = done.applied_at.value_or(done.created_at);
  e.username = "kechuang import";
  e.action = "market.imports.cli";
  e.target_type = "import_batch";
  e.target_id = std::to_string(done.id);
  e.summary = "命令行导入" + type_name + " " + std::to_string(done.applied_rows) + " 条（文件 " + done.filename + "）";
  e.result = "ok";
  audit::append(db, std::move(e));
}

void print_errors(db::Database& db, std::int64_t batch, std::ostream& out) {
  auto c = db.read();
  for (const auto& e : imports::batch_errors(*c, batch, -1, 0))
    out << "  第" << e.line << "行" << (e.field.empty() ? "" : " " + e.field) << "：" << e.message << " [" << e.code
        << "]\n";
}

int run_import(db::Database& db, const Clock& clock, const std::string& data_dir, ListingType type,
               const std::string& path, const std::string& org_code, std::ostream& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ApiError(Err::FieldInvalid, "无法打开文件 " + path, "file");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  imports::Importer who{std::nullopt, clock.now_ms(), data_dir, {}};
  if (!org_code.empty()) who.options["org_credit_code"] = org_code;
  const auto& kind = listing_import_kind(type);
  auto batch_id = imports::validate_upload(db, kind, who, path, bytes.str(), tabular::Limits{.max_bytes = 200u << 20,
                                                                                               .max_rows = 1'000'000});
  auto done = imports::apply_batch(db, kind, who, batch_id, true);
  audit_apply(db, done, kind.title);
  out << "导入批次 " << done.id << "（" << done.format << "）：共 " << done.total_rows << " 行，导入 "
      << done.applied_rows << " 条，出错 " << done.invalid_rows << " 行\n";
  if (done.invalid_rows == 0) return 0;
  print_errors(db, done.id, out);
  return 2;
}

}  // namespace

int run_import_command(db::Database& db, const Clock& clock, const std::string& data_dir,
                       const std::vector<std::string>& positional, const std::map<std::string, std::string>& options,
                       std::ostream& out, std::ostream& err) {
  if (positional.size() != 1 || (positional[0] != "achievements" && positional[0] != "demands")) {
    err << "kechuang import: expected achievements or demands\n";
    return 1;
  }
  std::string file = option(options, "file");
  if (file.empty()) {
    err << "kechuang import: option --file is required\n";
    return 1;
  }
  ListingType type = positional[0] == "demands" ? ListingType::Demand : ListingType::Achievement;
  try {
    return run_import(db, clock, data_dir, type, file, option(options, "org-credit-code"), out);
  } catch (const ApiError& e) {
    err << "kechuang import: " << e.message_zh() << "\n";
    return 1;
  }
}

}  // namespace kc::market
