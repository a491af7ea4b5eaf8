// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "clisupport.h"
#include "settings/configuration.h"
#include "smtp/settings.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace selfmx::profile {
class ProfileStore;
}

namespace selfmx::app {

// The command line's one profile store (the per-user profiles.ini and the keychain).
profile::ProfileStore &profileStore();

// selfmx-console profile ACTION ...
int runProfileCommand(const QStringList &arguments);
// What `profile ACTION` parses (the options depend on the action; the man page and the
// completions are made from these too), and each action with its argument ("show NAME").
CommandSpec profileCommand(const QString &action);
const QStringList &profileActionSynopses();

// False, after an error on stderr, when SMTP_TLS_CA_FILE is set but missing or holds no PEM
// certificate (the caller exits 2); true when it is unset or usable.
bool caFileUsable(const QString &caFile);

// The settings a headless command uses: the stored profile (password from the keychain)
// if one is named, then the SMTP_* environment over it, field by field. Problems are
// printed; nullopt with *exitCode set when the command cannot go on.
// overrides (e.g. SMTP_HOST from `discover HOST`) win over both.
std::optional<smtp::Settings> settingsForCommand(const QString &profileName, int *exitCode, const QHash<QString, QString> &overrides = {});
// The same, with the rest of the configuration (SMTP_FROM, the default sender, for `send`
// and `diagnose`).
std::optional<settings::Configuration> configurationForCommand(const QString &profileName, int *exitCode,
                                                               const QHash<QString, QString> &overrides = {});

} // namespace selfmx::app
