// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// ui::MeasuredLabel keeps its size hints and its heights per width while nothing they depend
// on changes: after every kind of change it must answer what a plain QLabel answers, or a
// layout would place it by a stale size.
#include "ui/measuredlabel.h"

#include <QCoreApplication>
#include <QFocusEvent>
#include <QFont>
#include <QFrame>
#include <QLineEdit>
#include <QPixmap>
#include <QWidget>

#include <functional>

#include <gtest/gtest.h>

namespace {

using selfmx::ui::MeasuredLabel;

// A MeasuredLabel and a plain QLabel side by side (same parent: same style and inherited
// font), every change applied to both and every question asked of both, in the same order:
// the measured one must answer what the plain one answers in its place.
struct Pair {
    QWidget parent;
    QLineEdit buddy{&parent};
    MeasuredLabel *measured = new MeasuredLabel(&parent);
    QLabel *plain = new QLabel(&parent);

    void apply(const std::function<void(QLabel *)> &change)
    {
        change(measured);
        change(plain);
        // Both answer afresh: QLabel keeps hints it measured before a minimum size was set
        // (setting the indent it has makes it measure again; the measured label's inputs
        // stay the same, so what it keeps is still tested).
        for (QLabel *label : {static_cast<QLabel *>(measured), plain})
            label->setIndent(label->indent());
    }
    void expectSameAnswers(const char *step)
    {
        EXPECT_EQ(measured->sizeHint(), plain->sizeHint()) << step;
        EXPECT_EQ(measured->minimumSizeHint(), plain->minimumSizeHint()) << step;
        for (const int width : {40, 120, 300, 900})
            EXPECT_EQ(measured->heightForWidth(width), plain->heightForWidth(width)) << step << " at width " << width;
    }
};

TEST(MeasuredLabel, AnswersLikeAQLabelAfterEveryChange)
{
    Pair pair;
    const auto step = [&pair](const char *name, const std::function<void(QLabel *)> &change) {
        pair.expectSameAnswers(name); // asked before the change: what is kept
        pair.apply(change);
        pair.expectSameAnswers(name);
    };
    step("one line", [](QLabel *l) { l->setText(QStringLiteral("SMTP_HOST")); });
    step("one line, right to left", [](QLabel *l) { l->setText(QStringLiteral("שרת הדואר: smtp.example.com")); });
    step("one line, bold and larger", [](QLabel *l) {
        QFont font = l->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.3);
        l->setFont(font);
    });
    step("one line with an indent", [](QLabel *l) { l->setIndent(9); });
    step("one line, no indent", [](QLabel *l) { l->setIndent(-1); });
    step("one line in a frame", [](QLabel *l) { l->setFrameStyle(QFrame::Box | QFrame::Plain); });
    step("one line, no frame", [](QLabel *l) { l->setFrameStyle(QFrame::NoFrame); });
    step("one line, plain text format", [](QLabel *l) {
        l->setTextFormat(Qt::PlainText);
        l->setText(QStringLiteral("<b>not bold</b> & shown as typed"));
    });
    // QLabel goes on hiding a mnemonic's '&' when the buddy goes (until the text changes).
    step("one line with a mnemonic and a buddy", [&pair](QLabel *l) {
        l->setText(QStringLiteral("Sender && &reply-to:"));
        l->setBuddy(&pair.buddy);
    });
    step("one line, buddy gone", [](QLabel *l) { l->setBuddy(nullptr); });
    step("one line, buddy back", [&pair](QLabel *l) { l->setBuddy(&pair.buddy); });
    step("one line, buddy gone again", [](QLabel *l) { l->setBuddy(nullptr); });
    step("one line, text without a buddy", [](QLabel *l) { l->setText(QStringLiteral("Sender && &cc:")); });
    // A label that once was focusable keeps the text document QLabel made for it then.
    step("one line set while focusable", [](QLabel *l) {
        l->setFocusPolicy(Qt::TabFocus);
        l->setText(QStringLiteral("Port:\t587"));
    });
    step("one line, no longer focusable", [](QLabel *l) { l->setFocusPolicy(Qt::NoFocus); });
    // A label given the focus by hand gets a text document for good.
    step("one line given the focus", [](QLabel *l) {
        QFocusEvent in(QEvent::FocusIn, Qt::OtherFocusReason);
        QCoreApplication::sendEvent(l, &in);
    });
    step("one line, tabbed text after the focus", [](QLabel *l) { l->setText(QStringLiteral("Host:\tmail.example.test")); });
    step("automatic text format", [](QLabel *l) { l->setTextFormat(Qt::AutoText); });
    // One unwrapped plain line is measured once: every input of that measurement.
    step("one line with a tab", [](QLabel *l) { l->setText(QStringLiteral("Host:\tsmtp.example.com")); });
    step("one line at the top right, indented", [](QLabel *l) {
        l->setAlignment(Qt::AlignTop | Qt::AlignRight);
        l->setIndent(5);
    });
    step("one line at the bottom, framed, no indent", [](QLabel *l) {
        l->setAlignment(Qt::AlignBottom | Qt::AlignLeft);
        l->setIndent(-1);
        l->setFrameStyle(QFrame::Panel | QFrame::Sunken);
        l->setMargin(2);
    });
    step("one line, contents margins", [](QLabel *l) { l->setContentsMargins(4, 1, 6, 3); });
    step("one line, wider minimum", [](QLabel *l) { l->setMinimumWidth(400); });
    step("one line, taller minimum", [](QLabel *l) { l->setMinimumSize(0, 70); });
    step("one line, selectable", [](QLabel *l) { l->setTextInteractionFlags(Qt::TextSelectableByMouse); });
    step("one line, not selectable", [](QLabel *l) { l->setTextInteractionFlags(Qt::NoTextInteraction); });
    step("one line, focusable", [](QLabel *l) { l->setFocusPolicy(Qt::TabFocus); });
    step("one line, not focusable", [](QLabel *l) { l->setFocusPolicy(Qt::NoFocus); });
    step("one line under a style sheet", [](QLabel *l) { l->setStyleSheet(QStringLiteral("padding: 4px 9px; font-size: 17px")); });
    step("one line, style sheet gone", [](QLabel *l) { l->setStyleSheet(QString()); });
    step("one line, right to left, centred", [](QLabel *l) {
        l->setText(QStringLiteral("مرحبا بالعالم: smtp.example.com"));
        l->setAlignment(Qt::AlignCenter);
    });
    step("one line back at the defaults", [](QLabel *l) {
        l->setFrameStyle(QFrame::NoFrame);
        l->setMargin(0);
        l->setContentsMargins(0, 0, 0, 0);
        l->setMinimumSize(0, 0);
        l->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        l->setText(QStringLiteral("<b>not bold</b> & shown as typed"));
    });
    step("text", [](QLabel *l) { l->setText(QStringLiteral("Press Test to try these settings; nothing is saved by a test.")); });
    step("word wrap", [](QLabel *l) { l->setWordWrap(true); });
    step("another text", [](QLabel *l) { l->setText(QStringLiteral("The server rejected the user name or password.")); });
    step("font", [](QLabel *l) {
        QFont big = l->font();
        big.setPointSizeF(big.pointSizeF() * 1.7);
        big.setBold(true);
        l->setFont(big);
    });
    step("margin", [](QLabel *l) { l->setMargin(7); });
    step("indent", [](QLabel *l) { l->setIndent(23); });
    step("contents margins", [](QLabel *l) { l->setContentsMargins(3, 5, 11, 13); });
    step("alignment", [](QLabel *l) { l->setAlignment(Qt::AlignRight | Qt::AlignBottom); });
    step("minimum size", [](QLabel *l) { l->setMinimumSize(250, 60); });
    step("rich text", [](QLabel *l) {
        l->setTextFormat(Qt::RichText);
        l->setText(QStringLiteral("<b>Fix:</b> switch to <i>465</i> and implicit TLS"));
    });
    step("plain text with a mnemonic", [](QLabel *l) {
        l->setTextInteractionFlags(Qt::NoTextInteraction);
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(false);
        l->setText(QStringLiteral("Send a test &message to:"));
    });
    step("buddy", [&pair](QLabel *l) { l->setBuddy(&pair.buddy); });
    step("escaped ampersand with a buddy", [](QLabel *l) { l->setText(QStringLiteral("Sender && &reply-to:")); });
    step("centred", [](QLabel *l) { l->setAlignment(Qt::AlignCenter); });
    step("word-wrapped again", [](QLabel *l) {
        l->setText(QStringLiteral("The server rejected the user name or password; some providers need an app password."));
        l->setWordWrap(true);
    });
    step("maximum width", [](QLabel *l) { l->setMaximumWidth(180); });
    step("style sheet", [](QLabel *l) { l->setStyleSheet(QStringLiteral("padding: 9px; font-size: 20px")); });
    step("empty text", [](QLabel *l) { l->setText(QString()); });
    step("cleared", [](QLabel *l) { l->clear(); });
    step("text after clearing", [](QLabel *l) { l->setText(QStringLiteral("Fix: use apikey as the user name")); });
    step("pixmap", [](QLabel *l) {
        QPixmap picture(37, 53);
        picture.fill(Qt::darkCyan);
        l->setPixmap(picture);
    });
}

} // namespace
