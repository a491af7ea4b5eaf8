// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "smtp/session.h"

#include <QElapsedTimer>
#include <QSignalSpy>

namespace selfmx::test {

// Opens a session and waits (bounded) for finished(). Returns false on the bound.
// finishedCount tells how often finished() fired, which must be exactly once.
struct SessionRun {
    bool finished = false;
    int finishedCount = 0;
    qint64 elapsedMs = 0;
};

inline SessionRun runToEnd(smtp::SmtpSession &session, int boundMs = 20000, bool quitWhenReady = true)
{
    SessionRun run;
    QSignalSpy finished(&session, &smtp::SmtpSession::finished);
    if (quitWhenReady)
        QObject::connect(&session, &smtp::SmtpSession::ready, &session, &smtp::SmtpSession::quit);
    QElapsedTimer clock;
    clock.start();
    session.open();
    run.finished = finished.wait(boundMs);
    run.elapsedMs = clock.elapsed();
    // Let any stray second emission surface before counting.
    QCoreApplication::processEvents();
    run.finishedCount = int(finished.count());
    return run;
}

} // namespace selfmx::test
