// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// ui::installWindowStyle(): a menu bar no longer makes Qt load every image-format plugin when
// it is made (the extension button's icon), and the icon, once drawn, is the base style's own;
// the window and the setup wizard paint without starting a thread (header sections in opaque
// colours, the views' tabs in document mode).
#include "profile/profilestore.h"
#include "ui/mainwindow.h"
#include "ui/setupwizard.h"
#include "ui/windowstyle.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMainWindow>
#include <QMenuBar>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QToolButton>

#include <memory>

#include <gtest/gtest.h>

namespace {

// The threads of this process: the gtest runner, Qt's, and those of a thread pool.
qsizetype threadCount()
{
    return QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size();
}

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

TEST(WindowStyle, TheWindowAndTheWizardPaintWithoutStartingAThread)
{
    // Fusion draws header sections and the tab widget's frame in translucent colours, and Qt's
    // raster engine hands a translucent fill of more than 96 lines or pixels to its thread
    // pool: failed before (the first paint started the pool's threads).
    QApplication::setStyle(QStringLiteral("Fusion"));
    selfmx::ui::installWindowStyle();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    selfmx::profile::ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    selfmx::ui::MainWindow window(&store);
    window.resize(1180, 780); // the size it opens at
    selfmx::ui::SetupWizard wizard(&store);
    const qsizetype before = threadCount();
    ASSERT_GE(before, 1);
    EXPECT_FALSE(window.grab().isNull());
    EXPECT_EQ(threadCount(), before) << "painting the main window started threads";
    EXPECT_FALSE(wizard.grab().isNull());
    EXPECT_EQ(threadCount(), before) << "painting the setup wizard started threads";
}

} // namespace
