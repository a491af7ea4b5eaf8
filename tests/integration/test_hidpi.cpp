// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The window and each page of the setup wizard at 200 % (QT_SCALE_FACTOR=2, set by CTest
// for this binary before the application object exists): no label or button shows less
// than its text (its size hint fits its geometry; word-wrapped labels by the height their
// width needs), and every icon shown is drawn for device pixel ratio 2, not scaled up.
#include "profile/profilestore.h"
#include "profile/settingsdraft.h"
#include "ui/mainwindow.h"
#include "ui/setupwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QIcon>
#include <QLabel>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QWizardPage>

#include <gtest/gtest.h>

#include <utility>

using selfmx::ui::SetupWizard;

namespace {

QString describe(const QWidget *w, const QString &text)
{
    return QStringLiteral("%1 \"%2\" (%3)").arg(QString::fromLatin1(w->metaObject()->className()), text.left(60), w->objectName());
}

// Labels and buttons of `root` (shown ones only) whose text does not fit their geometry.
QStringList clipped(const QWidget *root)
{
    QStringList found;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || w->width() <= 0)
            continue;
        const QSize hint = w->sizeHint();
        if (const auto *label = qobject_cast<const QLabel *>(w)) {
            if (label->text().isEmpty())
                continue;
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height() + 1)
                    found.append(
                        describe(w, label->text())
                        + QStringLiteral(": needs %1 px high at width %2, has %3").arg(needed).arg(label->width()).arg(label->height()));
            } else if (hint.width() > w->width() + 1 || hint.height() > w->height() + 1) {
                found.append(
                    describe(w, label->text())
                    + QStringLiteral(": needs %1x%2, has %3x%4").arg(hint.width()).arg(hint.height()).arg(w->width()).arg(w->height()));
            }
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            // An icon-only tool button (a line edit's action) shows its text as a tooltip.
            const auto *tool = qobject_cast<const QToolButton *>(w);
            if (button->text().isEmpty() || (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly))
                continue;
            if (hint.width() > w->width() + 1 || hint.height() > w->height() + 1)
                found.append(
                    describe(w, button->text())
                    + QStringLiteral(": needs %1x%2, has %3x%4").arg(hint.width()).arg(hint.height()).arg(w->width()).arg(w->height()));
        }
    }
    return found;
}

// Icons of `root`'s buttons (and the window's own) whose pixmap at 200 % is not drawn for
// device pixel ratio 2: a bitmap without an @2x version, scaled up and blurry.
QStringList blurry(const QWidget *root)
{
    QStringList found;
    const auto check = [&found](const QIcon &icon, const QString &what, int size) {
        if (icon.isNull())
            return;
        const QPixmap pixmap = icon.pixmap(QSize(size, size), 2.0);
        if (pixmap.isNull() || pixmap.devicePixelRatio() < 2.0 || pixmap.width() < 2 * size - 1)
            found.append(QStringLiteral("%1: %2x%3 at ratio %4 for %5 px")
                             .arg(what)
                             .arg(pixmap.width())
                             .arg(pixmap.height())
                             .arg(pixmap.devicePixelRatio())
                             .arg(size));
    };
    check(root->windowIcon(), QStringLiteral("window icon"), 32);
    const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    for (const QAbstractButton *b : buttons) {
        if (b->isVisibleTo(root))
            check(b->icon(), describe(b, b->text()), b->iconSize().width());
    }
    return found;
}

// Counts the layout work delivered to `root` and the widgets under it: layout requests,
// moves, resizes, shows and hides.
class LayoutActivity : public QObject
{
public:
    explicit LayoutActivity(const QWidget *root)
        : m_root(root)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }
    ~LayoutActivity() override { QCoreApplication::instance()->removeEventFilter(this); }
    int take() { return std::exchange(m_count, 0); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::LayoutRequest:
        case QEvent::Resize:
        case QEvent::Move:
        case QEvent::Show:
        case QEvent::Hide:
            if (watched->isWidgetType() && (watched == m_root || m_root->isAncestorOf(static_cast<QWidget *>(watched))))
                ++m_count;
            break;
        default: break;
        }
        return false;
    }

private:
    const QWidget *m_root;
    int m_count = 0;
};

// Layouts apply their geometry in posted events, and applying one can post the next (a
// page made when its tab is first shown asks for more room: its tab widget, the splitter
// above and the splitter above that take it in turn, a round of events each). Runs rounds
// until one delivers no layout work at all (nothing was left posted), within a bound.
void settle(const QWidget *root)
{
    LayoutActivity activity(root);
    for (int round = 0; round < 100; ++round) {
        QCoreApplication::processEvents();
        if (activity.take() == 0)
            return;
    }
    ADD_FAILURE() << "the layout still moved after 100 rounds of events";
}

} // namespace

TEST(HiDpi, RunsAtTwoHundredPercent)
{
    EXPECT_EQ(qgetenv("QT_SCALE_FACTOR"), QByteArray("2")) << "CTest sets QT_SCALE_FACTOR=2 for this binary";
    QWidget probe;
    probe.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&probe));
    EXPECT_DOUBLE_EQ(probe.devicePixelRatio(), 2.0);
}

TEST(HiDpi, MainWindowTextIsNotClippedAndIconsAreSharp)
{
    selfmx::profile::ProfileStore store;
    selfmx::ui::MainWindow window(&store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    settle(&window);
    ASSERT_DOUBLE_EQ(window.devicePixelRatio(), 2.0);
    QStringList problems;
    const QList<QTabWidget *> tabs = window.findChildren<QTabWidget *>();
    problems += clipped(&window);
    for (QTabWidget *tab : tabs) {
        for (int i = 0; i < tab->count(); ++i) {
            tab->setCurrentIndex(i);
            settle(&window);
            for (const QString &p : clipped(&window))
                problems.append(tab->tabText(i) + QStringLiteral(": ") + p);
        }
    }
    problems.removeDuplicates();
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
    const QStringList icons = blurry(&window);
    EXPECT_TRUE(icons.isEmpty()) << icons.join(u'\n').toStdString();
}

TEST(HiDpi, EveryWizardPageTextIsNotClipped)
{
    selfmx::profile::ProfileStore store;
    SetupWizard wizard(&store);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    QStringList problems;
    QList<int> visited;
    for (int step = 0; step < 6 && !visited.contains(wizard.currentId()); ++step) {
        settle(&wizard);
        const int id = wizard.currentId();
        visited.append(id);
        for (const QString &p : clipped(&wizard))
            problems.append(wizard.page(id)->title() + QStringLiteral(": ") + p);
        problems += blurry(&wizard);
        // What each page needs to let Next through, set as a user would.
        if (id == SetupWizard::CredentialsPageId)
            wizard.draft()->setValue(QStringLiteral("SMTP_HOST"), QStringLiteral("localhost"));
        if (id == SetupWizard::SecurityPageId) {
            // The advanced part shown too.
            for (QAbstractButton *b : wizard.currentPage()->findChildren<QAbstractButton *>()) {
                if (b->isCheckable() && b->accessibleName() == QStringLiteral("Show advanced security settings") && !b->isChecked())
                    b->click();
            }
            settle(&wizard);
            for (const QString &p : clipped(&wizard))
                problems.append(wizard.page(id)->title() + QStringLiteral(" (advanced): ") + p);
        }
        if (id == SetupWizard::TestPageId) {
            for (QCheckBox *skip : wizard.currentPage()->findChildren<QCheckBox *>()) {
                if (skip->accessibleName() == QStringLiteral("Save without a passing test"))
                    skip->setChecked(true);
            }
        }
        wizard.next();
    }
    EXPECT_EQ(visited.size(), 5) << "every page was shown";
    problems.removeDuplicates();
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
}
