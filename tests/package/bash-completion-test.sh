#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# bash-completion-test.sh COMPLETION_FILE: the generated bash completion completes
# commands, options, actions and option values as a user's Tab would.
set -uo pipefail
source "$1" || { echo "cannot source $1"; exit 1; }
failures=0
# complete WORD... : the candidates for the last word.
complete_words() {
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMPREPLY=()
  _selfmx_console
  printf '%s\n' "${COMPREPLY[@]}"
}
# The candidates are read whole before grep looks at them: piped, `grep -q` could stop
# reading at the first match and printf's SIGPIPE would fail the pipeline under pipefail
# (seen once in the sanitizer run: 'profile e' offered edit and still "failed").
expect() {  # expect "CANDIDATE" WORD...
  local want=$1; shift
  local offered
  offered=$(complete_words "$@")
  if ! grep -qxF -- "$want" <<<"$offered"; then
    echo "FAIL: '$*' does not offer '$want'; offered: $(tr '\n' ' ' <<<"$offered")"
    failures=$((failures + 1))
  fi
}
expect_none() {  # expect_none "CANDIDATE" WORD...
  local unwanted=$1; shift
  local offered
  offered=$(complete_words "$@")
  if grep -qxF -- "$unwanted" <<<"$offered"; then
    echo "FAIL: '$*' offers '$unwanted'"
    failures=$((failures + 1))
  fi
}
expect diagnose selfmx-console di
expect relay selfmx-console ''
expect --verbose selfmx-console test --ver
expect --probe-recipient selfmx-console diagnose --probe-r
expect edit selfmx-console profile e
expect --tls-pin selfmx-console profile add work --tls-p
expect --remove-password selfmx-console profile edit work --remove
expect_none --remove-password selfmx-console profile add work --remove
expect starttls selfmx-console profile add work --tls-mode st
expect true selfmx-console profile add work --tls-verify t
expect sendgrid selfmx-console profile add work --provider send
expect status selfmx-console relay st
expect --queue selfmx-console relay --qu
# A free-text value completes nothing.
expect_none --subject selfmx-console send --subject --sub
[[ $failures -eq 0 ]] && echo "bash completion: all cases passed"
exit $((failures > 0))
