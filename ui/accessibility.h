// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

class QString;
class QWidget;

namespace selfmx::ui {

// Alt+letter mnemonics for a form's field labels (a QLabel with a buddy, or a check box that
// carries its own label). There are more fields than letters, and a translator cannot know
// which letters the rest of the window uses, so these are chosen by the program: `widget`
// shows `text` with a mnemonic that assignMnemonics() picks. Fixed mnemonics (the "&" in a
// button's or a label's own text) are never touched. A lower `rank` chooses first (a form's
// basic rows before its advanced ones and before another view's labels).
void setAutomaticMnemonic(QWidget *widget, const QString &text, int rank = 0);

// Gives every widget of `window` marked by setAutomaticMnemonic() that has no letter yet, by
// rank and then in the order they were marked, the first letter of its text (a word's first
// letter preferred) that no other mnemonic of the window uses, visible or not. A letter once
// given stays (unless a fixed mnemonic takes it), so none moves when a tab or a section is
// opened later, whatever its rank. A label whose letters are all taken gets none. Called
// when a form is shown and when widgets are added to a shown window.
void assignMnemonics(QWidget *window);

// Widgets made after their window was shown join the end of its Tab chain. Puts the controls
// Tab reaches inside `part` (in the order they were made; a control inside another one, a
// spin box's line edit, is left to it) right after `anchor`, where they would be had they
// been made with the window: a section or panel built when first opened.
void placeInTabOrderAfter(QWidget *anchor, QWidget *part);

// Installs this program's own accessibility interfaces, before the first window is shown
// (an object keeps the interface it was first asked for). Safe to call more than once.
//
// One so far, for scroll areas: Qt 6.4's (QAccessibleAbstractScrollArea) lists the viewport
// and only the scroll bars that are showing, and its child(index) does not check the index.
// A screen reader asks "how many children" and then "child i" in two D-Bus calls; a scroll
// bar that goes away in between (the findings got shorter) makes Qt read past the end of
// its list and crash the program (caught by the wizard's AT-SPI test under AddressSanitizer).
// Ours lists the viewport and both scroll bar containers whether showing or not (a reader
// skips what is not showing, by its state), so the count holds still, and checks the index.
void installAccessibility();

} // namespace selfmx::ui
