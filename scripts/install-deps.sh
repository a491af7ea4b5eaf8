#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# Installs the Debian 12 packages SelfMX Console needs to build, run and test.
# Idempotent: when everything is present it returns in well under a second.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev
  libqt6sql6-sqlite shared-mime-info libgtest-dev libgmock-dev libbenchmark-dev
  # core/smtp verifies a chain against SMTP_TLS_CA_FILE with OpenSSL directly
  libssl-dev
  # fuzzing (scripts/fuzz.sh): libFuzzer, ASan and UBSan come with clang's runtime
  clang-14 libclang-rt-14-dev
  # the local relay's HTTP server (core/relay; README "Why libmicrohttpd")
  libmicrohttpd-dev
  # the relay's queue runs its hot statements through SQLite's own API, on Qt SQL's connection
  # (core/relay/sqlitelibrary.h): the header and the library's name
  libsqlite3-dev
  # the headless relay's allocator (app/CMakeLists.txt; README "Dependencies")
  libmimalloc-dev
  # core/dns: the DNSSEC-validating resolver (README "DNS"); the tests' nameserver (nsd) and
  # zone signing (ldnsutils)
  libunbound-dev nsd ldnsutils
  # the tree's habits (scripts/lint.sh): formatting and static checks
  clang-format clang-tidy
  # run: QtKeychain loads libsecret at run time and needs a Secret Service provider
  libsecret-1-0 gnome-keyring dbus dbus-user-session libsecret-tools
  # run: Qt's own translations (QWizard's Back/Next, the command line's "Usage:"), loaded
  # next to the program's embedded ones (text/language.cpp)
  qt6-translations-l10n
  # tests: a real Postfix with Cyrus SASL, OpenSSL for per-run certificates,
  # python3 as an independent MIME parser, Xvfb + fonts for screenshots
  postfix sasl2-bin libsasl2-modules openssl python3 ca-certificates
  # the relay's compatibility test runs Resend's official Node SDK (tests/node) with node and
  # npm (NodeSource's nodejs ships npm; with Debian's nodejs add Debian's npm)
  nodejs
  xvfb xauth fonts-dejavu-core time procps iproute2
  # accessibility (tests/integration/atspi): the setup wizard completed through AT-SPI only,
  # as a screen reader would: the AT-SPI bus and registry, and libatspi for Python
  at-spi2-core python3-gi gir1.2-atspi-2.0
  # the tray icon's tests (tests/support/tray): Xvfb has no system tray, so trayer (a small
  # XEmbed tray) gives Qt's QSystemTrayIcon a real one; xdotool clicks the embedded icon
  trayer xdotool
  # tests of the packages (tests/package): the .deb built with dpkg-shlibdeps and checked with
  # lintian, the desktop entry, the AppStream metainfo, the man pages, the zsh completion,
  # the icons' renderer
  lintian dpkg-dev fakeroot desktop-file-utils appstream man-db zsh librsvg2-bin
  # benchmarks (bench/oneclick.sh): the other SMTP clients timed, and the packet capture
  swaks libnet-ssleay-perl tcpdump
  # benchmarks (bench/relay.sh): wrk loads the relay; smtp-sink/smtp-source come with postfix
  wrk curl
)

missing=()
for p in "${packages[@]}"; do
  # dpkg-query is fast; only call apt-get when something is really missing.
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
# npm: NodeSource's nodejs brings it, Debian's does not; asked for after nodejs is in.
if [[ ${#missing[@]} -eq 0 ]]; then
  command -v npm >/dev/null 2>&1 && exit 0
fi

SUDO=""
[[ $(id -u) -eq 0 ]] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
# Postfix must neither configure itself nor start on :25; the tests run their own instance.
echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
$SUDO apt-get update -q
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "installing: ${missing[*]}" >&2
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "installing: npm" >&2
  $SUDO apt-get install -y -q --no-install-recommends npm
fi
