// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "runtime/eventloops.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QThread>

#include <gtest/gtest.h>

// The test programs call useQtEventLoopsInWorkerThreads() before their QCoreApplication, as
// selfmx-console-relay and the window do: a thread started afterwards (the relay's delivery
// thread) runs Qt's own event loop, the main thread keeps GLib's (for libsecret's answers).
TEST(EventLoops, WorkerThreadsRunQtsOwnEventLoopAndTheMainThreadGlibs)
{
    EXPECT_EQ(qgetenv("QT_NO_THREADED_GLIB"), QByteArray("1"));
    QThread worker;
    auto *onWorker = new QObject;
    onWorker->moveToThread(&worker);
    QObject::connect(&worker, &QThread::finished, onWorker, &QObject::deleteLater);
    worker.start();
    QByteArray workerDispatcher;
    EXPECT_TRUE(QMetaObject::invokeMethod(
        onWorker, [&workerDispatcher]() { workerDispatcher = QAbstractEventDispatcher::instance()->metaObject()->className(); },
        Qt::BlockingQueuedConnection));
    worker.quit();
    ASSERT_TRUE(worker.wait(10000));
    EXPECT_EQ(workerDispatcher, QByteArray("QEventDispatcherUNIX"));
    EXPECT_EQ(QByteArray(QAbstractEventDispatcher::instance()->metaObject()->className()), QByteArray("QEventDispatcherGlib"));
}
