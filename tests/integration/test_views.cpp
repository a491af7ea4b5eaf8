// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The window's views driven as a person would (offscreen): the profile list and editor over
// a real ProfileStore and the real keyring, the transcript of a real test against Postfix,
// and the accessible names of every control.
#include "mnemonics.h"
#include "postfix.h"
#include "settingsenvironment.h"
#include "windowsshown.h"

#include "profile/profilestore.h"
#include "profile/settingsdraft.h"
#include "settings/fields.h"
#include "ui/accessibility.h"
#include "ui/mainwindow.h"
#include "ui/profilesview.h"
#include "ui/relaypanel.h"
#include "ui/senderdomainsection.h"
#include "ui/settingsform.h"
#include "ui/testpanel.h"
#include "ui/transcriptview.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEnterEvent>
#include <QFileDialog>
#include <QFontInfo>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

#include <functional>
#include <string>

#include <gtest/gtest.h>

using selfmx::profile::ProfileJob;
using selfmx::profile::ProfileStore;
using selfmx::test::PostfixInstance;
using selfmx::ui::MainWindow;
using selfmx::ui::ProfilesView;
using selfmx::ui::RelayPanel;
using selfmx::ui::TranscriptView;

namespace {

// The dialog a view opened (window-modal, with open()): the visible one of its kind.
template<typename Dialog>
Dialog *openDialog(const QWidget *parent)
{
    const QList<Dialog *> all = parent->findChildren<Dialog *>();
    for (Dialog *d : all) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

bool saveProfile(ProfileStore &store, const QString &name, const QString &host, const QString &password)
{
    selfmx::profile::Profile p;
    p.name = name;
    p.smtp.host = host;
    p.smtp.username = QStringLiteral("user@") + host;
    QSignalSpy done(store.save(p, password), &ProfileJob::finished);
    return done.wait(10000) && store.find(name).has_value();
}

int rowOf(const QListWidget *list, const QString &name)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text() == name || list->item(i)->text().startsWith(name + u' '))
            return i;
    }
    return -1;
}

QByteArray fileText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(ProfilesView, DuplicateRenameDeleteAndDefaultReachTheListAndTheFile)
{
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) << "run through scripts/test.sh (keychain)";
    selfmx::test::clearSettingsEnvironment();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.ini"));
    ProfileStore store(path);
    ASSERT_TRUE(saveProfile(store, QStringLiteral("alpha"), QStringLiteral("alpha.example.test"), QStringLiteral("alpha-secret")));
    ASSERT_TRUE(saveProfile(store, QStringLiteral("beta"), QStringLiteral("beta.example.test"), QString()));

    MainWindow window(&store);
    window.show();
    ProfilesView *view = window.profilesView();
    QListWidget *list = view->list();
    ASSERT_EQ(list->count(), 2);

    // Select alpha: it is loaded into the editor.
    QSignalSpy loaded(view, &ProfilesView::profileLoaded);
    list->setCurrentRow(rowOf(list, QStringLiteral("alpha")));
    ASSERT_TRUE(loaded.wait(10000));
    ASSERT_TRUE(loaded.at(0).at(0).toBool()) << view->statusText().toStdString();
    EXPECT_EQ(window.draft()->value(QStringLiteral("SMTP_HOST")), QStringLiteral("alpha.example.test"));
    EXPECT_EQ(window.draft()->value(QStringLiteral("SMTP_PASS")), QStringLiteral("alpha-secret"));

    // Duplicate, the name typed into the dialog: the copy has the password too.
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    view->duplicateAction()->trigger();
    auto *nameDialog = openDialog<QInputDialog>(&window);
    ASSERT_NE(nameDialog, nullptr);
    nameDialog->setTextValue(QStringLiteral("alpha two"));
    nameDialog->accept();
    ASSERT_TRUE(changed.wait(10000));
    ASSERT_NE(rowOf(list, QStringLiteral("alpha two")), -1);
    ASSERT_TRUE(store.find(QStringLiteral("alpha two")).has_value());
    EXPECT_TRUE(store.find(QStringLiteral("alpha two"))->hasPassword);
    EXPECT_TRUE(fileText(path).contains("alpha two"));

    // Rename beta to gamma.
    list->setCurrentRow(rowOf(list, QStringLiteral("beta")));
    ASSERT_TRUE(loaded.wait(10000));
    changed.clear();
    view->renameAction()->trigger();
    nameDialog = openDialog<QInputDialog>(&window);
    ASSERT_NE(nameDialog, nullptr);
    EXPECT_EQ(nameDialog->textValue(), QStringLiteral("beta"));
    nameDialog->setTextValue(QStringLiteral("gamma"));
    nameDialog->accept();
    ASSERT_TRUE(changed.wait(10000));
    EXPECT_EQ(rowOf(list, QStringLiteral("beta")), -1);
    EXPECT_NE(rowOf(list, QStringLiteral("gamma")), -1);
    EXPECT_FALSE(store.find(QStringLiteral("beta")).has_value());
    EXPECT_EQ(store.find(QStringLiteral("gamma"))->smtp.host, QStringLiteral("beta.example.test"));

    // Delete "alpha two": asked first; Cancel keeps it, Delete removes it and its secret.
    list->setCurrentRow(rowOf(list, QStringLiteral("alpha two")));
    ASSERT_TRUE(loaded.wait(10000));
    view->deleteAction()->trigger();
    auto *box = openDialog<QMessageBox>(&window);
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("alpha two")));
    box->button(QMessageBox::Cancel)->click();
    EXPECT_TRUE(store.find(QStringLiteral("alpha two")).has_value());
    changed.clear();
    view->deleteAction()->trigger();
    box = openDialog<QMessageBox>(&window);
    ASSERT_NE(box, nullptr);
    box->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(changed.wait(10000));
    EXPECT_EQ(rowOf(list, QStringLiteral("alpha two")), -1);
    EXPECT_FALSE(store.find(QStringLiteral("alpha two")).has_value());
    EXPECT_FALSE(fileText(path).contains("alpha two"));

    // Set gamma as the default: marked in the list, and kept for the next process.
    list->setCurrentRow(rowOf(list, QStringLiteral("gamma")));
    ASSERT_TRUE(loaded.wait(10000));
    view->defaultAction()->trigger();
    EXPECT_TRUE(list->item(rowOf(list, QStringLiteral("gamma")))->text().contains(QStringLiteral("default")));
    const ProfileStore again(path);
    EXPECT_EQ(again.defaultProfileId(), store.find(QStringLiteral("gamma"))->id);

    for (const QString &name : {QStringLiteral("alpha"), QStringLiteral("gamma")}) {
        QSignalSpy removed(store.remove(store.find(name)->id), &ProfileJob::finished);
        EXPECT_TRUE(removed.wait(10000));
    }
    EXPECT_TRUE(store.defaultProfileId().isEmpty()) << "removing the default profile clears the choice";
}

// Unsaved changes are marked, and nothing loses them without asking: switching profile or
// closing the window asks; Cancel keeps the window and the draft; Save writes through
// ProfileStore::saveWithSecrets, the new password into the real keyring.
TEST(ProfilesView, UnsavedChangesAreMarkedAndClosingAsks)
{
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) << "run through scripts/test.sh (keychain)";
    selfmx::test::clearSettingsEnvironment();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.ini"));
    ProfileStore store(path);
    ASSERT_TRUE(saveProfile(store, QStringLiteral("first"), QStringLiteral("first.example.test"), QStringLiteral("old-secret")));
    ASSERT_TRUE(saveProfile(store, QStringLiteral("second"), QStringLiteral("second.example.test"), QString()));

    MainWindow window(&store);
    window.show();
    ProfilesView *view = window.profilesView();
    QListWidget *list = view->list();
    QSignalSpy loaded(view, &ProfilesView::profileLoaded);
    list->setCurrentRow(rowOf(list, QStringLiteral("first")));
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_FALSE(window.isWindowModified());

    auto *host = qobject_cast<QLineEdit *>(window.form()->editor(QStringLiteral("SMTP_HOST")));
    auto *password = qobject_cast<QLineEdit *>(window.form()->editor(QStringLiteral("SMTP_PASS")));
    ASSERT_NE(host, nullptr);
    ASSERT_NE(password, nullptr);
    host->selectAll();
    QTest::keyClicks(host, QStringLiteral("edited.example.test"));
    password->selectAll();
    QTest::keyClicks(password, QStringLiteral("new-secret"));
    EXPECT_TRUE(window.draft()->isDirty());
    EXPECT_TRUE(window.isWindowModified());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("[*]")));
    EXPECT_TRUE(list->item(rowOf(list, QStringLiteral("first")))->text().contains(u'*'));

    // Switching to another profile asks; Cancel stays on the edited one.
    list->setCurrentRow(rowOf(list, QStringLiteral("second")));
    auto *box = openDialog<QMessageBox>(&window);
    ASSERT_NE(box, nullptr);
    box->button(QMessageBox::Cancel)->click();
    EXPECT_EQ(list->currentRow(), rowOf(list, QStringLiteral("first")));
    EXPECT_EQ(window.draft()->value(QStringLiteral("SMTP_HOST")), QStringLiteral("edited.example.test"));

    // Closing asks; Cancel keeps the window open and the draft intact.
    EXPECT_FALSE(window.close());
    box = openDialog<QMessageBox>(&window);
    ASSERT_NE(box, nullptr);
    box->button(QMessageBox::Cancel)->click();
    EXPECT_TRUE(window.isVisible());
    EXPECT_TRUE(window.draft()->isDirty());
    EXPECT_EQ(host->text(), QStringLiteral("edited.example.test"));
    EXPECT_EQ(store.find(QStringLiteral("first"))->smtp.host, QStringLiteral("first.example.test"));

    // Closing again, Save: the profile is written, the window closes.
    QSignalSpy saved(&window, &MainWindow::profileSaved);
    EXPECT_FALSE(window.close());
    box = openDialog<QMessageBox>(&window);
    ASSERT_NE(box, nullptr);
    box->button(QMessageBox::Save)->click();
    ASSERT_TRUE(saved.wait(10000));
    ASSERT_TRUE(saved.at(0).at(0).toBool()) << view->statusText().toStdString();
    EXPECT_FALSE(window.isVisible());
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_EQ(store.find(QStringLiteral("first"))->smtp.host, QStringLiteral("edited.example.test"));
    EXPECT_FALSE(fileText(path).contains("new-secret")) << "secrets never reach the profile file";
    ProfileJob *readBack = store.readPassword(store.find(QStringLiteral("first"))->id);
    QSignalSpy read(readBack, &ProfileJob::finished);
    ASSERT_TRUE(read.wait(10000));
    EXPECT_EQ(readBack->password(), QStringLiteral("new-secret")) << "the new password is in the keyring";

    for (const QString &name : {QStringLiteral("first"), QStringLiteral("second")}) {
        QSignalSpy removed(store.remove(store.find(name)->id), &ProfileJob::finished);
        EXPECT_TRUE(removed.wait(10000));
    }
}

// After a real test against Postfix the transcript tells client and server lines apart,
// marks where TLS starts, and neither the saved transcript nor the report bundle holds the
// password.
TEST(TranscriptView, TellsClientFromServerAndSavesNoPassword)
{
    const PostfixInstance &p = PostfixInstance::get();
    ASSERT_TRUE(p.isAvailable()) << p.whyUnavailable().toStdString();
    selfmx::test::clearSettingsEnvironment();
    qputenv("SMTP_HOST", "localhost");
    qputenv("SMTP_PORT", p.value("POSTFIX_SUBMISSION_PORT").toUtf8());
    qputenv("SMTP_USER", p.value("POSTFIX_USER1").toUtf8());
    qputenv("SMTP_PASS", p.value("POSTFIX_PASS1").toUtf8());
    qputenv("SMTP_TLS_CA_FILE", p.value("POSTFIX_CA_FILE").toUtf8());
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    MainWindow window(&store);
    selfmx::test::clearSettingsEnvironment();
    window.show();
    QSignalSpy finished(&window, &MainWindow::testFinished);
    window.startTest();
    ASSERT_TRUE(finished.wait(20000));
    ASSERT_TRUE(finished.at(0).at(0).toBool()) << window.statusText().toStdString();

    TranscriptView *view = window.transcriptView();
    const QAbstractItemModel *model = view->model();
    int client = 0;
    int server = 0;
    int markers = 0;
    bool encryptedClient = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, TranscriptView::LineColumn);
        const QModelIndex who = model->index(row, TranscriptView::DirectionColumn);
        if (index.data(TranscriptView::MarkerRole).toBool()) {
            ++markers;
            continue;
        }
        const auto direction = selfmx::smtp::Direction(index.data(TranscriptView::DirectionRole).toInt());
        if (direction == selfmx::smtp::Direction::Client) {
            ++client;
            EXPECT_EQ(who.data().toString(), QStringLiteral("C:"));
            encryptedClient = encryptedClient || index.data(TranscriptView::EncryptedRole).toBool();
        } else if (direction == selfmx::smtp::Direction::Server) {
            ++server;
            EXPECT_EQ(who.data().toString(), QStringLiteral("S:"));
        }
        // Told apart by colour as well as by the prefix.
        if (direction != selfmx::smtp::Direction::Info) {
            EXPECT_TRUE(index.data(Qt::ForegroundRole).isValid());
        }
    }
    EXPECT_GT(client, 2);
    EXPECT_GT(server, 2);
    EXPECT_EQ(markers, 1) << "STARTTLS on the submission port: one 'TLS from here on' marker";
    EXPECT_TRUE(encryptedClient);
    const QModelIndex firstClient = [model]() {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex i = model->index(row, TranscriptView::LineColumn);
            if (i.data(TranscriptView::DirectionRole).toInt() == int(selfmx::smtp::Direction::Client))
                return i;
        }
        return QModelIndex();
    }();
    const QModelIndex firstServer = model->index(0, TranscriptView::LineColumn);
    EXPECT_NE(firstClient.data(Qt::ForegroundRole), firstServer.data(Qt::ForegroundRole));

    // Audit 6: every line has its time, the Time column says it in ms, and time only runs forward.
    qint64 previous = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 ms = model->index(row, TranscriptView::LineColumn).data(TranscriptView::ElapsedRole).toLongLong();
        EXPECT_GE(ms, previous) << "row " << row;
        previous = ms;
        EXPECT_EQ(model->index(row, TranscriptView::TimeColumn).data().toString(), QStringLiteral("%1 ms").arg(ms));
    }
    EXPECT_GT(previous, model->index(0, TranscriptView::LineColumn).data(TranscriptView::ElapsedRole).toLongLong())
        << "a TLS handshake and a login take some time";

    // Copy puts every line on the clipboard, client and server told apart, TLS marked, and
    // the AUTH line redacted.
    QApplication::clipboard()->clear();
    view->copyButton()->click();
    const QString copied = QApplication::clipboard()->text();
    EXPECT_EQ(copied, view->text());
    EXPECT_EQ(copied.count(u'\n'), model->rowCount());
    EXPECT_TRUE(copied.contains(QStringLiteral("S: 220"))) << copied.toStdString();
    EXPECT_TRUE(copied.contains(QStringLiteral("C: EHLO"))) << copied.toStdString();
    EXPECT_TRUE(copied.contains(QStringLiteral("C: [TLS] EHLO"))) << copied.toStdString();
    EXPECT_TRUE(copied.contains(QStringLiteral("TLS from here on")));
    const QStringList authLines = copied.split(u'\n').filter(QStringLiteral("C: [TLS] AUTH"));
    ASSERT_FALSE(authLines.isEmpty()) << copied.toStdString();
    for (const QString &line : authLines)
        EXPECT_TRUE(line.contains(QStringLiteral("redacted"))) << line.toStdString();
    EXPECT_FALSE(copied.contains(p.value("POSTFIX_PASS1"))) << "the password must never reach the clipboard";
    const QByteArray plain =
        QByteArray(1, '\0') + p.value("POSTFIX_USER1").toUtf8() + QByteArray(1, '\0') + p.value("POSTFIX_PASS1").toUtf8();
    EXPECT_FALSE(copied.contains(QString::fromLatin1(plain.toBase64()))) << "nor its AUTH PLAIN form";
    EXPECT_FALSE(view->statusText().isEmpty());

    // Save… writes the same text to the file chosen in its dialog.
    const QString chosen = dir.filePath(QStringLiteral("chosen.txt"));
    view->saveButton()->click();
    auto *fileDialog = openDialog<QFileDialog>(view);
    ASSERT_NE(fileDialog, nullptr);
    fileDialog->selectFile(chosen);
    static_cast<QDialog *>(fileDialog)->accept(); // QFileDialog's own accept() is protected
    EXPECT_EQ(QString::fromUtf8(fileText(chosen)), copied);
    EXPECT_TRUE(view->statusText().contains(chosen)) << view->statusText().toStdString();

    const QString saved = dir.filePath(QStringLiteral("transcript.txt"));
    QString error;
    ASSERT_TRUE(view->saveTo(saved, &error)) << error.toStdString();
    const QByteArray text = fileText(saved);
    EXPECT_TRUE(text.contains("C: ")) << text.constData();
    EXPECT_TRUE(text.contains("S: 220"));
    EXPECT_TRUE(text.contains("redacted"));
    EXPECT_FALSE(text.contains(p.value("POSTFIX_PASS1").toUtf8())) << "the password must never reach a saved transcript";
    EXPECT_TRUE(view->hasReport()) << "every test in the window is a diagnosis: its report can be saved";

    // A diagnosis: the bundle is offered and holds no password either.
    QSignalSpy diagnosed(&window, &MainWindow::diagnosisFinished);
    window.startDiagnosis();
    ASSERT_TRUE(diagnosed.wait(20000));
    ASSERT_TRUE(view->hasReport());
    const QString bundle = dir.filePath(QStringLiteral("bundle.txt"));
    ASSERT_TRUE(view->saveBundleTo(bundle, &error)) << error.toStdString();
    const QByteArray bundleText = fileText(bundle);
    EXPECT_TRUE(bundleText.contains("localhost"));
    EXPECT_FALSE(bundleText.contains(p.value("POSTFIX_PASS1").toUtf8())) << "the password must never reach a report bundle";
}

// Audit 8: the editor validates as the user types and puts hints beside the fields they
// concern; nothing is saved by typing.
// The transcript's lines are in a fixed-width font, its header in the window's; the fixed
// font is loaded when the first line is shown, not with the window: the view's own font
// made the window load two more font files at start (README, "Window start").
TEST(TranscriptView, LinesAreInAFixedWidthFontTheHeaderInTheWindows)
{
    TranscriptView view;
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QList<QHeaderView *> headers = view.findChildren<QHeaderView *>();
    ASSERT_FALSE(headers.isEmpty());
    EXPECT_FALSE(QFontInfo(headers.constFirst()->font()).fixedPitch());
    view.addNote(QStringLiteral("a note"));
    const QAbstractItemModel *model = view.model();
    ASSERT_EQ(model->rowCount(), 1);
    const QVariant font = model->index(0, TranscriptView::LineColumn).data(Qt::FontRole);
    ASSERT_TRUE(font.canConvert<QFont>());
    EXPECT_TRUE(QFontInfo(font.value<QFont>()).fixedPitch());
}

TEST(ProfilesView, FieldsAreValidatedAsTypedWithHintsBesideThem)
{
    selfmx::test::clearSettingsEnvironment();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.ini"));
    ProfileStore store(path);
    MainWindow window(&store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    selfmx::ui::SettingsForm *form = window.form();
    auto *host = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("SMTP_HOST")));
    auto *user = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("SMTP_USER")));
    ASSERT_NE(host, nullptr);
    ASSERT_NE(user, nullptr);
    QLabel *hostProblem = form->problemLabel(QStringLiteral("SMTP_HOST"));
    ASSERT_NE(hostProblem, nullptr);

    // A host with a space: the problem shows under the host field as it is typed.
    EXPECT_TRUE(form->hintText(QStringLiteral("SMTP_USER")).isEmpty()) << "no provider yet, no rule";
    host->setFocus();
    QTest::keyClicks(host, QStringLiteral("bad host"));
    EXPECT_TRUE(hostProblem->isVisible());
    EXPECT_FALSE(hostProblem->text().isEmpty());
    EXPECT_TRUE(hostProblem->parentWidget()->isAncestorOf(host)) << "the problem is in the host field's own cell";
    EXPECT_FALSE(window.draft()->errors(QStringLiteral("SMTP_HOST")).isEmpty());
    // Corrected: gone.
    host->selectAll();
    QTest::keyClicks(host, QStringLiteral("smtp.sendgrid.net"));
    EXPECT_FALSE(hostProblem->isVisible()) << hostProblem->text().toStdString();

    // SendGrid's user is literally "apikey": a hint beside the user field.
    user->setFocus();
    QTest::keyClicks(user, QStringLiteral("x"));
    const QString hint = form->hintText(QStringLiteral("SMTP_USER"));
    EXPECT_TRUE(hint.contains(QStringLiteral("apikey"))) << hint.toStdString();
    EXPECT_TRUE(hint.contains(QStringLiteral("\"x\""))) << "it names what was typed: " << hint.toStdString();
    EXPECT_TRUE(form->hintText(QStringLiteral("SMTP_HOST")).isEmpty()) << "the hint is beside the field it concerns only";
    user->selectAll();
    QTest::keyClicks(user, QStringLiteral("apikey"));
    EXPECT_TRUE(form->hintText(QStringLiteral("SMTP_USER")).isEmpty()) << form->hintText(QStringLiteral("SMTP_USER")).toStdString();

    EXPECT_TRUE(store.profiles().isEmpty()) << "typing saves nothing";
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(window.draft()->isDirty());
}

// Audit 13: the window comes back at the size it had, on the profile it showed last.
TEST(MainWindowViews, GeometryAndLastProfileAreRestored)
{
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) << "run through scripts/test.sh (keychain)";
    selfmx::test::clearSettingsEnvironment();
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("config")));
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    ASSERT_TRUE(saveProfile(store, QStringLiteral("one"), QStringLiteral("one.example.test"), QString()));
    ASSERT_TRUE(saveProfile(store, QStringLiteral("two"), QStringLiteral("two.example.test"), QString()));
    const QSize size(1011, 717); // not the default 1180 x 780, above the minimum width
    {
        MainWindow window(&store);
        window.restoreSession();
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.resize(size);
        ASSERT_EQ(window.size(), size);
        EXPECT_FALSE(window.testPanel()->isSenderDomainShown()); // closed at the first start
        window.testPanel()->senderDomainToggle()->click();
        ProfilesView *view = window.profilesView();
        QSignalSpy loaded(view, &ProfilesView::profileLoaded);
        view->list()->setCurrentRow(rowOf(view->list(), QStringLiteral("two")));
        ASSERT_TRUE(loaded.wait(10000));
        ASSERT_EQ(view->editingId(), store.find(QStringLiteral("two"))->id);
        EXPECT_TRUE(window.close());
    }
    MainWindow again(&store);
    QSignalSpy loaded(&again, &MainWindow::profileLoaded);
    selfmx::test::WindowsShown windows;
    again.restoreSession();
    EXPECT_TRUE(windows.classNames.isEmpty()) << "shown while restoring: " << windows.classNames.join(u' ').toStdString();
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_EQ(again.size(), size);
    EXPECT_TRUE(again.testPanel()->isSenderDomainShown()) << "the sender domain check was left open";
    EXPECT_TRUE(again.testPanel()->senderDomain()->isVisible());
    ASSERT_TRUE(loaded.size() > 0 || loaded.wait(10000));
    EXPECT_EQ(again.profilesView()->editingId(), store.find(QStringLiteral("two"))->id);
    EXPECT_EQ(again.draft()->value(QStringLiteral("SMTP_HOST")), QStringLiteral("two.example.test"));
    EXPECT_EQ(again.profilesView()->list()->currentRow(), rowOf(again.profilesView()->list(), QStringLiteral("two")));

    for (const QString &name : {QStringLiteral("one"), QStringLiteral("two")}) {
        QSignalSpy removed(store.remove(store.find(name)->id), &ProfileJob::finished);
        EXPECT_TRUE(removed.wait(10000));
    }
}

// Every interactive widget of every view has a name a screen reader can say.
TEST(MainWindowViews, EveryInteractiveWidgetHasAnAccessibleName)
{
    selfmx::test::clearSettingsEnvironment();
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    MainWindow window(&store);
    window.show();
    window.form()->setAdvancedVisible(true);
    window.relayPanel(); // built on first use: its controls are checked too
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                                 || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w);
        // The line edit inside a spin box speaks through the spin box; Qt's own helpers
        // ("qt_menubar_ext_button", shown only when the menu bar overflows) name themselves.
        if (!interactive || qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || w->objectName().startsWith(QStringLiteral("qt_")))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
        ASSERT_NE(accessible, nullptr);
        EXPECT_FALSE(accessible->text(QAccessible::Name).isEmpty())
            << w->metaObject()->className() << " " << w->objectName().toStdString() << " (" << w->parentWidget()->metaObject()->className()
            << ") has no accessible name";
        // Audit 15: and a description (what it does), for every control Tab reaches.
        // (Not Qt's own scroll arrows of a tab bar, which name themselves "Scroll Left".)
        if ((w->focusPolicy() & Qt::TabFocus) != 0 && !qobject_cast<QTabBar *>(w->parentWidget())) {
            EXPECT_FALSE(accessible->text(QAccessible::Description).trimmed().isEmpty())
                << w->metaObject()->className() << " " << w->objectName().toStdString() << " \""
                << accessible->text(QAccessible::Name).toStdString() << "\" has no accessible description";
        }
        ++checked;
    }
    EXPECT_GT(checked, 20);
}

// Texts people copy (the variable names beside the fields, the status lines) are selectable
// with the mouse, but a label selectable by mouse only becomes so when the pointer first
// enters it: a selectable label carries a QTextDocument that every layout pass lays out
// again, which was the largest part of the window's start after the fonts (README, "Window
// start"). Status lines selectable by keyboard become so (and focusable, for a screen
// reader's grabFocus) when an assistive technology is on, or comes on.
TEST(MainWindowViews, TextsBecomeSelectableWhenThePointerEntersAndCostNothingBefore)
{
    selfmx::test::clearSettingsEnvironment();
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    MainWindow window(&store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    // The idle window without an assistive technology: no label holds a text document.
    ASSERT_FALSE(QAccessible::isActive());
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    QLabel *status = nullptr;
    for (QLabel *label : labels) {
        EXPECT_TRUE(label->findChildren<QTextDocument *>().isEmpty())
            << "label \"" << label->text().toStdString() << "\" holds a text document at start";
        if (label->accessibleName() == ProfilesView::tr("Profile status"))
            status = label;
    }
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->focusPolicy(), Qt::NoFocus);
    // A screen reader comes on (the platform's bridge says so): the status line can take the
    // focus it moves there, and be selected by keyboard. (Failed before: it had its flags,
    // and so a text document, from the start.)
    QAccessible::setActive(true);
    EXPECT_TRUE(status->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
    EXPECT_EQ(status->focusPolicy(), Qt::ClickFocus);
    QAccessible::setActive(false);

    QLabel *keyLabel = nullptr;
    for (QLabel *label : labels) {
        if (label->text() == QLatin1String("SMTP_HOST"))
            keyLabel = label;
    }
    ASSERT_NE(keyLabel, nullptr);
    EXPECT_FALSE(keyLabel->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QEnterEvent enter(QPointF(2, 2), keyLabel->mapToGlobal(QPointF(2, 2)), keyLabel->mapToGlobal(QPointF(2, 2)));
    QApplication::sendEvent(keyLabel, &enter);
    EXPECT_TRUE(keyLabel->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    // Selected by the mouse, the name is what the clipboard gets.
    keyLabel->setSelection(0, int(keyLabel->text().size()));
    EXPECT_EQ(keyLabel->selectedText(), QStringLiteral("SMTP_HOST"));
}

// A scroll area's children hold still for a screen reader while a scroll bar comes and goes:
// it asks for the count and then for each child in separate D-Bus calls. Qt 6.4's own
// interface drops a hidden scroll bar from the count and reads child(i) without a bound, so
// a scroll bar that went away between the two calls crashed the window (the wizard's AT-SPI
// test, under AddressSanitizer, after Test filled and emptied the findings).
TEST(Accessibility, AScrollAreasChildrenHoldStillWhenAScrollBarComesAndGoes)
{
    selfmx::ui::installAccessibility();
    QScrollArea area;
    area.setWidgetResizable(true);
    auto *content = new QWidget;
    content->setMinimumHeight(50);
    area.setWidget(content);
    area.resize(200, 200);
    area.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&area));
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&area);
    ASSERT_NE(accessible, nullptr);
    ASSERT_FALSE(area.verticalScrollBar()->isVisible());
    const int count = accessible->childCount();
    ASSERT_GE(count, 1);

    content->setMinimumHeight(2000); // the vertical scroll bar comes
    ASSERT_TRUE(QTest::qWaitFor([&] { return area.verticalScrollBar()->isVisible(); }, 5000));
    EXPECT_EQ(accessible->childCount(), count);
    content->setMinimumHeight(50); // and goes
    ASSERT_TRUE(QTest::qWaitFor([&] { return !area.verticalScrollBar()->isVisible(); }, 5000));
    EXPECT_EQ(accessible->childCount(), count);

    for (int i = 0; i < count; ++i) {
        QAccessibleInterface *child = accessible->child(i);
        ASSERT_NE(child, nullptr) << "child " << i;
        EXPECT_EQ(accessible->indexOfChild(child), i);
    }
    EXPECT_EQ(accessible->child(count), nullptr) << "past the end there is no child";
    EXPECT_EQ(accessible->child(-1), nullptr);
    // The viewport, where the content is, is among them and shows.
    QAccessibleInterface *viewport = QAccessible::queryAccessibleInterface(area.viewport());
    ASSERT_NE(viewport, nullptr);
    EXPECT_GE(accessible->indexOfChild(viewport), 0);
    EXPECT_FALSE(viewport->state().invisible);
}

// Closing the window during a test ends the test at once (the session is aborted and
// reports once), after the unsaved settings were answered for.
TEST(MainWindowViews, ClosingDuringATestCancelsIt)
{
    QTcpServer silent; // accepts, and never says a word
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    QObject::connect(&silent, &QTcpServer::newConnection, &silent, [&silent, &held]() { held.append(silent.nextPendingConnection()); });
    selfmx::test::clearSettingsEnvironment();
    qputenv("SMTP_HOST", "127.0.0.1");
    qputenv("SMTP_PORT", QByteArray::number(silent.serverPort()));
    qputenv("SMTP_TIMEOUT", "30");
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    MainWindow window(&store);
    selfmx::test::clearSettingsEnvironment();
    window.show();
    QSignalSpy finished(&window, &MainWindow::testFinished);
    window.startTest();
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_FALSE(window.close()) << "the settings from the environment are unsaved: it asks first";
    auto *box = openDialog<QMessageBox>(&window);
    ASSERT_NE(box, nullptr);
    box->button(QMessageBox::Discard)->click();
    ASSERT_TRUE(finished.size() == 1 || finished.wait(1000)) << "the test ends within a second of closing";
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_FALSE(window.isVisible());
}

// Closing while the relay runs asks; Cancel keeps both; "Stop relay and quit" stops the
// relay (without blocking) and then closes the window.
TEST(MainWindowViews, ClosingWithTheRelayRunningAsks)
{
    const PostfixInstance &p = PostfixInstance::get();
    ASSERT_TRUE(p.isAvailable()) << p.whyUnavailable().toStdString();
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) << "run through scripts/test.sh (keychain)";
    selfmx::test::clearSettingsEnvironment();
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    selfmx::profile::Profile profile;
    profile.name = QStringLiteral("relay-window");
    profile.smtp = p.settings("POSTFIX_SUBMISSION_PORT");
    const QString password = profile.smtp.password;
    profile.smtp.password.clear();
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        profile.relay.port = probe.serverPort();
    }
    QSignalSpy saved(store.save(profile, password), &ProfileJob::finished);
    ASSERT_TRUE(saved.wait(10000));

    MainWindow window(&store);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::profileLoaded);
    window.loadProfile(QStringLiteral("relay-window"));
    ASSERT_TRUE(loaded.wait(10000));
    RelayPanel *relay = window.relayPanel();
    relay->setQueuePath(dir.filePath(QStringLiteral("queue.sqlite")));
    EXPECT_EQ(relay->profileId(), store.find(QStringLiteral("relay-window"))->id);
    QSignalSpy states(relay, &RelayPanel::stateChanged);
    relay->start();
    while (relay->state() == RelayPanel::State::Starting)
        ASSERT_TRUE(states.wait(10000));
    ASSERT_EQ(relay->state(), RelayPanel::State::Running) << relay->statusText().toStdString();

    EXPECT_FALSE(window.close());
    auto *box = openDialog<QMessageBox>(&window);
    ASSERT_NE(box, nullptr);
    box->button(QMessageBox::Cancel)->click();
    EXPECT_TRUE(window.isVisible());
    EXPECT_TRUE(relay->isRunning());

    EXPECT_FALSE(window.close());
    box = openDialog<QMessageBox>(&window);
    ASSERT_NE(box, nullptr);
    QAbstractButton *stop = nullptr;
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            stop = b;
    }
    ASSERT_NE(stop, nullptr);
    stop->click();
    while (relay->state() != RelayPanel::State::Idle)
        ASSERT_TRUE(states.wait(15000));
    EXPECT_FALSE(window.isVisible()) << "the window closes once the relay stopped";

    QSignalSpy removed(store.remove(store.find(QStringLiteral("relay-window"))->id), &ProfileJob::finished);
    EXPECT_TRUE(removed.wait(10000));
}

namespace {

// `body` run on a shown main window (an empty store) in English and in each translation;
// `where` names the language for failure messages.
void inEveryLanguage(const std::function<void(MainWindow &window, const std::string &where)> &body)
{
    selfmx::test::clearSettingsEnvironment();
    for (const QString &language : selfmx::test::shippedLanguages()) {
        selfmx::test::withTranslation(language, [&language, &body]() {
            QTemporaryDir dir;
            ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
            MainWindow window(&store);
            window.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
            body(window, language.isEmpty() ? std::string("en") : language.toStdString());
        });
    }
}

} // namespace

// An Alt+letter once shown does not move when another part of the window is opened later:
// the relay's tab, then the sender domain check and the advanced rows (made later, with a
// lower rank than the relay panel's labels, they chose first and could take its letters).
TEST(MainWindowViews, AltLettersStayWhenSectionsOpenInAnyOrder)
{
    inEveryLanguage([](MainWindow &window, const std::string &where) {
        auto *tabs = window.findChild<QTabWidget *>();
        ASSERT_NE(tabs, nullptr);
        tabs->setCurrentIndex(tabs->count() - 1); // the relay panel
        ASSERT_NE(window.findChild<RelayPanel *>(), nullptr);
        QHash<QWidget *, QString> before;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (const auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                before.insert(w, label->text());
            else if (const auto *button = qobject_cast<QAbstractButton *>(w))
                before.insert(w, button->text());
        }
        window.testPanel()->setSenderDomainShown(true);
        window.form()->setAdvancedVisible(true);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const QString now = qobject_cast<QLabel *>(it.key()) ? qobject_cast<QLabel *>(it.key())->text()
                                                                 : qobject_cast<QAbstractButton *>(it.key())->text();
            EXPECT_EQ(now, it.value()) << where << ": " << it.value().toStdString() << " became " << now.toStdString();
        }
        EXPECT_TRUE(selfmx::test::mnemonicProblems(&window).isEmpty())
            << where << ": " << selfmx::test::mnemonicProblems(&window).join(u'\n').toStdString();
    });
}

// Audit 14: Alt+letter works in the main window in every language: the mnemonics visible at
// once (the transcript's tab, the relay's tab, the editor's advanced rows opened) are unique,
// and every label with a buddy (the editor's field labels included) has one.
TEST(MainWindowViews, MnemonicsAreUniqueAndEveryLabelHasOneInEveryLanguage)
{
    inEveryLanguage([](MainWindow &window, const std::string &where) {
        QStringList problems = selfmx::test::mnemonicProblems(&window);
        EXPECT_TRUE(problems.isEmpty()) << where << ", transcript tab: " << problems.join(u'\n').toStdString();
        window.form()->setAdvancedVisible(true);
        problems = selfmx::test::mnemonicProblems(&window);
        EXPECT_TRUE(problems.isEmpty()) << where << ", advanced rows: " << problems.join(u'\n').toStdString();
        window.testPanel()->setSenderDomainShown(true);
        problems = selfmx::test::mnemonicProblems(&window);
        EXPECT_TRUE(problems.isEmpty()) << where << ", sender domain check: " << problems.join(u'\n').toStdString();
        auto *tabs = window.findChild<QTabWidget *>();
        ASSERT_NE(tabs, nullptr);
        tabs->setCurrentIndex(tabs->count() - 1); // the relay panel
        ASSERT_NE(window.findChild<RelayPanel *>(), nullptr);
        problems = selfmx::test::mnemonicProblems(&window);
        EXPECT_TRUE(problems.isEmpty()) << where << ", relay tab: " << problems.join(u'\n').toStdString();
        // The editor's field labels, shown or not: each has its Alt+letter, unless every
        // letter of it is taken (there are more fields than letters); most have one.
        const QList<QLabel *> labels = window.form()->findChildren<QLabel *>();
        int withBuddy = 0;
        int withMnemonic = 0;
        for (const QLabel *label : labels) {
            if (label->buddy()) {
                ++withBuddy;
                withMnemonic += QKeySequence::mnemonic(label->text()).isEmpty() ? 0 : 1;
                const QString missing = selfmx::test::missingMnemonic(&window, label->text());
                EXPECT_TRUE(missing.isEmpty()) << where << ": " << missing.toStdString();
            }
        }
        EXPECT_GT(withBuddy, 5);
        EXPECT_GE(withMnemonic, 6) << where;
    });
}
