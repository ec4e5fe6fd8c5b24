#pragma once
// Where tests find jieba's dictionary and friso's stopword list: the Debian packages first,
// then the copies in the shared data folder next to the repository. Tests GTEST_SKIP when
// neither exists (the 5 MB dictionary is deliberately not part of the repository).
#include <filesystem>
#include <initializer_list>

namespace kc::search::testing {

inline std::filesystem::path first_existing(std::initializer_list<const char*> candidates) {
  for (const char* candidate : candidates) {
    if (std::filesystem::exists(candidate)) return candidate;
  }
  return {};
}

inline std::filesystem::path jieba_dictionary_path() {
  return first_existing({"/usr/lib/python3/dist-packages/jieba/dict.txt",
                         KC_SOURCE_DIR "/../shared/data/segmentation_dicts/jieba_dict.txt"});
}

inline std::filesystem::path stopwords_path() {
  return first_existing({"/usr/share/friso/dict/UTF-8/lex-stopword.lex",
                         KC_SOURCE_DIR "/../shared/data/segmentation_dicts/friso_stopwords.txt"});
}

}  // namespace kc::search::testing
