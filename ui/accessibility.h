// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

namespace selfmx::ui {

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
