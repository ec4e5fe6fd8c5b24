#include "modules/market/certificate.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "pdf/pdf_text.hpp"
#include "pdf/renderer.hpp"

namespace kc::market {
namespace {

namespace json = boost::json;

json::object registered_contract() {
  auto party = [](const char* name, const char* code, const char* region) {
    return json::object{{"name", name}, {"credit_code", code}, {"region_name", region}};
  };
  auto flag = [](bool eligible, const char* reason) { return json::object{{"eligible", eligible}, {"reason", reason}}; };
  return {{"title", "高强度镁合金压铸工艺技术开发"},
          {"category_name", "技术开发"},
          {"sub_type_name", "委托开发"},
          {"hightech_field_name", "新材料"},
          {"signed_on", "2026-03-01"},
          {"registration_number", "410422-2026-0007"},
          {"seller", party("平顶山新材料研究院", "91410400MA44XXXX1A", "河南省平顶山市叶县")},
          {"buyer", party("宝丰县金属制品有限公司", "91410421MA45YYYY2B", "河南省平顶山市宝丰县")},
          {"total_amount_fen", 123456789},
          {"technical_amount_fen", 100000000},
          {"tax", json::object{{"vat_exemption", flag(true, "技术开发合同可免征增值税")},
                               {"income_tax_relief", flag(false, "仅技术转让所得适用")}}}};
}

std::string without_whitespace(std::string s) {
  std::erase_if(s, [](unsigned char c) { return std::isspace(c); });
  return s;
}

TEST(MarketCertificate, PrintsTheRegisteredContractsFacts) {
  constexpr EpochMs kRegisteredAt = 1795278600000;  // 2026-11-22 00:30 in Beijing
  auto doc = certificate_document(registered_contract(), "河南省平顶山市叶县", kRegisteredAt, kRegisteredAt);
  auto text = without_whitespace(pdf::testing::pdf_text(pdf::render(doc)));
  for (const char* expected :
       {"技术合同登记证明", "410422-2026-0007", "高强度镁合金压铸工艺技术开发", "技术开发·委托开发",
        "91410400MA44XXXX1A", "宝丰县金属制品有限公司", "河南省平顶山市宝丰县", "1,234,567.89元（123.456789万元）",
        "1,000,000.00元（100.00万元）", "2026年11月22日", "符合：技术开发合同可免征增值税", "不符合：仅技术转让所得适用"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " missing from:\n" << text;
}

}  // namespace
}  // namespace kc::market
