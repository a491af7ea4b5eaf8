// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// ui::installWindowStyle(): a menu bar no longer makes Qt load every image-format plugin when
// it is made (the extension button's icon), and the icon, once drawn, is the base style's own;
// the window and the setup wizard paint without starting a thread (header sections in opaque
// colours, the views' tabs in document mode); push button panels and line edit frames drawn
// from a slice are Fusion's own pixels.
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
#include <QPainter>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTemporaryDir>
#include <QToolButton>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <utility>

#include <gtest/gtest.h>

namespace {

// The threads of Qt's thread pools in this process (they are named "Thread (pooled)").
qsizetype pooledThreads()
{
    const QDir tasks(QStringLiteral("/proc/self/task"));
    qsizetype pooled = 0;
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile name(tasks.filePath(task + QStringLiteral("/comm")));
        if (name.open(QIODevice::ReadOnly) && name.readAll().trimmed() == "Thread (pooled)")
            ++pooled;
    }
    return pooled;
}

// `element` drawn by `style` over a window-coloured image, at `ratio` device pixels per pixel,
// through a translated painter.
QImage drawn(const QStyle *style, QStyle::PrimitiveElement element, const QStyleOption &option, int ratio)
{
    QImage image((option.rect.size() + QSize(6, 6)) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(option.palette.color(QPalette::Window));
    QPainter painter(&image);
    painter.translate(3, 3);
    style->drawPrimitive(element, &option, &painter, nullptr);
    return image;
}

// The largest difference of one colour channel between two images of one size.
int largestDifference(const QImage &a, const QImage &b)
{
    int largest = a.size() == b.size() ? 0 : 255;
    for (int y = 0; largest < 255 && y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            largest = std::max({largest, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q)),
                                std::abs(qAlpha(p) - qAlpha(q))});
        }
    }
    return largest;
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
    selfmx::ui::SetupWizard wizard(&store);
    ASSERT_TRUE(QDir(QStringLiteral("/proc/self/task")).exists());
    ASSERT_EQ(pooledThreads(), 0) << "this test needs a process whose thread pools started nothing yet";
    for (const QSize size : {window.size(), QSize(1600, 1000)}) { // the size it opens at, and a larger one
        window.resize(size);
        EXPECT_FALSE(window.grab().isNull());
        EXPECT_EQ(pooledThreads(), 0) << "painting the main window at " << size.width() << " x " << size.height() << " started threads";
    }
    EXPECT_FALSE(wizard.grab().isNull());
    EXPECT_EQ(pooledThreads(), 0) << "painting the setup wizard started threads";
}

TEST(WindowStyle, ButtonPanelsAndLineEditFramesDrawnFromASliceAreFusionsOwnPixels)
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    selfmx::ui::installWindowStyle();
    const auto *proxy = qobject_cast<QProxyStyle *>(QApplication::style());
    ASSERT_NE(proxy, nullptr);
    const QStyle *fusion = proxy->baseStyle();
    QPalette dark = fusion->standardPalette();
    for (const auto &[role, color] : {std::pair{QPalette::Window, QColor(0x2d, 0x2d, 0x2d)},
                                      {QPalette::Button, QColor(0x35, 0x35, 0x35)},
                                      {QPalette::Base, QColor(0x1e, 0x1e, 0x1e)},
                                      {QPalette::ButtonText, QColor(0xee, 0xee, 0xee)},
                                      {QPalette::Text, QColor(0xee, 0xee, 0xee)},
                                      {QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6)}})
        dark.setColor(role, color);
    const QList<QStyle::State> states = {QStyle::State_Enabled | QStyle::State_Raised, QStyle::State_Enabled | QStyle::State_HasFocus,
                                         QStyle::State_Enabled | QStyle::State_Sunken, QStyle::State_Enabled | QStyle::State_MouseOver,
                                         QStyle::State_Enabled | QStyle::State_On,     QStyle::State_None};
    int compared = 0;
    // Drawn onto a transparent slice and that onto the window, where Fusion draws onto the
    // window: rounding, at most.
    const auto expectFusions = [&](QStyle::PrimitiveElement element, QStyleOption &option, const QRect &rect, const QPalette &palette,
                                   QStyle::State state, int ratio, const char *what) {
        option.rect = rect;
        option.state = state;
        option.palette = palette;
        EXPECT_LE(largestDifference(drawn(proxy, element, option, ratio), drawn(fusion, element, option, ratio)), 2)
            << what << " " << rect.width() << "x" << rect.height() << " state " << int(state) << " ratio " << ratio;
        ++compared;
    };
    for (const int ratio : {1, 2}) {
        for (const QPalette &palette : {fusion->standardPalette(), dark}) {
            for (const int height : {22, 31}) {
                for (const int width : {13, 14, 40, 173}) {
                    const QRect rect(0, 0, width, height);
                    for (const QStyle::State state : states) {
                        for (const auto features : {QStyleOptionButton::None, QStyleOptionButton::DefaultButton}) {
                            QStyleOptionButton button;
                            button.features = features;
                            expectFusions(QStyle::PE_PanelButtonCommand, button, rect, palette, state, ratio, "button");
                        }
                        QStyleOption tool; // a tool button's panel: a plain option
                        expectFusions(QStyle::PE_PanelButtonCommand, tool, rect, palette, state, ratio, "tool button");
                        QStyleOptionFrame frame;
                        frame.lineWidth = 1;
                        expectFusions(QStyle::PE_FrameLineEdit, frame, rect, palette, state | QStyle::State_Sunken, ratio, "line edit");
                    }
                }
            }
        }
    }
    EXPECT_EQ(compared, 2 * 2 * 2 * 4 * 6 * 4);
}

} // namespace
