// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// Keyboard checks shared by the window's and the wizard's tests: the Alt+letter mnemonics a
// person can press in a window right now (visible buttons, labels with a buddy, tab titles,
// the menu bar's titles) are unique, and every visible label with a buddy has one.
// Translations: withTranslation() installs the program's own translation and Qt's (QWizard's
// buttons) for the window built inside it, as the program does at its start.
#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>
#include <QTranslator>
#include <QWidget>

#include <functional>
#include <map>
#include <memory>

namespace selfmx::test {

// The languages the program ships ("" is the source language, English).
inline QStringList shippedLanguages()
{
    return {QString(), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("pt_BR")};
}

// Runs `body` with `language` installed (the program's .qm and Qt's own), then removes them.
inline void withTranslation(const QString &language, const std::function<void()> &body)
{
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
    if (!language.isEmpty()) {
        own = std::make_unique<QTranslator>();
        if (own->load(QStringLiteral(":/i18n/selfmx-console_%1.qm").arg(language)))
            QCoreApplication::installTranslator(own.get());
        qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt.get());
    }
    body();
    if (qt)
        QCoreApplication::removeTranslator(qt.get());
    if (own)
        QCoreApplication::removeTranslator(own.get());
}

// The text of every mnemonic carrier in `window`, shown or not.
inline QStringList mnemonicTexts(const QWidget *window, bool visibleOnly)
{
    QStringList texts;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if ((visibleOnly && !w->isVisible()) || w->window() != window)
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            texts.append(button->text());
        } else if (const auto *label = qobject_cast<const QLabel *>(w)) {
            if (label->buddy())
                texts.append(label->text());
        } else if (const auto *group = qobject_cast<const QGroupBox *>(w)) {
            texts.append(group->title());
        } else if (const auto *tabs = qobject_cast<const QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts.append(tabs->tabText(i));
        } else if (const auto *bar = qobject_cast<const QMenuBar *>(w)) {
            const QList<QAction *> menus = bar->actions();
            for (const QAction *menu : menus)
                texts.append(menu->text());
        }
    }
    return texts;
}

// Why `text` (a field's label) may have no mnemonic in `window`: empty if it has one, or if
// every letter and digit of it is already another mnemonic of the window (a window has more
// fields than the alphabet has letters); else what is wrong.
inline QString missingMnemonic(const QWidget *window, const QString &text)
{
    if (!QKeySequence::mnemonic(text).isEmpty())
        return {};
    QString taken;
    for (const QString &other : mnemonicTexts(window, false)) {
        const QKeySequence key = QKeySequence::mnemonic(other);
        if (!key.isEmpty())
            taken += key.toString().right(1).toLower();
    }
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && !taken.contains(c.toLower()))
            return QStringLiteral("no mnemonic, though %1 is free: %2").arg(c, text);
    }
    return {};
}

// What is wrong with the mnemonics visible in `window` now: clashes ("Alt+F: A, B") and
// labels with a buddy but no mnemonic (while a letter of theirs is free). Empty when all is well.
inline QStringList mnemonicProblems(const QWidget *window)
{
    std::map<QString, QStringList> byKey;
    QStringList problems;
    auto note = [&byKey](const QString &text) {
        const QString key = QKeySequence::mnemonic(text).toString();
        if (!key.isEmpty())
            byKey[key.toUpper()].append(text);
    };
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (!w->isVisible() || w->window() != window)
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            note(button->text());
        } else if (const auto *label = qobject_cast<const QLabel *>(w)) {
            if (label->buddy()) {
                note(label->text());
                if (const QString missing = missingMnemonic(window, label->text()); !missing.isEmpty())
                    problems.append(missing);
            }
        } else if (const auto *group = qobject_cast<const QGroupBox *>(w)) {
            note(group->title());
        } else if (const auto *tabs = qobject_cast<const QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    note(tabs->tabText(i));
            }
        } else if (const auto *bar = qobject_cast<const QMenuBar *>(w)) {
            const QList<QAction *> menus = bar->actions();
            for (const QAction *menu : menus) {
                if (menu->isVisible())
                    note(menu->text());
            }
        }
    }
    for (const auto &[key, texts] : byKey) {
        if (texts.size() > 1)
            problems.append(key + QStringLiteral(": ") + texts.join(QStringLiteral(" | ")));
    }
    return problems;
}

} // namespace selfmx::test
