// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The floor for bench/startup.sh: the smallest Qt Widgets program, a QApplication and one
// QLabel, from the same build. Like selfmx-console-gui under SELFMX_EXIT_AFTER_FIRST_PAINT=1
// (app/guimain.cpp) it prints "painted" after its window's first Paint event, then, once
// the events queued by then are handled, "rss-kib N" (VmRSS), and quits.
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QTimer>

#include <cstdio>

namespace {

void reportRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                std::printf("rss-kib %s\n", line.mid(6).trimmed().split(' ').value(0).constData());
        }
    }
    std::fflush(stdout);
    QCoreApplication::quit();
}

class FirstPaintProbe : public QObject
{
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, []() {
                std::printf("painted\n");
                std::fflush(stdout);
                QTimer::singleShot(0, qApp, &reportRss);
            });
        }
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Hello"));
    label.show();
    FirstPaintProbe probe;
    label.installEventFilter(&probe);
    return QApplication::exec();
}
