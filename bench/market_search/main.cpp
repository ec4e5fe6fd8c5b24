// kc_bench_market_search import --db URL --data-dir DIR --records N [--seed 1] [--corpus F] [--queries-out F]
//   Generates N demands/achievements (records.hpp) and publishes them through the product's index path
//   (market::index_text + market::index_listing: tokens, FTS5 row or tsvector, chars, suggestions) in batches
//   of 5,000 per transaction; segmentation of the next batch overlaps the insert of the current one.
//   The database must be migrated first (kechuang migrate). Prints records/s.
// kc_bench_market_search raw --db URL --data-dir DIR --queries F [--clients 16]
//   Runs every query of F (type \t q \t region \t field) once with market::run_search (the page statement and the
//   capped count, exactly what GET /api/v1/market/search runs) on `clients` threads, one connection each.
//   Prints p50/p95/max in ms and queries/s.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <future>
#include <iostream>
#include <map>
#include <sstream>
#include <thread>

#include "records.hpp"
#include "db/db.hpp"
#include "modules/market/market_search.hpp"
#include "modules/market/search_index.hpp"
#include "modules/registry/domain/reference_data.hpp"

namespace {

using namespace kc;
using Clock = std::chrono::steady_clock;

std::map<std::string, std::string> parse_args(int argc, char** argv) {
  std::map<std::string, std::string> a{{"seed", "1"},
                                       {"clients", "16"},
                                       {"corpus", "/work/shared/data/corpus_csl/csldcp_fewclue.jsonl"},
                                       {"queries-out", ""},
                                       {"query-count", "400"}};
  for (int i = 2; i + 1 < argc; i += 2) a[std::string(argv[i]).substr(2)] = argv[i + 1];
  return a;
}

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

struct Prepared {
  bench::MarketRecord record;
  market::IndexedText text;
};

std::vector<Prepared> prepare_batch(const bench::RecordGenerator& gen, const search::Segmenter& seg,
                                    std::uint64_t from, std::uint64_t to) {
  std::vector<Prepared> out;
  out.reserve(to - from);
  for (std::uint64_t i = from; i < to; ++i) {
    auto r = gen.make(i);
    auto text = market::index_text(seg, r.title, r.keywords, r.body);
    out.push_back({std::move(r), std::move(text)});
  }
  return out;
}

void insert_batch(db::Database& database, const std::vector<Prepared>& batch) {
  static const db::Query kInsert{
      "bench.listing_insert",
      "INSERT INTO market_listings (type, org_id, org_name, org_region, title, body, keywords, hightech_field, "
      "region_code, mode, maturity, contact_name, contact_phone, status, created_at, created_by, reviewed_at, "
      "reviewed_by) VALUES ($1, 0, '基准测试单位', $2, $3, $4, $5, $6, $2, $7, $8, '联系人', '13800000000', "
      "'published', $9, 0, $9, 0) RETURNING id"};
  auto c = database.write();
  db::Transaction tx(*c);
  for (const auto& p : batch) {
    const auto& r = p.record;
    auto id = c->query_one(kInsert, {std::string(r.demand ? "demand" : "achievement"), r.region, r.title, r.body,
                                     r.keywords, r.field, r.mode, r.maturity, r.published_at})->i64(0);
    market::index_listing(*c, r.demand ? market::ListingType::Demand : market::ListingType::Achievement, id, p.text);
  }
  tx.commit();
}

void write_queries(const bench::RecordGenerator& gen, const std::string& path, std::size_t count) {
  std::ofstream out(path);
  std::size_t i = 0;
  for (const auto& q : gen.query_texts(count)) {
    // A third of the queries filter by the city (prefix of its counties), a fifth by a level-1 field.
    out << (i % 2 ? "demand" : "achievement") << '\t' << q << '\t' << (i % 3 == 0 ? "410400" : "") << '\t'
        << (i % 5 == 0 ? "10" : "") << '\n';
    ++i;
  }
}

int run_import(std::map<std::string, std::string>& a) {
  auto database = db::open_database(a.at("db"), 2);
  const auto& seg = market::segmenter(a.at("data-dir"));
  bench::RecordGenerator gen(a.at("corpus"), std::stoull(a.at("seed")));
  const std::uint64_t n = std::stoull(a.at("records")), batch = 5000;
  if (!a.at("queries-out").empty()) write_queries(gen, a.at("queries-out"), std::stoul(a.at("query-count")));
  if (database->write()->dialect() == db::Dialect::Sqlite) {
    // SQLite's default page cache is 2 MB: with it the FTS5 segments and the suggestion B-tree were re-read from
    // the WAL for every batch (15 GB read, 5 GB written for 100,000 records). A bulk load may use more memory.
    auto c = database->write();
    c->exec_script("PRAGMA cache_size = -262144");
  }
  auto t0 = Clock::now();
  auto next = std::async(std::launch::async, prepare_batch, std::cref(gen), std::cref(seg), 0, std::min(batch, n));
  for (std::uint64_t from = 0; from < n; from += batch) {
    auto current = next.get();
    std::uint64_t after = std::min(from + batch, n);
    if (after < n)
      next = std::async(std::launch::async, prepare_batch, std::cref(gen), std::cref(seg), after, std::min(after + batch, n));
    insert_batch(*database, current);
    if ((after / batch) % 20 == 0 || after == n)
      std::cerr << "indexed " << after << " in " << seconds_since(t0) << " s\n";
  }
  double s = seconds_since(t0);
  std::printf("import: %llu records in %.1f s = %.0f records/s (segmentation overlapped with inserts)\n",
              static_cast<unsigned long long>(n), s, n / s);
  return 0;
}

struct QueryLine {
  const market::SearchTarget* target;
  std::string q;
  market::SearchFilters filters;
};

std::vector<QueryLine> read_queries(const std::string& path) {
  std::vector<QueryLine> out;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    std::istringstream fields(line);
    std::string type, q, region, field;
    std::getline(fields, type, '\t');
    std::getline(fields, q, '\t');
    std::getline(fields, region, '\t');
    std::getline(fields, field, '\t');
    QueryLine ql{&market::search_target(type), q, {}};
    if (!region.empty()) ql.filters.region_prefix = registry::region_scope_prefix(region);
    ql.filters.field = field;
    out.push_back(std::move(ql));
  }
  return out;
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * v.size()))];
}

int run_raw(std::map<std::string, std::string>& a) {
  const int clients = std::stoi(a.at("clients"));
  auto database = db::open_database(a.at("db"), clients);
  const auto& seg = market::segmenter(a.at("data-dir"));
  auto queries = read_queries(a.at("queries"));
  std::vector<double> ms(queries.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i; (i = next++) < queries.size();) {
      auto c = database->read();
      auto t0 = Clock::now();
      market::run_search(*c, seg, *queries[i].target, queries[i].q, queries[i].filters, 20, 0);
      ms[i] = seconds_since(t0) * 1000;
    }
  };
  auto t0 = Clock::now();
  std::vector<std::thread> threads;
  for (int t = 0; t < clients; ++t) threads.emplace_back(worker);
  for (auto& t : threads) t.join();
  double s = seconds_since(t0);
  std::vector<std::size_t> order(ms.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](auto x, auto y) { return ms[x] > ms[y]; });
  for (std::size_t k = 0; k < std::min<std::size_t>(5, order.size()); ++k)
    std::cerr << "slow: " << ms[order[k]] << " ms  " << queries[order[k]].target->code << " " << queries[order[k]].q << "\n";
  std::printf("raw: %zu queries, %d clients: p50 %.1f ms, p95 %.1f ms, max %.1f ms, %.1f queries/s\n", ms.size(),
              clients, percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 1.0), ms.size() / s);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: kc_bench_market_search import|raw --db URL --data-dir DIR ...\n";
    return 2;
  }
  auto args = parse_args(argc, argv);
  try {
    return std::string(argv[1]) == "import" ? run_import(args) : run_raw(args);
  } catch (const std::exception& e) {
    std::cerr << "kc_bench_market_search: " << e.what() << "\n";
    return 1;
  }
}
