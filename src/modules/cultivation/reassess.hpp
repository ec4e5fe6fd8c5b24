#pragma once
// The yearly re-assessment of the 高企 reserve pool (有进有出) over every approved enterprise: the reserve
// rule on each one's report of the fiscal year; new entries are nominated, members that no longer qualify
// or filed nothing by the deadline become exit candidates. Used by POST …/reserve-pool/reassess and by
// `kechuang cultivation reassess --year Y`.
#include <cstdint>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "db/db.hpp"
#include "modules/cultivation/domain/reserve_pool.hpp"

namespace kc::cultivation {

struct ReassessSummary {
  std::int64_t run_id = 0;
  int fiscal_year = 0;
  std::int64_t examined = 0;
  std::int64_t nominated = 0;
  std::int64_t exit_candidates = 0;
  bool deadline_passed = false;
  EpochMs deadline_ms = 0;
};

// The columns of KC_RESERVE_FACT_COLUMNS (repository_pool.hpp), starting at `first`.
ReserveFacts reserve_facts_of_row(const db::Row& row, std::size_t first);

// Reads every enterprise in one streamed pass, then writes the changes in one transaction.
ReassessSummary run_reassessment(db::Database& db, EpochMs now_ms, int fiscal_year, std::optional<std::int64_t> run_by);

// `kechuang cultivation reassess --year Y`: positional {"reassess"}, options {"year": "Y"}. Exit 0 on success,
// 2 on bad arguments (message on err). Prints the summary as one line of JSON.
int run_cultivation_command(db::Database& db, const Clock& clock, const std::vector<std::string>& positional,
                            const std::map<std::string, std::string>& options, std::ostream& out, std::ostream& err);

}  // namespace kc::cultivation
