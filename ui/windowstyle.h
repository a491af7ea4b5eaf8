// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

namespace selfmx::ui {

// Installs the window's style: the one the application chose (Fusion, the desktop's, or a
// -style option's) behind a QProxyStyle that makes the window's first paint cheaper (README,
// "Window start"):
// - Every QMenuBar asks its style, when it is made, for the icon of its extension button
//   (shown only when the menus do not fit), and the common style answers with PNG files
//   added to a QIcon by path: Qt then loads every image-format plugin (GIF, ICO, JPEG and
//   libjpeg) to ask whether it reads ".png" before it uses its own reader. The proxy answers
//   with an icon that asks the base style for the real one when first drawn or measured.
// - Over Fusion, header sections are drawn like Fusion's but in opaque colours (a flat
//   gradient, the outline, the separators): Fusion's translucent lines made
//   Qt's raster engine hand their fills to its thread pool (two threads started, a hand-over
//   per piece) during the first paint.
// - Over Fusion, push button panels and line edit frames are drawn from a slice of Fusion's
//   own drawing, made once per height, state and palette: Fusion rasterises an antialiased
//   rounded rectangle for each, a quarter of the first paint. The pixels are Fusion's (a
//   test compares them at two device pixel ratios, in light and dark palettes).
// Call after the QApplication is made and before the first window.
void installWindowStyle();

} // namespace selfmx::ui
