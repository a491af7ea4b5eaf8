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

QString RelayText::cannotStart(const QString &error, const QString &host, qint64 lockHolder, Audience audience)
{
    const bool cli = audience == Audience::CommandLine;
    QString sentence;
    if (error == u"no_api_key")
        return noKey(audience);
    if (error == u"host_not_ip")
        sentence = cli ? tr("HOST=%1 is not an IP address; use 127.0.0.1, ::1 or an address of this machine").arg(host)
                       : tr("The listening address %1 is not an IP address; use 127.0.0.1, ::1 or an address of this machine.").arg(host);
    else if (error == u"in_use")
        sentence = cli ? tr("another relay (process %1) already delivers from this queue; stop it first, or give this one its own --queue")
                             .arg(lockHolder)
                       : tr("Another relay (process %1) already delivers from this profile's queue. Stop it first.").arg(lockHolder);
    else
        sentence = error;
    return cli ? tr("error: the relay cannot start: %1").arg(sentence) : sentence;
}

QString RelayText::cannotRetry(const QString &id, const QString &error, const QString &state, Audience audience)
{
    const QString sentence = error == u"not_found"
                                 ? tr("There is no message %1 in the queue.").arg(id)
                                 //: %2 is the message's state as the API names it (queued, sending, delivered, ...)
                                 : tr("Message %1 is %2: only a failed, canceled or queued message can be retried.").arg(id, state);
    return audience == Audience::CommandLine ? tr("error: %1").arg(sentence) : sentence;
}

QString RelayText::cannotCancel(const QString &id, const QString &error, const QString &state, Audience audience)
{
    const QString sentence = error == u"not_found"
                                 ? tr("There is no message %1 in the queue.").arg(id)
                                 //: %2 is the message's state as the API names it (queued, sending, delivered, ...)
                                 : tr("Message %1 is %2: only a queued or scheduled message can be canceled.").arg(id, state);
    return audience == Audience::CommandLine ? tr("error: %1").arg(sentence) : sentence;
}

QString RelayText::retried(const QString &id)
{
    return tr("message %1 queued again; the relay sends it within a few seconds").arg(id);
}

QString RelayText::canceled(const QString &id)
{
    return tr("message %1 canceled; it will not be sent").arg(id);
}

QString RelayText::running(qint64 pid)
{
    return tr("relay: running (process %1)").arg(pid);
}

QString RelayText::notRunning()
{
    return tr("relay: not running");
}

QString RelayText::queueFile(const QString &path)
{
    return tr("queue: %1").arg(path);
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
