// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The window, built twice: as the module lib/selfmx-console/selfmx-window.so, which
// `selfmx-console` without a command loads into its own process and runs
// (selfmx_window_main, app/helperprogram.h), and as the program selfmx-console-gui, for
// the tests and the record (bench/startup.sh), and which `selfmx-console` execs if the
// module is missing. Either way the headless commands never load Widgets or Gui.
#include "profile/profilestore.h"
#include "runtime/eventloops.h"
#include "ui/accessibility.h"
#include "ui/consolestart.h"
#include "ui/languagemenu.h"
#include "ui/windowstyle.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

// For bench/startup.sh (SELFMX_EXIT_AFTER_FIRST_PAINT=1): says "painted" on stdout once
// every window shown at start has received its first Paint event, then, once the events
// queued by then are handled, "rss-kib N" (VmRSS) and quits. bench/minimal_widgets.cpp
// does the same for one QLabel, so both are timed to the same moment.
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(const QList<QWidget *> &windows)
    {
        for (QWidget *w : windows) {
            m_waiting.append(w);
            w->installEventFilter(this);
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_waiting.removeAll(qobject_cast<QWidget *>(watched)) > 0) {
            watched->removeEventFilter(this);
            if (m_waiting.isEmpty())
                QTimer::singleShot(0, this, &FirstPaintProbe::report); // after this paint is flushed
        }
        return false;
    }

private:
    void report()
    {
        std::printf("painted\n");
        std::fflush(stdout);
        QTimer::singleShot(0, this, []() {
            QFile status(QStringLiteral("/proc/self/status"));
            if (status.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : status.readAll().split('\n')) {
                    if (line.startsWith("VmRSS:"))
                        std::printf("rss-kib %s\n", line.mid(6).trimmed().split(' ').value(0).constData());
                }
            }
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }

    QList<QPointer<QWidget>> m_waiting;
};

} // namespace

namespace {

int runWindow(int argc, char *argv[])
{
    QApplication::setOrganizationName(QStringLiteral("SelfMX"));
    QApplication::setApplicationName(QStringLiteral("selfmx-console"));
    QApplication::setApplicationVersion(QStringLiteral(SELFMX_VERSION));
    // The installed desktop entry (resources/io.selfmx.Console.desktop): Wayland compositors
    // match the window to it, and so to its name and icon, by this id (X11 by WM_CLASS,
    // the entry's StartupWMClass).
    QApplication::setDesktopFileName(QStringLiteral("io.selfmx.Console"));
    selfmx::runtime::useQtEventLoopsInWorkerThreads(); // the relay's delivery thread: see there
    QApplication app(argc, argv);
    selfmx::ui::installAccessibility(); // before the first window: see ui/accessibility.h
    selfmx::ui::installWindowStyle();   // likewise: see ui/windowstyle.h
    // View > Language's choice, else the system's language (LANGUAGE, LC_ALL, LANG).
    selfmx::ui::installChosenLanguage();
    selfmx::profile::ProfileStore store; // the one store of this process
    // The main window, or on the first start the setup wizard alone (ui/consolestart.h).
    selfmx::ui::ConsoleStart start(&store);
    QWidget *shown = start.show();
    std::unique_ptr<FirstPaintProbe> probe;
    if (qEnvironmentVariableIntValue("SELFMX_EXIT_AFTER_FIRST_PAINT") == 1)
        probe = std::make_unique<FirstPaintProbe>(QList<QWidget *>{shown});
    return QApplication::exec();
}

} // namespace

#ifdef SELFMX_WINDOW_MODULE
// The module's one exported symbol (the static libraries' are local: -Wl,--exclude-libs).
// Called by selfmx-console with no QCoreApplication alive, with the process's argv.
extern "C" Q_DECL_EXPORT int selfmx_window_main(int argc, char *argv[])
{
    return runWindow(argc, argv);
}
#else
int main(int argc, char *argv[])
{
    return runWindow(argc, argv);
}
#endif
