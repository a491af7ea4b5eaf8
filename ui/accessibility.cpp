// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "accessibility.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QSet>
#include <QTabBar>
#include <QVariant>
#include <QWidget>

#include <algorithm>

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

const char *const AutomaticMnemonicProperty = "selfmx_automaticMnemonic";
const char *const MnemonicOrderProperty = "selfmx_mnemonicOrder";
const char *const AssignedMnemonicProperty = "selfmx_assignedMnemonic"; // the letter given, once given

// The mnemonic of a text: the character after a single "&", lower case; null if none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

void setShownText(QWidget *widget, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(widget))
        label->setText(text);
    else if (auto *button = qobject_cast<QAbstractButton *>(widget))
        button->setText(text);
}

// `text` with "&" before its first character not in `taken` (a word's first one preferred).
QString withMnemonic(const QString &text, QSet<QChar> &taken)
{
    QString escaped = text;
    escaped.replace(u'&', QStringLiteral("&&"));
    for (const bool wordStartsOnly : {true, false}) {
        for (qsizetype i = 0; i < escaped.size(); ++i) {
            const QChar c = escaped.at(i);
            if (!c.isLetterOrNumber() || taken.contains(c.toLower()))
                continue;
            if (wordStartsOnly && i > 0 && escaped.at(i - 1).isLetterOrNumber())
                continue;
            taken.insert(c.toLower());
            return escaped.left(i) + u'&' + escaped.mid(i);
        }
    }
    return escaped;
}

} // namespace

void setAutomaticMnemonic(QWidget *widget, const QString &text, int rank)
{
    // First by rank, then in the order they were marked: a label made later (a section built
    // when first opened) never takes the letter of one made before it.
    static qint64 marked = 0;
    widget->setProperty(MnemonicOrderProperty, (qint64(rank) << 40) + ++marked);
    widget->setProperty(AutomaticMnemonicProperty, text);
    widget->setProperty(AssignedMnemonicProperty, QVariant()); // a new text chooses again
    setShownText(widget, QString(text).replace(u'&', QStringLiteral("&&")));
}

void assignMnemonics(QWidget *window)
{
    if (!window)
        return;
    QSet<QChar> taken;
    QList<QWidget *> automatic;
    auto take = [&taken](const QString &text) {
        if (const QChar c = mnemonicOf(text); !c.isNull())
            taken.insert(c);
    };
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->window() != window)
            continue;
        if (w->property(AutomaticMnemonicProperty).isValid()) {
            automatic.append(w);
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            take(button->text());
        } else if (const auto *label = qobject_cast<const QLabel *>(w)) {
            if (label->buddy())
                take(label->text());
        } else if (const auto *group = qobject_cast<const QGroupBox *>(w)) {
            take(group->title());
        } else if (const auto *tabs = qobject_cast<const QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                take(tabs->tabText(i));
        } else if (const auto *bar = qobject_cast<const QMenuBar *>(w)) {
            const QList<QAction *> menus = bar->actions();
            for (const QAction *menu : menus)
                take(menu->text());
        }
    }
    std::stable_sort(automatic.begin(), automatic.end(), [](const QWidget *a, const QWidget *b) {
        return a->property(MnemonicOrderProperty).toLongLong() < b->property(MnemonicOrderProperty).toLongLong();
    });
    // Letters already given stay where they are (a section or tab opened later, whatever its
    // rank, takes only what is free), unless a fixed mnemonic now has the letter.
    QList<QWidget *> choosing;
    for (QWidget *w : std::as_const(automatic)) {
        const QString given = w->property(AssignedMnemonicProperty).toString();
        if (!given.isEmpty() && !taken.contains(given.at(0)))
            taken.insert(given.at(0));
        else
            choosing.append(w);
    }
    for (QWidget *w : std::as_const(choosing)) {
        const QString shown = withMnemonic(w->property(AutomaticMnemonicProperty).toString(), taken);
        setShownText(w, shown);
        const QChar letter = mnemonicOf(shown);
        w->setProperty(AssignedMnemonicProperty, letter.isNull() ? QVariant() : QVariant(QString(letter)));
    }
}

void placeInTabOrderAfter(QWidget *anchor, QWidget *part)
{
    QList<QWidget *> controls;
    QWidget *start = part->window();
    for (QWidget *w = start->nextInFocusChain(); w != start; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) == 0 || !part->isAncestorOf(w))
            continue;
        if (std::none_of(controls.cbegin(), controls.cend(), [w](const QWidget *c) { return c->isAncestorOf(w); }))
            controls.append(w);
    }
    QWidget *previous = anchor;
    for (QWidget *control : std::as_const(controls)) {
        QWidget::setTabOrder(previous, control);
        previous = control;
    }
}

void installAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(scrollAreaInterface);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace selfmx::ui
