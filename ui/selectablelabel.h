// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <Qt>

class QLabel;

namespace selfmx::ui {

// Makes a label's text selectable from the moment the pointer first enters it, which comes
// before any click or drag that could select. Until then it is a plain label: Qt gives a
// label that is selectable, or can take the focus, a QTextDocument of its own, which every
// layout pass then lays out again (a word-wrapped label once per width asked). Those
// documents were the largest part of the main window's start after the fonts (README,
// "Window start"). A label selectable by keyboard takes the focus only by a click (Qt's
// click focus) or from an assistive technology (AT-SPI's grabFocus: a screen reader moving
// there so the user can select and copy with the keyboard): it gets its flags, and so its
// focus, at once when an assistive technology is on (QAccessible::isActive()), and the
// moment one comes on later. Flags with links by keyboard are set at once: such a label is
// in the Tab chain.
void makeSelectable(QLabel *label, Qt::TextInteractionFlags flags);

} // namespace selfmx::ui
