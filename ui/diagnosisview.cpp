// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "diagnosisview.h"

#include "measuredlabel.h"
#include "selectablelabel.h"
#include "text/findingtext.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace selfmx::ui {

DiagnosisView::DiagnosisView(QWidget *parent)
    : QWidget(parent)
{
    m_tried = new MeasuredLabel;
    m_tried->setWordWrap(true);
    makeSelectable(m_tried, Qt::TextSelectableByMouse);
    m_tried->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_tried->setAccessibleName(tr("Settings tried"));
    m_tried->setVisible(false);

    m_findingsBox = new QWidget;
    m_findingsLayout = new QVBoxLayout(m_findingsBox);
    m_findingsLayout->setContentsMargins(0, 0, 0, 0);
    // The findings scroll when there is not room for all of them at their full height.
    m_findingsScroll = new QScrollArea;
    m_findingsScroll->setWidget(m_findingsBox);
    m_findingsScroll->setWidgetResizable(true);
    m_findingsScroll->setFrameShape(QFrame::NoFrame);
    m_findingsScroll->setAccessibleName(tr("Findings"));
    m_findingsScroll->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tried);
    layout->addWidget(m_findingsScroll, 1);
    updateVisibility();
}

void DiagnosisView::updateVisibility()
{
    setVisible(!m_tried->isHidden() || !m_findingsScroll->isHidden());
}

void DiagnosisView::setTried(const QStringList &lines)
{
    m_tried->setText(lines.join(u'\n'));
    m_tried->setVisible(true);
    updateVisibility();
}

void DiagnosisView::clearTried()
{
    m_tried->clear();
    m_tried->setVisible(false);
    updateVisibility();
}

QStringList DiagnosisView::triedText() const
{
    return m_tried->text().split(u'\n', Qt::SkipEmptyParts);
}

bool DiagnosisView::fixEnabled(int findingIndex) const
{
    const QPushButton *button = m_fixButtons.value(findingIndex);
    return button && button->isEnabled();
}

void DiagnosisView::disableFixes()
{
    for (QPushButton *button : std::as_const(m_fixButtons))
        button->setEnabled(false);
}

void DiagnosisView::hideFindings()
{
    disableFixes();
    m_findingsScroll->setVisible(false);
    updateVisibility();
}

void DiagnosisView::clearFindings()
{
    m_shownFindings.clear();
    m_fixButtons.clear();
    while (QLayoutItem *item = m_findingsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_findingsScroll->setVisible(false);
    updateVisibility();
}

void DiagnosisView::focusFirstFix()
{
    // Keyboard users land on the first fix, if there is one.
    // (a QHash: its order is not the findings' order, so the smallest index).
    if (!m_fixButtons.isEmpty()) {
        const QList<int> indexes = m_fixButtons.keys();
        m_fixButtons.value(*std::min_element(indexes.cbegin(), indexes.cend()))->setFocus(Qt::OtherFocusReason);
    }
}

void DiagnosisView::showFindings(const QList<diagnostics::Finding> &findings)
{
    if (findings == m_shownFindings && !findings.isEmpty()) {
        for (QPushButton *button : std::as_const(m_fixButtons))
            button->setEnabled(true);
        m_findingsScroll->setVisible(true);
        updateVisibility();
        focusFirstFix();
        return;
    }
    m_shownFindings = findings;
    while (QLayoutItem *item = m_findingsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_fixButtons.clear();
    const text::FindingText words(text::Audience::Window);
    for (int i = 0; i < findings.size(); ++i) {
        const diagnostics::Finding &f = findings.at(i);
        auto *frame = new QFrame;
        frame->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(frame);
        const QString title = (f.severity == diagnostics::Severity::Error ? tr("✗ %1") : tr("⚠ %1")).arg(words.title(f));
        auto *titleLabel = new MeasuredLabel(title);
        QFont bold = titleLabel->font();
        bold.setBold(true);
        titleLabel->setFont(bold);
        titleLabel->setWordWrap(true);
        layout->addWidget(titleLabel);
        const QString evidence = words.evidence(f);
        if (!evidence.isEmpty()) {
            auto *label = new MeasuredLabel(tr("What was seen: %1").arg(evidence));
            label->setWordWrap(true);
            makeSelectable(label, Qt::TextSelectableByMouse);
            layout->addWidget(label);
        }
        auto *fix = new MeasuredLabel(tr("Fix: %1").arg(words.fix(f)));
        fix->setWordWrap(true);
        makeSelectable(fix, Qt::TextSelectableByMouse);
        layout->addWidget(fix);
        if (!f.proposedChange.isEmpty()) {
            auto *button = new QPushButton(words.applyFixLabel(f));
            button->setAccessibleName(button->text());
            button->setAccessibleDescription(tr("Changes the settings as proposed; press Test again to try them. Nothing is saved."));
            connect(button, &QPushButton::clicked, this, [this, i]() { Q_EMIT fixRequested(i); });
            layout->addWidget(button, 0, Qt::AlignLeft);
            m_fixButtons.insert(i, button);
        }
        frame->setAccessibleName(title);
        m_findingsLayout->addWidget(frame);
    }
    // Room for the findings up to the first one with a fix, its Apply button included, without
    // scrolling (at most half the screen's height; more scrolls), asked of the window once the
    // layout has settled: its splitter takes it from the transcript below, down to the
    // transcript's own minimum. Not a minimum height here: more than the window has would
    // make the layout overlap the findings with the section below them. The width is the
    // owning panel's (this view may not have been laid out yet).
    int needed = 0;
    const QWidget *panel = parentWidget() ? parentWidget() : this;
    const int width = std::max(240, panel->contentsRect().width() - 24);
    for (int i = 0; i < m_findingsLayout->count(); ++i) {
        QWidget *frame = m_findingsLayout->itemAt(i)->widget();
        needed += (frame->hasHeightForWidth() ? frame->heightForWidth(width) : frame->sizeHint().height()) + m_findingsLayout->spacing();
        if (m_fixButtons.contains(i))
            break;
    }
    const int screenHeight = screen() ? screen()->availableGeometry().height() : 800;
    m_findingsWanted = std::min(needed, screenHeight / 2);
    QTimer::singleShot(0, this, &DiagnosisView::askForFindingsRoom);
    m_findingsScroll->setVisible(!findings.isEmpty());
    updateVisibility();
    focusFirstFix();
}

void DiagnosisView::askForFindingsRoom()
{
    const int shortfall = m_findingsWanted - m_findingsScroll->viewport()->height();
    if (m_findingsScroll->isVisible() && shortfall > 0)
        Q_EMIT findingsNeedRoom(shortfall);
}

} // namespace selfmx::ui
