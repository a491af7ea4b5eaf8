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
        return tr("HOST=%1 is not a loopback address: other machines can reach the relay; anyone with the API key can send mail "
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
        return tr("the relay needs an API key: set API_KEY, or name a profile with --profile (its key is made and kept in the "
                  "keychain)");
    return tr("The relay needs an API key. Make one with \"New key\".");
}

QString RelayText::cannotStart(const QString &error, const QString &host, quint16 port, qint64 lockHolder, Audience audience)
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
    else if (error == u"address_in_use")
        //: %1: an IP address, %2: a port number
        sentence = cli ? tr("%1 port %2 is already in use (another program listens there): stop that program, or set PORT to a free "
                            "port (or HOST to another address)")
                             .arg(host)
                             .arg(port)
                       : tr("Port %2 on %1 is already in use by another program. Stop that program, or choose another relay port for "
                            "this profile.")
                             .arg(host)
                             .arg(port);
    else if (error == u"address_not_available")
        sentence = cli ? tr("HOST=%1 is not an address of this machine (or its network is not up yet); use 127.0.0.1, ::1 or one of "
                            "this machine's addresses")
                             .arg(host)
                       : tr("%1 is not an address of this machine (or its network is not up yet). Use 127.0.0.1, ::1 or one of this "
                            "machine's addresses.")
                             .arg(host);
    else if (error == u"permission_denied")
        sentence =
            cli ? tr("port %1 is below 1024, which only privileged programs may listen on; set PORT to 1024 or more").arg(port)
                : tr("Port %1 is below 1024, which only privileged programs may listen on. Choose a relay port of 1024 or more.").arg(port);
    else
        sentence = error;
    return cli ? tr("the relay cannot start: %1").arg(sentence) : sentence;
}

// The command line writes as the other commands do ("error: " and a clause, lower case, no
// full stop); the window, sentences.
QString RelayText::cannotRetry(const QString &id, const QString &error, const QString &state, Audience audience)
{
    if (audience == Audience::CommandLine)
        return tr("error: %1")
            .arg(error == u"not_found" ? tr("there is no message %1 in the queue").arg(id)
                                       //: %2 is the message's state as the API names it (queued, sending, delivered, ...)
                                       : tr("message %1 is %2: only a failed, canceled or queued message can be retried").arg(id, state));
    return error == u"not_found" ? tr("There is no message %1 in the queue.").arg(id)
                                 //: %2 is the message's state as the API names it (queued, sending, delivered, ...)
                                 : tr("Message %1 is %2: only a failed, canceled or queued message can be retried.").arg(id, state);
}

QString RelayText::cannotCancel(const QString &id, const QString &error, const QString &state, Audience audience)
{
    if (audience == Audience::CommandLine)
        return tr("error: %1")
            .arg(error == u"not_found" ? tr("there is no message %1 in the queue").arg(id)
                                       //: %2 is the message's state as the API names it (queued, sending, delivered, ...)
                                       : tr("message %1 is %2: only a queued or scheduled message can be canceled").arg(id, state));
    return error == u"not_found" ? tr("There is no message %1 in the queue.").arg(id)
                                 //: %2 is the message's state as the API names it (queued, sending, delivered, ...)
                                 : tr("Message %1 is %2: only a queued or scheduled message can be canceled.").arg(id, state);
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

QString RelayText::queueProblem(const QString &error)
{
    if (error == u"previous_layout_in_use")
        return tr("it was written by an earlier version and a relay is using it; restart that relay (it moves the queue to this "
                  "version's layout when it starts), then try again");
    return error; // SQLite's words
}

} // namespace selfmx::text
