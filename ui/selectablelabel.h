// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <Qt>

class QLabel;

namespace selfmx::ui {

// Makes a label's text selectable (by mouse, and by keyboard once clicked, as `flags` say)
// from the moment the pointer first enters it, which comes before any click or drag that
// could select. Until then it is a plain label: Qt gives a label that is selectable, or
// can take the focus, a QTextDocument of its own, which every layout pass then lays out
// again (a word-wrapped label once per width asked). Those documents were the largest part
// of the main window's start after the fonts (README, "Window start").
void makeSelectable(QLabel *label, Qt::TextInteractionFlags flags);

} // namespace selfmx::ui
