#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# package-test.sh BUILD_DIR POSTFIX_ENV VERSION [SANITIZE]
# Builds the packages from BUILD_DIR with cpack (into a directory of its own), checks the
# .deb's contents and runs lintian on it (no error allowed), checks the .tar.gz holds the same
# tree, installs the .deb with apt-get, runs the installed selfmx-console (--version, and
# `test` against the suite's Postfix) and purges the package again, on failure too.
# Exit 77 (skipped): not root, no apt-get, a sanitizer build, or the package is installed
# already (this test never touches an installation it did not make).
set -uo pipefail
build=$(cd "$1" && pwd) postfix_env=$2 version=$3 sanitize=${4:-OFF}

skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }
[[ $(id -u) -eq 0 ]] || skip "installing a package needs root"
command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null || skip "needs apt-get and dpkg"
[[ $sanitize == ON ]] && skip "packages are made from the normal build, not a sanitizer build"
if dpkg-query -W -f='${Status}' selfmx-console 2>/dev/null | grep -q ' installed$'; then
  skip "selfmx-console is installed on this machine already; not replacing it"
fi
[[ -r $postfix_env ]] || fail "no Postfix fixture: $postfix_env is not readable"
command -v lintian >/dev/null || fail "lintian is missing (scripts/install-deps.sh installs it)"

work=$(mktemp -d "${TMPDIR:-/tmp}/selfmx-package.XXXXXX")
installed=0
cleanup() {
  if [[ $installed == 1 ]]; then
    echo "== removing the package"
    dpkg --purge selfmx-console >/dev/null || echo "warning: dpkg --purge selfmx-console failed"
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== cpack (DEB, TGZ)"
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1) \
  || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/out/selfmx-console_"$version"_*.deb 2>/dev/null | head -n1)
tgz=$(ls "$work"/out/selfmx-console-"$version"-*.tar.gz 2>/dev/null | head -n1)
[[ -f $deb ]] || { cat "$work/cpack.log"; fail "no .deb for version $version in $work/out"; }
[[ -f $tgz ]] || fail "no .tar.gz for version $version in $work/out"
dpkg-deb --info "$deb"

echo "== contents"
dpkg-deb --contents "$deb" | awk '{ print $NF }' | sed 's|^\./|/|; s|/$||' | grep -v '^/$' | sort >"$work/deb.list"
for f in /usr/bin/selfmx-console /usr/libexec/selfmx-console/selfmx-cli.so /usr/lib/selfmx-console/selfmx-window.so \
         /usr/share/applications/io.selfmx.Console.desktop \
         /usr/share/metainfo/io.selfmx.Console.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.selfmx.Console.svg \
         /usr/share/icons/hicolor/16x16/apps/io.selfmx.Console.png \
         /usr/share/icons/hicolor/512x512/apps/io.selfmx.Console.png \
         /usr/share/man/man1/selfmx-console.1.gz \
         /usr/share/man/man1/selfmx-console-test.1.gz /usr/share/man/man1/selfmx-console-send.1.gz \
         /usr/share/man/man1/selfmx-console-profile.1.gz /usr/share/man/man1/selfmx-console-diagnose.1.gz \
         /usr/share/man/man1/selfmx-console-discover.1.gz /usr/share/man/man1/selfmx-console-relay.1.gz \
         /usr/share/man/man1/selfmx-console-check-domain.1.gz \
         /usr/share/bash-completion/completions/selfmx-console \
         /usr/share/zsh/vendor-completions/_selfmx-console \
         /usr/lib/systemd/user/selfmx-relay@.service \
         /usr/share/doc/selfmx-console/copyright /usr/share/doc/selfmx-console/changelog.gz; do
  grep -qxF "$f" "$work/deb.list" || fail "the .deb has no $f"
done
# The .tar.gz is the same install tree.
tar -tzf "$tgz" | sed 's|^[^/]*/|/|; s|/$||' | grep -v '^/$' | sort >"$work/tgz.list"
diff -u "$work/deb.list" "$work/tgz.list" || fail "the .tar.gz and the .deb hold different files"
echo "the .deb and the .tar.gz hold the same $(wc -l <"$work/deb.list") paths"

echo "== lintian"
lintian --tag-display-limit 0 --display-info --fail-on error "$deb" | tee "$work/lintian.log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || fail "lintian reports errors"
# The build's hardening flags reach every ELF file (cmake/SelfmxTargets.cmake).
! grep -q 'hardening-' "$work/lintian.log" || fail "lintian reports binaries built without hardening flags"

echo "== apt-get install"
installed=1
apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=300 "$deb" >"$work/apt.log" 2>&1 \
  || { cat "$work/apt.log"; fail "apt-get install failed"; }
hash -r

echo "== the installed program"
missing=$(ldd /usr/bin/selfmx-console /usr/libexec/selfmx-console/selfmx-cli.so /usr/lib/selfmx-console/selfmx-window.so | grep 'not found')
[[ -z $missing ]] || fail "unresolved libraries: $missing"
version_out=$(/usr/bin/selfmx-console --version) || fail "selfmx-console --version failed"
echo "$version_out"
[[ $(head -n1 <<<"$version_out") == "selfmx-console $version" ]] || fail "--version does not say $version"
grep -q '^TLS: OpenSSL 3' <<<"$version_out" || fail "--version: the TLS backend did not load"
man -w selfmx-console-relay >/dev/null || fail "man does not find selfmx-console-relay(1)"

# `selfmx-console test` against the suite's Postfix (STARTTLS, AUTH), with a private home.
set -a; source "$postfix_env"; set +a
home=$work/home
mkdir -p "$home"
test_out=$(env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
  SMTP_HOST=localhost SMTP_PORT="$POSTFIX_SUBMISSION_PORT" SMTP_TLS_CA_FILE="$POSTFIX_CA_FILE" SMTP_TIMEOUT=10 \
  SMTP_USER="$POSTFIX_USER1" SMTP_PASS="$POSTFIX_PASS1" selfmx-console test 2>&1)
status=$?
echo "$test_out"
[[ $status -eq 0 ]] || fail "the installed selfmx-console test exited $status"
grep -q "SMTP connection successful" <<<"$test_out" || fail "the installed selfmx-console test did not pass"

# A profile whose password is in the keychain: the installed program reaches the Secret
# Service (QtKeychain, libsecret) of the session scripts/test.sh starts. Without a session
# bus (ctest run by hand) this step is left out, said so.
if [[ -n ${DBUS_SESSION_BUS_ADDRESS:-} ]]; then
  profile="package-test-$$"
  as_user() {
    env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
      DBUS_SESSION_BUS_ADDRESS="$DBUS_SESSION_BUS_ADDRESS" XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-}" selfmx-console "$@"
  }
  printf '%s\n' "$POSTFIX_PASS1" | as_user profile add "$profile" --host localhost --port "$POSTFIX_SUBMISSION_PORT" \
    --user "$POSTFIX_USER1" --ca-file "$POSTFIX_CA_FILE" --timeout 10 --password-stdin \
    || fail "the installed selfmx-console could not store a profile and its password"
  keychain_out=$(as_user test --profile "$profile" 2>&1); keychain_status=$?
  as_user profile remove "$profile" || fail "the installed selfmx-console could not remove the profile"
  echo "$keychain_out"
  [[ $keychain_status -eq 0 ]] || fail "test --profile (password from the keychain) exited $keychain_status"
else
  echo "no session bus (DBUS_SESSION_BUS_ADDRESS): the keychain step is left out; scripts/test.sh provides one"
fi

# The relay from the package: libmicrohttpd, and Qt SQL's SQLite driver (a plugin only the
# package's Depends brings) for its queue. Up, /health answered, then a graceful stop.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
coproc RELAY {
  exec env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    SMTP_HOST=localhost SMTP_PORT="$POSTFIX_SUBMISSION_PORT" SMTP_TLS_CA_FILE="$POSTFIX_CA_FILE" \
    SMTP_USER="$POSTFIX_USER1" SMTP_PASS="$POSTFIX_PASS1" HOST=127.0.0.1 PORT="$port" API_KEY=package-test \
    selfmx-console relay --queue "$work/queue.sqlite" 2>"$work/relay.err"
}
relay=$RELAY_PID
# Its first line on stdout says it listens; bounded wait.
read -r -t 20 listening <&"${RELAY[0]}" || listening=""
echo "relay: $listening"
health=""
[[ -n $listening ]] && health=$(curl -s --max-time 5 "http://127.0.0.1:$port/health")
kill -TERM "$relay" 2>/dev/null
wait "$relay"; relay_status=$?
cat "$work/relay.err"
[[ -n $health ]] || fail "the installed relay did not answer /health"
[[ $relay_status -eq 0 ]] || fail "the installed relay exited $relay_status after SIGTERM"

echo "== the relay's user unit"
grep -q '^ExecStart=/usr/bin/selfmx-console relay --profile %I$' /usr/lib/systemd/user/selfmx-relay@.service \
  || fail "the unit does not start /usr/bin/selfmx-console relay --profile %I"
if command -v systemd-analyze >/dev/null; then
  # Offline: the unit's syntax, its ExecStart binary and its Documentation= man page.
  mkdir -p "$work/units" && mkdir -m 700 "$work/runtime"
  cp /usr/lib/systemd/user/selfmx-relay@.service "$work/units/selfmx-relay@work.service"
  (cd "$work/units" && XDG_RUNTIME_DIR=$work/runtime systemd-analyze verify --user ./selfmx-relay@work.service) \
    || fail "systemd-analyze verify finds problems in the relay's unit"
fi
echo "package test passed"
