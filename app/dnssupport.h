// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

// What check-domain, discover and diagnose's sender-domain stage share, in
// selfmx-console-dns (the program that links libunbound).
#include "dns/resolver.h"
#include "settings/configuration.h"

#include <QJsonArray>

#include <optional>

namespace selfmx::app {

// Every DNS answer a check rests on, with its DNSSEC status (docs/diagnostics-json.md).
QJsonArray dnsEvidenceJson(const QList<dns::Answer> &answers);
// The nameserver: DNS_SERVER from the environment over the stored one in `base` (the field
// table's row: an address with an optional port), as every setting is resolved. nullopt
// after saying on stderr what is wrong with it.
std::optional<dns::ResolverConfig> resolverConfig(const settings::Configuration &base = {});

} // namespace selfmx::app
