# Helpers shared by every library folder.
#
#   kc_library(NAME kc_core SOURCES a.cpp b.cpp TESTS a_test.cpp DEPS Boost::json)
#
# builds a static library and adds its tests (files beside the code, *_test.cpp) to the one
# unit-test executable `kc_unit_tests`, which links every library that contributed tests.
set_property(GLOBAL PROPERTY KC_TEST_SOURCES "")
set_property(GLOBAL PROPERTY KC_TEST_LIBS "")
set_property(GLOBAL PROPERTY KC_ALL_LIBS "")

function(kc_library)
  cmake_parse_arguments(KC "" "NAME" "SOURCES;TESTS;DEPS" ${ARGN})
  add_library(${KC_NAME} STATIC ${KC_SOURCES})
  target_include_directories(${KC_NAME} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${KC_NAME} PUBLIC ${KC_DEPS})
  set_property(GLOBAL APPEND PROPERTY KC_ALL_LIBS ${KC_NAME})
  if(KC_TESTS)
    list(TRANSFORM KC_TESTS PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/)
    set_property(GLOBAL APPEND PROPERTY KC_TEST_SOURCES ${KC_TESTS})
    set_property(GLOBAL APPEND PROPERTY KC_TEST_LIBS ${KC_NAME})
  endif()
endfunction()

function(kc_finish_tests)
  get_property(srcs GLOBAL PROPERTY KC_TEST_SOURCES)
  get_property(libs GLOBAL PROPERTY KC_TEST_LIBS)
  if(srcs)
    add_executable(kc_unit_tests ${srcs})
    target_link_libraries(kc_unit_tests PRIVATE ${libs} GTest::gtest GTest::gtest_main)
    target_compile_definitions(kc_unit_tests PRIVATE KC_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  endif()
endfunction()
