// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// ui::installWindowStyle(): a menu bar no longer makes Qt load every image-format plugin when
// it is made (the extension button's icon), and the icon, once drawn, is the base style's own.
#include "ui/windowstyle.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QMainWindow>
#include <QMenuBar>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QToolButton>

#include <memory>

#include <gtest/gtest.h>

namespace {

bool imagePluginMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("/imageformats/");
}

TEST(WindowStyle, TheMenuBarsExtensionIconIsMadeWhenFirstDrawnAndIsTheBaseStylesOwn)
{
    ASSERT_FALSE(imagePluginMapped()) << "this test needs a process that loaded no image yet";
    // A style the user chose (-style windows, QT_STYLE_OVERRIDE) stays the one drawn: the proxy
    // goes over it (failed before: a QProxyStyle without a base takes the desktop's default).
    QApplication::setStyle(QStringLiteral("Windows"));
    const std::unique_ptr<QStyle> base(QStyleFactory::create(QApplication::style()->name()));
    ASSERT_NE(base, nullptr);
    selfmx::ui::installWindowStyle();
    const auto *proxy = qobject_cast<QProxyStyle *>(QApplication::style());
    ASSERT_NE(proxy, nullptr);
    EXPECT_EQ(proxy->baseStyle()->name(), base->name());

    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&Profile"));
    // Failed before: QMenuBar's constructor asked the style for the icon, and the common style
    // added PNG files by path, which loads the GIF, ICO and JPEG plugins to ask about ".png".
    EXPECT_FALSE(imagePluginMapped()) << "making a menu bar loaded the image-format plugins";

    auto *extension = window.menuBar()->findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"));
    ASSERT_NE(extension, nullptr);
    for (const int side : {16, 32}) {
        const QImage ours = extension->icon().pixmap(side, side).toImage();
        const QImage theirs = base->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).pixmap(side, side).toImage();
        EXPECT_FALSE(ours.isNull()) << side;
        EXPECT_EQ(ours, theirs) << side;
    }
    // A copy of the icon (QIcon's engine clone) draws the same.
    const QIcon copy = extension->icon();
    EXPECT_EQ(copy.pixmap(16, 16).toImage(), base->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).pixmap(16, 16).toImage());
}

} // namespace
