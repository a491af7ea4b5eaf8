// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "relaytext.h"

namespace selfmx::text {

QString RelayText::listening(const QString &host, quint16 port)
{
    return tr("relay listening on http://%1:%2").arg(host).arg(port);
}

QString RelayText::nonLoopbackWarning(const QString &host, Audience audience)
{
    if (audience == Audience::CommandLine)
        return tr("warning: HOST=%1 is not a loopback address: other machines can reach the relay; anyone with the API key can send mail "
                  "through this profile")
            .arg(host);
    return tr("The relay listens on %1, which other machines can reach: anyone with the API key can send mail through this profile.")
        .arg(host);
}

QString RelayText::keyCreated(const QString &profileName)
{
    return tr("a new API key was made for profile \"%1\" and stored in the keychain; clients send it as "
              "\"Authorization: Bearer KEY\":")
        .arg(profileName);
}

QString RelayText::noKey(Audience audience)
{
    if (audience == Audience::CommandLine)
        return tr("error: the relay needs an API key: set API_KEY, or name a profile with --profile (its key is made and kept in the "
                  "keychain)");
    return tr("The relay needs an API key. Make one with \"New key\".");
}

QString RelayText::cannotStart(const QString &detail)
{
    return tr("error: the relay cannot start: %1").arg(detail);
}

QString RelayText::stopping()
{
    return tr("stopping: no new requests; finishing the SMTP transactions in progress");
}

QString RelayText::stopped()
{
    return tr("relay stopped");
}

} // namespace selfmx::text
