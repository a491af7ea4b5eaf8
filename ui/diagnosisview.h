// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "diagnostics/finding.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace selfmx::ui {

// The diagnosis of the last test: its findings (as given: errors, then warnings), each with
// its title, what was seen and the fix, and an "Apply fix" button where the finding proposes
// a settings change; and what "Find working settings" tried. Presentation only: the
// TestPanel that owns it runs the test and the search, and applies a fix when asked
// (fixRequested). Shown only while it has something to show.
class DiagnosisView : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosisView(QWidget *parent = nullptr);

    // Shows these findings with their fixes enabled, the keyboard on the first fix. The same
    // findings as shown last reuse their widgets.
    void showFindings(const QList<diagnostics::Finding> &findings);
    // While a test runs the findings are out of sight and their fixes off; the widgets stay.
    void hideFindings();
    void clearFindings();
    // A fix belongs to the settings it was found for: off once they change.
    void disableFixes();
    // The "Apply fix" button of a finding (null when it proposes no change).
    QPushButton *fixButton(int findingIndex) const { return m_fixButtons.value(findingIndex); }
    bool fixEnabled(int findingIndex) const;

    // What "Find working settings" tried, a line per candidate; clearTried() hides them.
    void setTried(const QStringList &lines);
    void clearTried();
    QStringList triedText() const;

Q_SIGNALS:
    void fixRequested(int findingIndex);
    // The findings shown want `pixels` more height than they have (up to the first one with a
    // fix); the window may give it from the transcript below.
    void findingsNeedRoom(int pixels);

private:
    void askForFindingsRoom();
    void focusFirstFix();
    void updateVisibility();

    QLabel *m_tried = nullptr;
    QWidget *m_findingsBox = nullptr;
    QScrollArea *m_findingsScroll = nullptr;
    QVBoxLayout *m_findingsLayout = nullptr;
    int m_findingsWanted = 0; // the findings' height up to the first one with a fix
    QHash<int, QPushButton *> m_fixButtons;
    QList<diagnostics::Finding> m_shownFindings; // what the finding widgets show
};

} // namespace selfmx::ui
