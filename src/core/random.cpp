#include <openssl/rand.h>

#include <stdexcept>
#include <vector>

#include "core/clock.hpp"
#include "core/hash.hpp"

namespace kc {

std::string random_hex(std::size_t bytes) {
  std::vector<unsigned char> buf(bytes);
  if (RAND_bytes(buf.data(), static_cast<int>(bytes)) != 1) throw std::runtime_error("RAND_bytes failed");
  return to_hex(buf.data(), buf.size());
}

}  // namespace kc
