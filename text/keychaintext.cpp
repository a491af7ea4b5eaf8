// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "keychaintext.h"

namespace selfmx::text {

QString KeychainText::describe(profile::SecretError error, const QString &backendText, Audience audience)
{
    using profile::SecretError;
    switch (error) {
    case SecretError::None: return {};
    case SecretError::NoKeychain:
        return audience == Audience::CommandLine
                   ? tr("no keychain available: the console stores passwords only in the OS keychain (Secret Service), "
                        "and none is reachable in this session. Start gnome-keyring or KeePassXC's Secret Service, "
                        "or pass the password through SMTP_PASS for this run")
                   : tr("no keychain available: the console stores passwords only in the OS keychain (Secret Service), "
                        "and none is reachable in this session. Start gnome-keyring or KeePassXC's Secret Service");
    case SecretError::Locked:
        return tr("the keychain is locked and was not unlocked; unlock it (e.g. log in to the desktop session) and retry");
    case SecretError::AccessDenied: return tr("the keychain refused access to selfmx-console (%1)").arg(backendText);
    case SecretError::NotFound:
        return audience == Audience::CommandLine
                   ? tr("no password is stored in the keychain for this profile; set one with 'profile edit NAME --ask-password'")
                   : tr("no password is stored in the keychain for this profile; type it in the Password field and save");
    case SecretError::NotInstalled:
        //: %1: the dynamic loader's words, naming the files it looked for.
        return tr("this installation of selfmx-console is incomplete: its keychain module (selfmx-keychain) is missing; "
                  "reinstall the package (%1)")
            .arg(backendText);
    case SecretError::Failed:
        //: %1: the keychain's own words
        return audience == Audience::CommandLine
                   ? tr("the keychain failed: %1. Check that a Secret Service (gnome-keyring, KeePassXC) runs and is unlocked in this "
                        "session, or pass the password through SMTP_PASS for this run")
                         .arg(backendText)
                   : tr("the keychain failed: %1. Check that a Secret Service (gnome-keyring, KeePassXC) runs and is unlocked in this "
                        "session")
                         .arg(backendText);
    }
    return backendText;
}

} // namespace selfmx::text
