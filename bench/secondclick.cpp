// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The window's one-click test, clicked again and again (bench/oneclick.sh): the Test button
// of the real TestPanel over a SettingsDraft filled from the SMTP_* environment, timed from
// the click to testFinished. The first click pays for loading the TLS library and the
// system's roots; the target is the second and later clicks (<= 5 ms).
// Prints "first_ms=… median_ms=… p90_ms=… clicks=N" (later clicks), exit 1 if one failed.
#include "profile/settingsdraft.h"
#include "settings/fields.h"
#include "ui/testpanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QTextStream>

#include <algorithm>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int clicks = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20;
    selfmx::profile::SettingsDraft draft;
    draft.load(selfmx::profile::Profile());
    const QHash<QString, QString> values = selfmx::settings::environmentValues(QProcessEnvironment::systemEnvironment(),
                                                                               selfmx::settings::Groups(selfmx::settings::Group::Smtp));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        draft.setValue(it.key(), it.value());
    selfmx::ui::TestPanel panel(&draft);
    panel.show();

    QList<double> times;
    bool allPassed = true;
    for (int i = 0; i < clicks; ++i) {
        QEventLoop loop;
        bool passed = false;
        QObject::connect(&panel, &selfmx::ui::TestPanel::testFinished, &loop, [&loop, &passed](bool ok) {
            passed = ok;
            loop.quit();
        });
        QElapsedTimer clock;
        clock.start();
        panel.testButton()->click();
        if (panel.isRunning())
            loop.exec();
        times.append(double(clock.nsecsElapsed()) / 1e6);
        allPassed = allPassed && passed;
        if (!passed)
            QTextStream(stderr) << "click " << i + 1 << " failed: " << panel.statusText() << '\n';
    }
    QList<double> later = times.mid(1);
    std::sort(later.begin(), later.end());
    const auto at = [&later](double q) {
        return later.isEmpty() ? 0.0 : later.at(qMin(later.size() - 1, qsizetype(q * double(later.size()))));
    };
    QTextStream(stdout) << "first_ms=" << QString::number(times.value(0), 'f', 2) << " median_ms=" << QString::number(at(0.5), 'f', 2)
                        << " p90_ms=" << QString::number(at(0.9), 'f', 2) << " clicks=" << later.size() << '\n';
    return allPassed ? 0 : 1;
}
