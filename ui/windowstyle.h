// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

namespace selfmx::ui {

// Installs the window's style: the one the application chose (Fusion, the desktop's, or a
// -style option's) behind a QProxyStyle that changes one thing. Every QMenuBar asks its
// style, when it is made, for the icon of its extension button (shown only when the menus do
// not fit), and the common style answers with PNG files added to a QIcon by path: Qt then
// loads every image-format plugin (GIF, ICO, JPEG and libjpeg) to ask whether it reads
// ".png" before it uses its own reader, a fiftieth of the window's start (README, "Window
// start"). The proxy answers the extension icons with an icon that asks the base style for
// the real one the first time it is drawn or measured, so the same pixels come, only when
// the button shows. Call after the QApplication is made and before the first window.
void installWindowStyle();

} // namespace selfmx::ui
