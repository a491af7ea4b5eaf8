// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <Qt>

class QLabel;

namespace selfmx::ui {

// Makes a label's text selectable by mouse from the moment the pointer first enters it,
// which comes before any click or drag that could select. Until then it is a plain label:
// Qt gives a label that is selectable, or can take the focus, a QTextDocument of its own,
// which every layout pass then lays out again (a word-wrapped label once per width asked).
// Those documents were the largest part of the main window's start after the fonts
// (README, "Window start"). Flags that include selection or links by keyboard are set at
// once: such a label must be focusable from the start, so that a screen reader can move
// the focus there (AT-SPI's grabFocus) and the user select and copy with the keyboard.
void makeSelectable(QLabel *label, Qt::TextInteractionFlags flags);

} // namespace selfmx::ui
