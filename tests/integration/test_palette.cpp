// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The window on a dark palette, and the Show control of secrets on a system without an icon
// theme: the coloured texts (ToneLabel), the findings of a failed test, the form's and the
// wizard's notes stay readable (WCAG contrast >= 4.5 against the window colour, computed
// here from the palette, not with the code under test), and every Show control says so in
// words.
#include "profile/profilestore.h"
#include "profile/settingsdraft.h"
#include "settings/fields.h"
#include "settingsenvironment.h"
#include "ui/mainwindow.h"
#include "ui/settingsform.h"
#include "ui/setupwizard.h"
#include "ui/testpanel.h"
#include "ui/tonelabel.h"
#include "ui/wizardpages.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

namespace {

using selfmx::ui::Tone;

// WCAG 2.x, written out here so the test does not check the code with itself.
double channel(double v)
{
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

double relativeLuminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// The text colour as it shows over the background (alpha blended), against the background.
double contrast(const QColor &text, const QColor &background)
{
    const double a = text.alphaF();
    const QColor shown =
        QColor::fromRgbF(float(text.redF() * a + background.redF() * (1 - a)), float(text.greenF() * a + background.greenF() * (1 - a)),
                         float(text.blueF() * a + background.blueF() * (1 - a)));
    const double l1 = relativeLuminance(shown);
    const double l2 = relativeLuminance(background);
    return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
}

// The dark palette applications commonly set on Fusion (Qt 6.4 has no dark Fusion of its
// own): dark grey window, white text, Fusion's blue for links and selection. Placeholder
// text is left to QPalette (the text colour, half transparent).
QPalette fusionDark()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(53, 53, 53));
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, QColor(35, 35, 35));
    p.setColor(QPalette::AlternateBase, QColor(53, 53, 53));
    p.setColor(QPalette::ToolTipBase, QColor(25, 25, 25));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::Button, QColor(53, 53, 53));
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(42, 130, 218));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, QColor(35, 35, 35));
    return p;
}

// The application palette for one test, restored after it.
class PaletteScope
{
public:
    explicit PaletteScope(const QPalette &palette)
        : m_saved(QApplication::palette())
    {
        QApplication::setPalette(palette);
        QCoreApplication::processEvents(); // the windows hear of it through a posted event
    }
    ~PaletteScope()
    {
        QApplication::setPalette(m_saved);
        QCoreApplication::processEvents();
    }
    PaletteScope(const PaletteScope &) = delete;
    PaletteScope &operator=(const PaletteScope &) = delete;

private:
    QPalette m_saved;
};

// Every label under root whose text is shown in a colour that does not read on the window.
QStringList unreadableLabels(const QWidget *root, const QColor &window, int *checked)
{
    QStringList problems;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->text().isEmpty())
            continue;
        if (!label->styleSheet().isEmpty()) // a colour of its own, past the palette
            problems.append(QStringLiteral("%1: a style sheet (%2)").arg(label->text(), label->styleSheet()));
        const QColor text = label->palette().color(label->foregroundRole());
        const double ratio = contrast(text, window);
        if (ratio < 4.5)
            problems.append(
                QStringLiteral("%1: %2 on %3 is %4:1").arg(label->text(), text.name(QColor::HexArgb), window.name()).arg(ratio, 0, 'f', 2));
        ++*checked;
    }
    return problems;
}

const QList<Tone> AllTones = {Tone::Normal, Tone::Error, Tone::Warning, Tone::Success, Tone::Secondary, Tone::Client, Tone::Server};

} // namespace

// Each tone reads on the light Fusion palette, on a dark one, and on a dark one that Qt
// derives from a single colour; a label made before the switch follows it (a theme change
// while the window is open), and the transcript's colours read on its own background.
TEST(Palette, ToneColoursReadOnLightAndDarkWindows)
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    ASSERT_NE(fusion, nullptr);
    const QList<std::pair<const char *, QPalette>> palettes = {
        {"Fusion light", fusion->standardPalette()},
        {"Fusion dark", fusionDark()},
        {"derived from #2d2d2d", QPalette(QColor(45, 45, 45))},
    };
    // In a window on screen: Qt tells windows of a palette change, and they their children.
    QWidget host;
    auto *layout = new QVBoxLayout(&host);
    QList<selfmx::ui::ToneLabel *> labels;
    for (Tone tone : AllTones) {
        labels.append(new selfmx::ui::ToneLabel(tone, QStringLiteral("text")));
        layout->addWidget(labels.constLast());
    }
    host.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&host));
    for (const auto &[name, palette] : palettes) {
        const PaletteScope scope(palette);
        const QColor window = palette.color(QPalette::Window);
        EXPECT_EQ(labels.front()->palette().color(QPalette::Window), window) << name << ": the label did not follow the palette";
        for (const auto &label : labels) {
            const QColor text = label->palette().color(QPalette::WindowText);
            EXPECT_GE(contrast(text, window), 4.5) << name << ": tone " << int(label->tone()) << " is "
                                                   << text.name(QColor::HexArgb).toStdString() << " on " << window.name().toStdString();
            const QColor onBase = selfmx::ui::toneColor(label->tone(), palette, QPalette::Base);
            EXPECT_GE(contrast(onBase, palette.color(QPalette::Base)), 4.5)
                << name << ": tone " << int(label->tone()) << " in the transcript is " << onBase.name().toStdString() << " on "
                << palette.color(QPalette::Base).name().toStdString();
        }
    }
}

// The main window on the dark palette, with its advanced rows open and the findings of a
// failed test (a port nobody listens on) shown: every label reads on the window.
TEST(Palette, WindowFindingsAndFormReadOnADarkWindow)
{
    selfmx::test::clearSettingsEnvironment();
    const PaletteScope scope(fusionDark());
    const QColor window = fusionDark().color(QPalette::Window);
    QTemporaryDir dir;
    selfmx::profile::ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    selfmx::ui::MainWindow main(&store);
    main.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&main));
    main.form()->setAdvancedVisible(true);

    QTcpServer closed; // a free port, then nobody listens on it
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    main.draft()->setValue(QStringLiteral("SMTP_HOST"), QStringLiteral("127.0.0.1"));
    main.draft()->setValue(QStringLiteral("SMTP_PORT"), QString::number(port));
    main.draft()->setValue(QStringLiteral("SMTP_TIMEOUT"), QStringLiteral("5"));
    QSignalSpy finished(&main, &selfmx::ui::MainWindow::testFinished);
    main.startTest();
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_FALSE(finished.constFirst().constFirst().toBool());
    ASSERT_FALSE(main.testPanel()->findings().isEmpty()) << "a refused connection has findings";

    int checked = 0;
    const QStringList problems = unreadableLabels(&main, window, &checked);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
    int findingTexts = 0;
    for (const QLabel *label : main.testPanel()->findChildren<QLabel *>())
        findingTexts += label->text().startsWith(selfmx::ui::TestPanel::tr("Fix: %1").section(u'%', 0, 0)) ? 1 : 0;
    EXPECT_GE(findingTexts, 1) << "the findings' texts were among the labels checked";
    EXPECT_GT(checked, 30);
}

// The setup wizard's notes (a field's problem, a name already taken, the provider's hints,
// the warning when verification is off, a failed save) read on a dark window too.
TEST(Palette, WizardNotesReadOnADarkWindow)
{
    selfmx::test::clearSettingsEnvironment();
    const PaletteScope scope(fusionDark());
    QTemporaryDir dir;
    selfmx::profile::ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    selfmx::ui::SetupWizard wizard(&store);
    auto *done = qobject_cast<selfmx::ui::DonePage *>(wizard.page(selfmx::ui::SetupWizard::DonePageId));
    ASSERT_NE(done, nullptr);
    done->showSaveError(QStringLiteral("the keychain is locked"));
    int checked = 0;
    const QStringList problems = unreadableLabels(&wizard, fusionDark().color(QPalette::Window), &checked);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
    EXPECT_GT(checked, 10);
}

// Without an icon theme (a minimal system has none) the Show control of every secret field
// and of the wizard's password still says what it does in words, draws something, and works.
TEST(ShowSecret, WorksWithoutAnIconTheme)
{
    QTemporaryDir empty;
    const QString savedTheme = QIcon::themeName();
    const QStringList savedPaths = QIcon::themeSearchPaths();
    QIcon::setThemeSearchPaths({empty.path()});
    QIcon::setThemeName(QStringLiteral("no-such-theme"));
    ASSERT_TRUE(QIcon::fromTheme(QStringLiteral("view-reveal-symbolic")).isNull()) << "an icon theme is still found";

    selfmx::profile::SettingsDraft draft;
    selfmx::ui::SettingsForm form(&draft, selfmx::settings::Groups(selfmx::settings::Group::Smtp) | selfmx::settings::Group::Relay);
    form.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&form));
    form.setAdvancedVisible(true); // the relay's API key is an advanced field
    int secrets = 0;
    for (const selfmx::settings::Field *f :
         selfmx::settings::fields(selfmx::settings::Groups(selfmx::settings::Group::Smtp) | selfmx::settings::Group::Relay)) {
        if (!f->isSecret())
            continue;
        ++secrets;
        const std::string key = f->key.toStdString();
        auto *line = qobject_cast<QLineEdit *>(form.editor(f->key));
        ASSERT_NE(line, nullptr) << key;
        QAbstractButton *show = form.revealButton(f->key);
        ASSERT_NE(show, nullptr) << key << " has no Show control";
        EXPECT_TRUE(show->isVisible()) << key;
        EXPECT_FALSE(show->text().isEmpty()) << key;
        EXPECT_FALSE(show->accessibleName().isEmpty()) << key;
        // It draws its words: the button differs from the same button without them.
        const QImage drawn = show->grab().toImage();
        const QString text = show->text();
        show->setText(QString());
        const QImage bare = show->grab().toImage();
        show->setText(text);
        ASSERT_EQ(drawn.size(), bare.size()) << key;
        int differing = 0;
        for (int y = 0; y < drawn.height(); ++y) {
            for (int x = 0; x < drawn.width(); ++x)
                differing += drawn.pixel(x, y) != bare.pixel(x, y) ? 1 : 0;
        }
        EXPECT_GT(differing, 20) << key << ": the Show control draws nothing";
        EXPECT_EQ(line->echoMode(), QLineEdit::Password) << key;
        show->click();
        EXPECT_EQ(line->echoMode(), QLineEdit::Normal) << key;
        EXPECT_NE(show->text(), selfmx::ui::SettingsForm::tr("Show")) << key << ": the control should now offer to hide";
        show->click();
        EXPECT_EQ(line->echoMode(), QLineEdit::Password) << key;
    }
    EXPECT_GE(secrets, 2) << "SMTP_PASS and API_KEY";

    QTemporaryDir dir;
    selfmx::profile::ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    selfmx::ui::SetupWizard wizard(&store);
    auto *credentials = qobject_cast<selfmx::ui::CredentialsPage *>(wizard.page(selfmx::ui::SetupWizard::CredentialsPageId));
    ASSERT_NE(credentials, nullptr);
    EXPECT_FALSE(credentials->showPassword()->text().isEmpty());
    QLineEdit *password = nullptr;
    for (QLineEdit *edit : credentials->findChildren<QLineEdit *>()) {
        if (edit->echoMode() == QLineEdit::Password)
            password = edit;
    }
    ASSERT_NE(password, nullptr);
    credentials->showPassword()->click();
    EXPECT_EQ(password->echoMode(), QLineEdit::Normal);

    QIcon::setThemeSearchPaths(savedPaths);
    QIcon::setThemeName(savedTheme);
}
