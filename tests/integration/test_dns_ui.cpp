// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// DNS where people meet it, in the window: the wizard's "Find my server" and the diagnosis
// view's "Sender domain" section, against the suite's nameserver (nsd with made-up zones)
// and its scripted fault server (tests/support/dns), offscreen.
#include "childprocess.h"
#include "postfix.h"
#include "profile/profilestore.h"
#include "profile/settingsdraft.h"
#include "ui/senderdomainsection.h"
#include "ui/serverdiscovery.h"
#include "ui/setupwizard.h"
#include "ui/testpanel.h"
#include "ui/wizardpages.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using selfmx::profile::ProfileStore;
using selfmx::profile::SettingsDraft;
using selfmx::test::dnsFixtureValues;
using selfmx::ui::SenderDomainSection;
using selfmx::ui::ServerDiscoveryBox;
using selfmx::ui::SetupWizard;

namespace {

// What the window reads at start: DNS_SERVER (and the run's trust anchor for signed.test).
void pointDnsAt(const QString &server)
{
    qputenv("DNS_SERVER", server.toUtf8());
    qputenv("DNS_TRUST_ANCHOR_FILE", dnsFixtureValues().value(QStringLiteral("DNS_TRUST_ANCHOR_FILE")).toUtf8());
}

void type(QLineEdit *line, const QString &text)
{
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Delete);
    QTest::keyClicks(line, text);
}

class DnsUi : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(dnsFixtureValues().value(QStringLiteral("DNS_SERVER")).isEmpty()) << "no DNS fixture (run through ctest)";
        pointDnsAt(dnsFixtureValues().value(QStringLiteral("DNS_SERVER")));
    }
    void TearDown() override
    {
        qunsetenv("DNS_SERVER");
        qunsetenv("DNS_TRUST_ANCHOR_FILE");
    }
};

} // namespace

// The fixture's srv.test has _submissions (priorities 0 and 10) and _submission records: the
// page lists them in that order, says where each came from, and choosing one fills the draft.
TEST_F(DnsUi, WizardListsSrvCandidatesInPriorityOrderAndChoosingOneFillsTheDraft)
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    SetupWizard wizard(&store);
    wizard.show();
    auto *who = qobject_cast<selfmx::ui::ProviderPage *>(wizard.page(SetupWizard::ProviderPageId));
    ServerDiscoveryBox *box = who->discovery();
    EXPECT_FALSE(box->findButton()->isEnabled()) << "nothing to look up yet";
    type(who->addressEdit(), QStringLiteral("me@srv.test"));
    ASSERT_TRUE(box->findButton()->isEnabled());

    QSignalSpy finished(box, &ServerDiscoveryBox::finished);
    box->findButton()->click();
    EXPECT_TRUE(box->isRunning());
    EXPECT_TRUE(box->cancelButton()->isEnabled());
    ASSERT_TRUE(finished.wait(20000));
    ASSERT_EQ(box->state(), ServerDiscoveryBox::State::Found) << box->statusText().toStdString();
    ASSERT_EQ(box->list()->count(), 3);
    const QStringList expected = {QStringLiteral("mail-a.srv.test:465"), QStringLiteral("mail-b.srv.test:465"),
                                  QStringLiteral("mail-a.srv.test:587")};
    for (int row = 0; row < 3; ++row) {
        const QString text = box->list()->item(row)->text();
        EXPECT_TRUE(text.startsWith(expected.at(row))) << row << ": " << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("SRV record"))) << text.toStdString();
    }
    EXPECT_TRUE(box->list()->item(0)->text().contains(QStringLiteral("_submissions._tcp.srv.test")));
    EXPECT_TRUE(box->list()->item(2)->text().contains(QStringLiteral("_submission._tcp.srv.test")));

    // Keyboard: the second row, then "Use this server".
    box->list()->setFocus();
    box->list()->setCurrentRow(1);
    QSignalSpy chosen(box, &ServerDiscoveryBox::chosen);
    box->useButton()->click();
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(wizard.draft()->value(QStringLiteral("SMTP_HOST")), QStringLiteral("mail-b.srv.test"));
    EXPECT_EQ(wizard.draft()->value(QStringLiteral("SMTP_PORT")), QStringLiteral("465"));
    EXPECT_EQ(wizard.draft()->value(QStringLiteral("SMTP_TLS_MODE")), QStringLiteral("implicit"));

    // Activating the STARTTLS row (Enter, double click) chooses it too.
    Q_EMIT box->list()->itemActivated(box->list()->item(2));
    EXPECT_EQ(wizard.draft()->value(QStringLiteral("SMTP_HOST")), QStringLiteral("mail-a.srv.test"));
    EXPECT_EQ(wizard.draft()->value(QStringLiteral("SMTP_PORT")), QStringLiteral("587"));
    EXPECT_EQ(wizard.draft()->value(QStringLiteral("SMTP_TLS_MODE")), QStringLiteral("starttls"));

    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::CredentialsPageId);
    auto *credentials = qobject_cast<selfmx::ui::CredentialsPage *>(wizard.page(SetupWizard::CredentialsPageId));
    EXPECT_EQ(credentials->hostEdit()->text(), QStringLiteral("mail-a.srv.test"));
    EXPECT_TRUE(store.profiles().isEmpty()) << "choosing a server saves nothing";
}

// A domain the nameserver says nothing about: said in words, and the user goes on by hand.
TEST_F(DnsUi, NothingFoundIsSaidAndThePageStaysUsable)
{
    ServerDiscoveryBox box;
    box.show();
    box.setAddress(QStringLiteral("someone@nothing.test"));
    QSignalSpy finished(&box, &ServerDiscoveryBox::finished);
    box.start();
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(box.state(), ServerDiscoveryBox::State::NothingFound);
    EXPECT_TRUE(box.statusText().contains(QStringLiteral("No server found for nothing.test"))) << box.statusText().toStdString();
    EXPECT_TRUE(box.findButton()->isEnabled());
    EXPECT_FALSE(box.choose(0));
}

// A nameserver that never answers: Stop ends the search at once; the time limit ends it on
// its own.
TEST_F(DnsUi, CancelStopsDiscoveryAndTheTimeLimitBoundsIt)
{
    pointDnsAt(dnsFixtureValues().value(QStringLiteral("DNS_FAULT_SERVER")));
    ServerDiscoveryBox box;
    box.show();
    box.setAddress(QStringLiteral("me@silent.fault.test"));
    QSignalSpy finished(&box, &ServerDiscoveryBox::finished);
    box.findButton()->click();
    ASSERT_TRUE(box.isRunning());
    EXPECT_FALSE(box.findButton()->isEnabled());
    box.cancelButton()->click();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(box.state(), ServerDiscoveryBox::State::Cancelled);
    EXPECT_FALSE(box.isRunning());
    EXPECT_TRUE(box.findButton()->isEnabled());
    EXPECT_FALSE(box.cancelButton()->isEnabled());
    EXPECT_TRUE(box.candidates().isEmpty());

    box.setTimeLimit(300);
    QElapsedTimer clock;
    clock.start();
    box.start();
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_LT(clock.elapsed(), 3000);
    EXPECT_EQ(box.state(), ServerDiscoveryBox::State::TimedOut);
    EXPECT_TRUE(box.statusText().contains(QStringLiteral("took too long"))) << box.statusText().toStdString();
}

// The diagnosis view's Sender domain section, for a sender at spf-plusall.test: the finding
// with its record, which the Copy button puts on the clipboard.
TEST_F(DnsUi, TestPanelSenderDomainSectionShowsTheFindingWithItsRecord)
{
    SettingsDraft draft;
    draft.setValue(QStringLiteral("SMTP_HOST"), QStringLiteral("smtp.sendgrid.net"));
    draft.setValue(QStringLiteral("SMTP_FROM"), QStringLiteral("Acme <hello@spf-plusall.test>"));
    selfmx::ui::TestPanel panel(&draft);
    panel.setProviderKey(QStringLiteral("sendgrid"));
    panel.show();
    panel.senderDomainToggle()->click(); // opened as a user opens it
    SenderDomainSection *section = panel.senderDomain();
    ASSERT_TRUE(section->isVisible());
    EXPECT_EQ(section->domain(), QStringLiteral("spf-plusall.test"));
    EXPECT_TRUE(section->statusText().contains(QStringLiteral("spf-plusall.test")));

    QSignalSpy finished(section, &SenderDomainSection::finished);
    section->checkButton()->click();
    EXPECT_TRUE(section->isRunning());
    EXPECT_TRUE(section->stopButton()->isEnabled());
    EXPECT_FALSE(panel.isRunning()) << "the SMTP test is not busy meanwhile";
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_FALSE(section->isRunning());
    int index = -1;
    for (int i = 0; i < section->findings().size(); ++i) {
        if (section->findings().at(i).code == u"spf.permissive_all")
            index = i;
    }
    ASSERT_GE(index, 0);
    const QString record = SenderDomainSection::recordText(section->findings().at(index));
    EXPECT_TRUE(record.startsWith(QStringLiteral("spf-plusall.test TXT \"v=spf1"))) << record.toStdString();
    QPushButton *copy = section->copyButton(index);
    ASSERT_NE(copy, nullptr);
    EXPECT_FALSE(copy->accessibleName().isEmpty());
    copy->click();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), record);
}

// DANE in the window (issue 13): the section checks the SMTP server's TLSA records against
// the chain the last test's handshake presented, while the draft still names that server;
// the signed zone's mail.signed.test publishes the test Postfix's certificate.
TEST_F(DnsUi, SenderDomainSectionChecksDaneAgainstTheLastTestsCertificate)
{
    QFile pem(selfmx::test::PostfixInstance::get().value("POSTFIX_DIR") + QStringLiteral("/certs/server.pem"));
    ASSERT_TRUE(pem.open(QIODevice::ReadOnly)) << "no Postfix fixture certificate";
    QList<QByteArray> chain;
    for (const QSslCertificate &certificate : QSslCertificate::fromData(pem.readAll(), QSsl::Pem))
        chain.append(certificate.toDer());
    SettingsDraft draft;
    draft.setValue(QStringLiteral("SMTP_HOST"), QStringLiteral("mail.signed.test"));
    draft.setValue(QStringLiteral("SMTP_PORT"), QStringLiteral("25"));
    draft.setValue(QStringLiteral("SMTP_FROM"), QStringLiteral("hello@signed.test"));
    auto daneCodes = [&draft, &chain](const QString &chainHost) {
        SenderDomainSection section(&draft);
        section.setSessionChain(chainHost, 25, chain);
        QSignalSpy finished(&section, &SenderDomainSection::finished);
        section.start();
        QStringList codes;
        if (!finished.wait(20000))
            return QStringList{QStringLiteral("timed out")};
        for (const auto &finding : section.findings()) {
            if (finding.code.startsWith(u"dane."))
                codes.append(finding.code);
        }
        return codes;
    };
    EXPECT_EQ(daneCodes(QStringLiteral("mail.signed.test")), QStringList{QStringLiteral("dane.match")});
    // A chain from a test of another server says nothing about this one.
    EXPECT_EQ(daneCodes(QStringLiteral("other.signed.test")), QStringList());
}

// No sender address: the section says so and runs nothing.
TEST_F(DnsUi, SenderDomainSectionWithoutASenderSaysWhatIsMissing)
{
    SettingsDraft draft;
    draft.setValue(QStringLiteral("SMTP_HOST"), QStringLiteral("localhost"));
    SenderDomainSection section(&draft);
    QSignalSpy finished(&section, &SenderDomainSection::finished);
    section.start();
    EXPECT_EQ(finished.count(), 1);
    EXPECT_EQ(section.state(), SenderDomainSection::State::NoDomain);
    EXPECT_TRUE(section.findings().isEmpty());
}

// Stop during a check against a silent nameserver returns the section to idle at once.
TEST_F(DnsUi, SenderDomainCheckStopsAtOnce)
{
    pointDnsAt(dnsFixtureValues().value(QStringLiteral("DNS_FAULT_SERVER")));
    SettingsDraft draft;
    draft.setValue(QStringLiteral("SMTP_FROM"), QStringLiteral("me@silent.fault.test"));
    SenderDomainSection section(&draft);
    section.show();
    QSignalSpy finished(&section, &SenderDomainSection::finished);
    section.checkButton()->click();
    ASSERT_TRUE(section.isRunning());
    section.stopButton()->click();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(section.state(), SenderDomainSection::State::Cancelled);
    EXPECT_TRUE(section.checkButton()->isEnabled());
}
