#include "modules/registry/domain/reference_data.hpp"

#include <gtest/gtest.h>
#include <openssl/evp.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "core/errors.hpp"
#include "modules/registry/domain/embedded_reference.hpp"

namespace kc::registry {
namespace {

std::string read_source_file(const std::string& name) {
  std::ifstream in(std::string(KC_SOURCE_DIR) + "/data/reference/" + name, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string sha256_hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_Digest(data.data(), data.size(), digest, &size, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned int i = 0; i < size; ++i) hex += {kHex[digest[i] >> 4], kHex[digest[i] & 15]};
  return hex;
}

TEST(EmbeddedReference, FilesAreEmbeddedByteForByteWithTheirDigest) {
  for (const EmbeddedFile& f : {embedded_divisions(), embedded_industries(), embedded_hightech_fields()}) {
    EXPECT_EQ(f.text, read_source_file(std::string(f.name))) << f.name;
    EXPECT_EQ(f.sha256, sha256_hex(f.text)) << f.name << ": rebuild after the CSV changed";
  }
}

TEST(Regions, CountyHasFullNameAndParent) {
  const Region* r = find_region("410422");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->name, "叶县");
  EXPECT_EQ(r->level, RegionLevel::County);
  EXPECT_EQ(r->parent_code, "410400");
  EXPECT_EQ(r->full_name, "河南省平顶山市叶县");
  EXPECT_EQ(find_region("410400")->full_name, "河南省平顶山市");
  EXPECT_EQ(find_region("410000")->full_name, "河南省");
  EXPECT_FALSE(r->functional_zone);
  EXPECT_TRUE(find_region("410172")->functional_zone);  // 郑州高新技术产业开发区
}

TEST(Regions, PlaceholderLevelsAreLeftOutOfFullNames) {
  EXPECT_EQ(find_region("110101")->full_name, "北京市东城区");     // under 市辖区
  EXPECT_EQ(find_region("419001")->full_name, "河南省济源市");     // under 省直辖县级行政区划
  EXPECT_EQ(find_region("500229")->full_name, "重庆市城口县");     // under 县
  EXPECT_EQ(find_region("110100")->full_name, "北京市市辖区");     // the placeholder itself keeps its name
}

TEST(Regions, CitiesWithoutCountiesAppearOnceAsCities) {
  const Region* dongguan = find_region("441900");
  ASSERT_NE(dongguan, nullptr);
  EXPECT_EQ(dongguan->level, RegionLevel::City);
  EXPECT_EQ(dongguan->full_name, "广东省东莞市");
  EXPECT_TRUE(region_children("441900").empty());
  std::set<std::string> codes;
  for (const Region& r : all_regions()) EXPECT_TRUE(codes.insert(r.code).second) << r.code;
}

TEST(Regions, ChildrenAreTheDirectSubdivisionsInCodeOrder) {
  auto provinces = region_children("");
  ASSERT_EQ(provinces.size(), 31u);
  EXPECT_EQ(provinces.front()->code, "110000");
  auto henan = region_children("410000");
  ASSERT_FALSE(henan.empty());
  for (const Region* city : henan) {
    EXPECT_EQ(city->level, RegionLevel::City);
    EXPECT_EQ(city->parent_code, "410000");
  }
  EXPECT_TRUE(std::is_sorted(henan.begin(), henan.end(), [](auto a, auto b) { return a->code < b->code; }));
  auto pingdingshan = region_children("410400");
  EXPECT_TRUE(std::any_of(pingdingshan.begin(), pingdingshan.end(), [](auto r) { return r->name == "叶县"; }));
}

TEST(Regions, UnknownCodesAreNotFound) {
  EXPECT_EQ(find_region("410499"), nullptr);
  EXPECT_EQ(find_region(""), nullptr);
  EXPECT_EQ(find_region("41042"), nullptr);
}

TEST(RegionScope, PrefixFollowsTheLevelInTheTable) {
  EXPECT_EQ(region_scope_prefix("410000"), "41");
  EXPECT_EQ(region_scope_prefix("410400"), "4104");
  EXPECT_EQ(region_scope_prefix("410421"), "410421");
  EXPECT_EQ(region_scope_prefix("419001"), "419001");  // county-level although it is not under a real city
  EXPECT_EQ(region_scope_prefix("419000"), "4190");
  EXPECT_EQ(region_scope_prefix("441900"), "4419");    // ends in 00 but is a city, not a province
  EXPECT_THROW(region_scope_prefix("999999"), ApiError);
}

TEST(RegionScope, WithinMatchesTheRegionAndEverythingUnderIt) {
  EXPECT_TRUE(region_within("410422", "410400"));
  EXPECT_TRUE(region_within("410400", "410400"));
  EXPECT_TRUE(region_within("419001", "410000"));
  EXPECT_FALSE(region_within("410522", "410400"));
  EXPECT_FALSE(region_within("410421", "410422"));
  EXPECT_FALSE(region_within("4104", "410400"));
}

TEST(Industries, FourLevelsWithSectionAndParent) {
  const Industry* i = find_industry("3985");
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->name, "电子专用材料制造");
  EXPECT_EQ(i->level, IndustryLevel::Class);
  EXPECT_EQ(i->parent_code, "398");
  EXPECT_EQ(i->section, 'C');
  EXPECT_EQ(find_industry("398")->parent_code, "39");
  EXPECT_EQ(find_industry("39")->parent_code, "C");
  EXPECT_EQ(find_industry("C")->level, IndustryLevel::Section);
  EXPECT_EQ(industry_level_name_zh(find_industry("39")->level), "大类");
  EXPECT_EQ(find_industry("019")->name, "其他农业");  // a 中类 derived for a 大类 with a single group
  EXPECT_EQ(find_industry("51")->name, "批发业");     // its description is a quoted field with commas
  EXPECT_EQ(find_industry("9999"), nullptr);
}

TEST(Industries, EveryParentExistsOneLevelUp) {
  for (const Industry& i : all_industries()) {
    if (i.level == IndustryLevel::Section) {
      EXPECT_TRUE(i.parent_code.empty());
      continue;
    }
    const Industry* parent = find_industry(i.parent_code);
    ASSERT_NE(parent, nullptr) << i.code;
    EXPECT_EQ(static_cast<int>(parent->level) + 1, static_cast<int>(i.level)) << i.code;
    EXPECT_EQ(parent->section, i.section) << i.code;
  }
  EXPECT_EQ(industry_children("").size(), 20u);
}

TEST(HightechFields, ThreeLevels) {
  const HightechField* f = find_hightech_field("10101");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->name, "基础软件");
  EXPECT_EQ(f->level, 3);
  EXPECT_EQ(f->parent_code, "101");
  EXPECT_EQ(find_hightech_field("101")->level, 2);
}

TEST(Validation, UnknownCodesThrowCatalogueErrorsNamingTheField) {
  EXPECT_NO_THROW(require_valid_region("410422", "region_code"));
  EXPECT_NO_THROW(require_valid_industry("3985", "industry_code"));
  try {
    require_valid_region("410499", "org.region_code");
    FAIL();
  } catch (const ApiError& e) {
    EXPECT_EQ(e.err(), Err::RegionCodeInvalid);
    EXPECT_EQ(e.field(), "org.region_code");
    EXPECT_EQ(e.detail(), "“410499”");
  }
  try {
    require_valid_industry("", "industry_code");
    FAIL();
  } catch (const ApiError& e) {
    EXPECT_EQ(e.err(), Err::IndustryCodeInvalid);
    EXPECT_EQ(e.field(), "industry_code");
  }
}

}  // namespace
}  // namespace kc::registry
