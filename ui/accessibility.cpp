// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "accessibility.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QWidget>

namespace selfmx::ui {

namespace {

QAccessibleInterface *scrollAreaInterface(const QString &className, QObject *object)
{
    // Asked with each class name of the object's chain, most derived first: a widget with an
    // interface of its own (a text edit, an item view) gets that one before "QAbstractScrollArea"
    // comes up. QAccessibleWidget's children are all of the widget's child widgets, hidden
    // ones included, and its child() returns nothing past the end.
    if (!object || !object->isWidgetType())
        return nullptr;
    if (className != QLatin1String("QScrollArea") && className != QLatin1String("QAbstractScrollArea"))
        return nullptr;
    return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::Client);
}

} // namespace

void installAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(scrollAreaInterface);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace selfmx::ui
