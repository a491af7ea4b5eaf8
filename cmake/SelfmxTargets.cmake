# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# selfmx_apply_defaults(target): the strict Qt defines and warnings every target uses.

add_library(selfmx_build_flags INTERFACE)
target_compile_definitions(selfmx_build_flags INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS QT_NO_FOREACH QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(selfmx_build_flags INTERFACE -Wall -Wextra -Wpedantic -Wshadow
  -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
# Debian's hardening flags (dpkg-buildflags' defaults, checked by lintian's hardening-* tags
# in the package test): fortified libc calls where the optimiser can see buffer sizes, stack
# protection, and relocations resolved and made read-only at start (full RELRO). Not with the
# sanitizers, which replace the same libc calls.
if(NOT SELFMX_SANITIZE AND NOT SELFMX_FUZZ)
  # Only where the build optimises: glibc warns (an error with SELFMX_WERROR) at -O0.
  target_compile_definitions(selfmx_build_flags INTERFACE $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:_FORTIFY_SOURCE=2>)
  target_compile_options(selfmx_build_flags INTERFACE -fstack-protector-strong -fstack-clash-protection)
  if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|i.86)$")
    target_compile_options(selfmx_build_flags INTERFACE -fcf-protection) # Intel CET: x86 only
  endif()
  target_link_options(selfmx_build_flags INTERFACE LINKER:-z,relro LINKER:-z,now)
endif()
if(SELFMX_WERROR)
  target_compile_options(selfmx_build_flags INTERFACE -Werror)
endif()
if(SELFMX_SANITIZE)
  target_compile_options(selfmx_build_flags INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(selfmx_build_flags INTERFACE -fsanitize=address,undefined)
endif()

if(SELFMX_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "SELFMX_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++-14")
  endif()
  # Every library is instrumented for coverage; only the fuzz targets link libFuzzer's main.
  target_compile_options(selfmx_build_flags INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(selfmx_build_flags INTERFACE -fsanitize=address,undefined)
endif()

function(selfmx_apply_defaults target)
  target_link_libraries(${target} PRIVATE selfmx_build_flags)
endfunction()

# selfmx_public_headers(target prefix): code that links `target` includes its headers as
# "prefix/header.h", and sees nothing else of the tree: each library exposes only its own
# folder (through a link in the build tree), so a layer cannot include a header of one it
# does not link, e.g. core/smtp including profile/ or ui/ including app/.
function(selfmx_public_headers target prefix)
  set(dir ${CMAKE_BINARY_DIR}/include/${target})
  file(MAKE_DIRECTORY ${dir})
  if(NOT EXISTS ${dir}/${prefix})
    file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${dir}/${prefix} SYMBOLIC)
  endif()
  target_include_directories(${target} PUBLIC $<BUILD_INTERFACE:${dir}>)
endfunction()

# selfmx_trusted_module(target): a run-time module (lib/selfmx-console/*.so) is loaded only
# from a file and directory that neither the group nor others can write
# (core/profile/moduledirectory.cpp). Under a umask of 002 (user-private groups, Ubuntu's
# default) the linker and CMake would make both group-writable and the modules would be
# refused: take the write bits away after every link.
function(selfmx_trusted_module target)
  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND chmod go-w $<TARGET_FILE:${target}> $<TARGET_FILE_DIR:${target}>
    VERBATIM)
endfunction()
