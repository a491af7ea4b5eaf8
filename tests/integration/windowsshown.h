// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// Counts the widgets shown as windows of their own while it lives: a widget made without a
// parent and shown before it is placed flashes on the screen as a window (and a screen
// reader hears of one).
#pragma once
#include <QApplication>
#include <QEvent>
#include <QStringList>
#include <QWidget>

namespace selfmx::test {

class WindowsShown : public QObject
{
public:
    WindowsShown() { QApplication::instance()->installEventFilter(this); }
    ~WindowsShown() override { QApplication::instance()->removeEventFilter(this); }
    WindowsShown(const WindowsShown &) = delete;
    WindowsShown &operator=(const WindowsShown &) = delete;

    QStringList classNames; // of each window shown, in order

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            if (const auto *widget = qobject_cast<const QWidget *>(watched); widget && widget->isWindow())
                classNames.append(QString::fromLatin1(widget->metaObject()->className()));
        }
        return false;
    }
};

} // namespace selfmx::test
