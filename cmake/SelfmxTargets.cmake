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
if(SELFMX_WERROR)
  target_compile_options(selfmx_build_flags INTERFACE -Werror)
endif()
if(SELFMX_SANITIZE)
  target_compile_options(selfmx_build_flags INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(selfmx_build_flags INTERFACE -fsanitize=address,undefined)
endif()

function(selfmx_apply_defaults target)
  target_link_libraries(${target} PRIVATE selfmx_build_flags)
endfunction()
