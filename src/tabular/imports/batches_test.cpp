// The batch machinery on SQLite with a toy kind: a "things" table whose rows need a name and a unique code.
#include "tabular/imports/batches.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "core/errors.hpp"
#include "db/migrate.hpp"
#include "http/json_body.hpp"

namespace kc::imports {
namespace {

namespace json = boost::json;

const db::Query kInsertThing{"test.thing_insert", "INSERT INTO things (code, name) VALUES ($1, $2) RETURNING id"};
const db::Query kThingExists{"test.thing_exists", "SELECT 1 FROM things WHERE code = $1"};
const db::Query kThingCount{"test.thing_count", "SELECT COUNT(*) FROM things"};

struct Thing {
  std::string code, name;
};

Thing read_thing(const json::object& row) {
  http::BodyReader body(row, "");
  Thing t{body.str("code", 10), body.str("name", 20)};
  body.done();
  if (t.name.empty()) throw ApiError(Err::FieldMissing, "name 不能为空", "name");
  return t;
}

ImportKind thing_kind() {
  return ImportKind{
      .name = "things",
      .title = "物品",
      .fields = {{.key = "code", .label = "编号", .required = true}, {.key = "name", .label = "名称", .required = true}},
      .notes = {},
      .unique_fields = {"code"},
      .option_names = {},
      .check = [](const Importer&, db::Connection& c, const json::object& row) {
        auto t = read_thing(row);
        if (c.query_one(kThingExists, {t.code})) throw ApiError(Err::Conflict, t.code + " 已存在", "code");
      },
      .create = [](const Importer&, db::Connection& c, const json::object& row) {
        auto t = read_thing(row);
        return c.query_one(kInsertThing, {t.code, t.name})->i64(0);
      },
      .prepare = {},
  };
}

class Batches : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("kc_batches_" + std::to_string(::getpid()) + "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = db::open_database("sqlite:" + (dir_ / "t.db").string(), 1);
    auto list = migrations();
    list.push_back({"test/001_things", "CREATE TABLE things (id {{ID}}, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL);"});
    std::ostringstream log;
    db::apply_migrations(*db_, list, log);
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::int64_t things() { return db_->read()->query_one(kThingCount)->i64(0); }
  std::int64_t upload(const std::string& csv) { return validate_upload(*db_, kind_, who_, "t.csv", csv, {}); }

  std::filesystem::path dir_;
  std::unique_ptr<db::Database> db_;
  ImportKind kind_ = thing_kind();
  Importer who_{std::nullopt, 1'000, "", {}};
};

TEST_F(Batches, UploadReportsRowErrorsAndAppliesNothing) {
  auto id = upload("编号,名称\nA1,甲\nA2,\nA1,丙\nA3,丁\n");
  EXPECT_EQ(things(), 0);
  auto c = db_->read();  // the pool has one connection: no other lease below
  auto b = *find_batch(*c, id);
  EXPECT_EQ(b.status, "validated");
  EXPECT_EQ(b.total_rows, 4);
  EXPECT_EQ(b.valid_rows, 2);
  EXPECT_EQ(b.invalid_rows, 2);
  auto errors = batch_errors(*c, id, -1, 0);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].line, 3);
  EXPECT_EQ(errors[0].field, "name");
  EXPECT_EQ(errors[1].line, 4);  // the repeated code, reported on the later line
  EXPECT_EQ(errors[1].field, "code");
}

TEST_F(Batches, ApplyNeedsConsentForInvalidRowsAndHappensOnce) {
  auto id = upload("编号,名称\nA1,甲\nA2,\nA3,丁\n");
  try {
    apply_batch(*db_, kind_, who_, id, false);
    FAIL() << "applied a batch with invalid rows without only_valid_rows";
  } catch (const ApiError& e) {
    EXPECT_EQ(e.err(), Err::Conflict);
  }
  EXPECT_EQ(things(), 0);
  auto done = apply_batch(*db_, kind_, who_, id, true);
  EXPECT_EQ(done.status, "applied");
  EXPECT_EQ(done.applied_rows, 2);
  EXPECT_EQ(things(), 2);
  try {
    apply_batch(*db_, kind_, who_, id, true);
    FAIL() << "a batch was applied twice";
  } catch (const ApiError& e) {
    EXPECT_EQ(e.err(), Err::InvalidState);
  }
  EXPECT_EQ(things(), 2);
}

TEST_F(Batches, RowsAreCheckedAgainAtApply) {
  auto first = upload("编号,名称\nB1,甲\nB2,乙\n");
  auto second = upload("编号,名称\nB2,乙\n");
  apply_batch(*db_, kind_, who_, second, false);  // B2 now exists
  try {
    apply_batch(*db_, kind_, who_, first, false);
    FAIL() << "a row that no longer passes was applied";
  } catch (const ApiError& e) {
    EXPECT_EQ(e.err(), Err::Conflict);
    EXPECT_NE(e.detail().find("第3行"), std::string::npos) << e.detail();
  }
  EXPECT_EQ(things(), 1);
  auto done = apply_batch(*db_, kind_, who_, first, true);
  EXPECT_EQ(done.applied_rows, 1);
  EXPECT_EQ(done.invalid_rows, 1);
  EXPECT_EQ(things(), 2);
  auto c = db_->read();
  auto errors = batch_errors(*c, first, -1, 0);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 3);
}

}  // namespace
}  // namespace kc::imports
