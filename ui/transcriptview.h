// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "diagnostics/report.h"
#include "smtp/transcript.h"

#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QPushButton;
class QTreeView;

namespace selfmx::ui {

class ToneLabel;
class TranscriptModel;

// The session transcript: one row per line with its time, who sent it ("C:" the console,
// "S:" the server, "*" a note; each also in its own palette-derived colour), "[TLS]" on
// encrypted lines and a marker row where TLS starts. Copy, Save… and, after a diagnosis,
// "Save report bundle…" (text/ReportText's bundle). What it shows was redacted by the
// session already: no password can reach the view, the clipboard or a file.
class TranscriptView : public QWidget
{
    Q_OBJECT
public:
    // The model's roles beyond Qt's: who sent a line (smtp::Direction as int), whether it
    // was encrypted, and its time in ms since the session started.
    enum Role { DirectionRole = Qt::UserRole + 1, EncryptedRole, ElapsedRole, MarkerRole };
    enum Column { TimeColumn, DirectionColumn, LineColumn, ColumnCount };

    explicit TranscriptView(QWidget *parent = nullptr);
    ~TranscriptView() override;

    void clear();
    void addEntry(const smtp::TranscriptEntry &entry);
    // A line of the console's own (a diagnosis's summary): shown as a note.
    void addNote(const QString &text);
    // A finished diagnosis: its summary as notes, its transcript as lines, and the report
    // kept for "Save report bundle…".
    void showReport(const diagnostics::Report &report, const QString &summary);

    QAbstractItemModel *model() const;
    // Every line as text, as Copy and Save write it: "    12 ms  C: [TLS] EHLO host".
    QString text() const;
    bool hasReport() const { return m_report.has_value(); }
    bool saveTo(const QString &path, QString *error) const;
    bool saveBundleTo(const QString &path, QString *error) const;
    // What the last copy or save did (or why it failed): shown in the view, never only in a dialog.
    QString statusText() const;

    // What the buttons (and the window's menu) do; the file dialogs are window-modal, opened
    // without a nested event loop.
    void copyAll();
    void askSave();
    void askSaveBundle();
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *saveButton() const { return m_save; }

private:
    void showOutcome(bool ok, const QString &message);

    TranscriptModel *m_model = nullptr;
    QTreeView *m_list = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_bundle = nullptr;
    ToneLabel *m_status = nullptr;
    std::optional<diagnostics::Report> m_report;
};

} // namespace selfmx::ui
