// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace selfmx::runtime {

// Qt's threads other than the main one run Qt's own event loop instead of GLib's; the main
// thread keeps GLib's, which QtKeychain's libsecret back end and the GTK platform theme need
// (their answers come through GLib's main loop). Qt reads QT_NO_THREADED_GLIB when a thread
// starts and makes its dispatcher.
//
// Why: GLib signals its wake-up eventfd on every change of a thread's poll set, and a plain
// QTcpSocket changes it twice per write (its write notifier turned on for the buffered data and
// off once it has left). On the relay's delivery thread that was four eventfd writes per
// message, with the polls they cause; Qt's own dispatcher rebuilds its poll set on each pass
// and writes nothing. Call before the QCoreApplication is made, while the process has one
// thread (setting the environment is not safe beside threads that read it).
inline void useQtEventLoopsInWorkerThreads()
{
    if (qEnvironmentVariableIsEmpty("QT_NO_THREADED_GLIB"))
        qputenv("QT_NO_THREADED_GLIB", QByteArrayLiteral("1"));
}

} // namespace selfmx::runtime
