// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "secretstore.h"

#include <QString>

#include <functional>

class QObject;

namespace selfmx::profile {

// The keychain as the runtime-loaded module (core/profile/keychain) implements it. QtKeychain
// pulls in D-Bus, systemd and gcrypt (nine shared objects); a `test` or `send` that never reads
// a stored secret should not pay for loading them, so SecretStore loads the module on its
// first operation. The module and the programs come from one build: the interface is C++.
class KeychainBackend
{
public:
    enum class Operation { Read, Write, Remove };
    struct Result {
        SecretError error = SecretError::None;
        QString errorString; // the backend's own words, untranslated
        QString secret;      // Read only
    };
    using Done = std::function<void(const Result &)>;

    virtual ~KeychainBackend() = default;
    // Starts one operation; `done` runs once, later, in `context`'s thread, and never if
    // `context` is destroyed first (the operation is then abandoned with it).
    virtual void start(Operation operation, const QString &service, const QString &key, const QString &secret, QObject *context,
                       Done done) = 0;

protected:
    KeychainBackend() = default;
    KeychainBackend(const KeychainBackend &) = default;
    KeychainBackend &operator=(const KeychainBackend &) = default;
};

// The symbol the module exports; bump the suffix when KeychainBackend changes.
inline constexpr char keychainBackendEntryPoint[] = "selfmx_keychain_backend_v1";
using KeychainBackendEntryPoint = KeychainBackend *(*)();

} // namespace selfmx::profile
