# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# cmake -DCONSOLE=selfmx-console -DOUT=DIR -DCOMMANDS="test;send;..." -P generate-docs.cmake
# Writes DIR/man/*.1 and *.1.gz (gzip -n: reproducible) and DIR/completion/{selfmx-console,_selfmx-console}.
file(MAKE_DIRECTORY ${OUT}/man ${OUT}/completion)

function(run_console output)
  execute_process(COMMAND ${CONSOLE} ${ARGN} OUTPUT_FILE ${output} ERROR_VARIABLE errors RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "selfmx-console ${ARGN} failed (${status}): ${errors}")
  endif()
endfunction()

foreach(command main ${COMMANDS})
  if(command STREQUAL "main")
    set(page selfmx-console)
    run_console(${OUT}/man/${page}.1 --man)
  else()
    set(page selfmx-console-${command})
    run_console(${OUT}/man/${page}.1 --man ${command})
  endif()
  execute_process(COMMAND gzip -9 -n -c ${OUT}/man/${page}.1 OUTPUT_FILE ${OUT}/man/${page}.1.gz RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "gzip ${page}.1 failed")
  endif()
endforeach()
run_console(${OUT}/completion/selfmx-console --completion bash)
run_console(${OUT}/completion/_selfmx-console --completion zsh)
