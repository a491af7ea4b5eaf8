// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "transcriptview.h"

#include "selectablelabel.h"
#include "text/reporttext.h"
#include "tonelabel.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTreeView>
#include <QVBoxLayout>

namespace selfmx::ui {

// The rows of the view. Colours are asked of the view's palette when painted, so a theme
// switch recolours the lines.
class TranscriptModel : public QAbstractTableModel
{
public:
    struct Row {
        smtp::TranscriptEntry entry;
        bool marker = false; // "TLS from here on"
    };

    explicit TranscriptModel(QWidget *view)
        : QAbstractTableModel(view)
        , m_view(view)
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : TranscriptView::ColumnCount; }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case TranscriptView::TimeColumn: return TranscriptView::tr("Time");
        //: Column of the transcript: who sent the line (C: the console, S: the server)
        case TranscriptView::DirectionColumn: return TranscriptView::tr("From");
        case TranscriptView::LineColumn: return TranscriptView::tr("Line");
        default: return {};
        }
    }

    static QString prefix(smtp::Direction direction)
    {
        switch (direction) {
        case smtp::Direction::Client: return QStringLiteral("C:");
        case smtp::Direction::Server: return QStringLiteral("S:");
        case smtp::Direction::Info: return QStringLiteral("*");
        }
        return {};
    }

    static QString lineText(const Row &row)
    {
        if (row.marker)
            //: A marker row in the transcript where the connection becomes encrypted
            return TranscriptView::tr("── TLS from here on: every line below is encrypted ──");
        return (row.entry.encrypted ? QStringLiteral("[TLS] ") : QString()) + QString::fromUtf8(row.entry.line);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const Row &row = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            //: Time of a transcript line since the session started
            case TranscriptView::TimeColumn: return TranscriptView::tr("%1 ms").arg(row.entry.elapsedMs);
            case TranscriptView::DirectionColumn: return row.marker ? QStringLiteral("*") : prefix(row.entry.direction);
            case TranscriptView::LineColumn: return lineText(row);
            default: return {};
            }
        case Qt::ToolTipRole:
            if (row.marker)
                return {};
            switch (row.entry.direction) {
            case smtp::Direction::Client: return TranscriptView::tr("Sent by the console");
            case smtp::Direction::Server: return TranscriptView::tr("Sent by the server");
            case smtp::Direction::Info: return TranscriptView::tr("A note from the console");
            }
            return {};
        case Qt::ForegroundRole: {
            Tone tone = Tone::Secondary;
            if (!row.marker && row.entry.direction == smtp::Direction::Client)
                tone = Tone::Client;
            else if (!row.marker && row.entry.direction == smtp::Direction::Server)
                tone = Tone::Server;
            return toneColor(tone, m_view->palette(), QPalette::Base); // the list's own background
        }
        case Qt::FontRole:
            // The lines in a fixed-width font, the header in the window's: the fixed font is
            // loaded when the first line is shown, not with the window (README, "Window start").
            return m_lineFont;
        case TranscriptView::DirectionRole: return int(row.entry.direction);
        case TranscriptView::EncryptedRole: return row.entry.encrypted;
        case TranscriptView::ElapsedRole: return row.entry.elapsedMs;
        case TranscriptView::MarkerRole: return row.marker;
        default: return {};
        }
    }

    void clear()
    {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }

    void append(const smtp::TranscriptEntry &entry)
    {
        const bool tlsStarts = entry.encrypted && (m_rows.isEmpty() || !m_rows.constLast().entry.encrypted);
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()) + (tlsStarts ? 1 : 0));
        if (tlsStarts) {
            Row marker;
            marker.entry.direction = smtp::Direction::Info;
            marker.entry.elapsedMs = entry.elapsedMs;
            marker.entry.encrypted = true;
            marker.marker = true;
            m_rows.append(marker);
        }
        m_rows.append({entry, false});
        endInsertRows();
    }

    QString text() const
    {
        QString all;
        for (const Row &row : m_rows) {
            const QString who = row.marker ? QStringLiteral("*") : prefix(row.entry.direction);
            all += QStringLiteral("%1 ms  ").arg(row.entry.elapsedMs, 6) + who.leftJustified(3) + lineText(row) + u'\n';
        }
        return all;
    }

private:
    QWidget *m_view;
    QList<Row> m_rows;
    // Asked for every cell painted or measured: one description, not one per cell (a font's
    // description is cheap; its glyphs load when a line is first laid out).
    const QFont m_lineFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
};

TranscriptView::TranscriptView(QWidget *parent)
    : QWidget(parent)
{
    m_model = new TranscriptModel(this);
    m_list = new QTreeView;
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(DirectionColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setAccessibleName(tr("Transcript columns"));
    m_list->setAccessibleName(tr("Transcript"));
    m_list->setAccessibleDescription(
        tr("The SMTP conversation line by line: C: sent by the console, S: sent by the server, * a note. Passwords are never shown."));

    m_copy = new QPushButton(tr("Copy"));
    m_copy->setAccessibleName(tr("Copy the transcript"));
    m_copy->setAccessibleDescription(tr("Copies every line of the transcript to the clipboard; passwords are never in it"));
    m_save = new QPushButton(tr("Save as text…"));
    m_save->setAccessibleName(tr("Save the transcript to a file"));
    m_save->setAccessibleDescription(tr("Writes the transcript to a text file you choose; passwords are never in it"));
    m_bundle = new QPushButton(tr("Save report bundle…"));
    m_bundle->setAccessibleName(tr("Save a report bundle for a support request"));
    m_bundle->setAccessibleDescription(tr("The diagnosis, the settings without secrets, and the transcript, in one file"));
    m_bundle->setEnabled(false);
    m_bundle->setToolTip(tr("Available after a diagnosis"));
    m_status = new ToneLabel(Tone::Secondary);
    m_status->setWordWrap(true);
    makeSelectable(m_status, Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addWidget(m_bundle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setTabOrder(m_list, m_copy);
    setTabOrder(m_copy, m_save);
    setTabOrder(m_save, m_bundle);

    connect(m_copy, &QPushButton::clicked, this, &TranscriptView::copyAll);
    connect(m_save, &QPushButton::clicked, this, &TranscriptView::askSave);
    connect(m_bundle, &QPushButton::clicked, this, &TranscriptView::askSaveBundle);
}

TranscriptView::~TranscriptView() = default;

QAbstractItemModel *TranscriptView::model() const
{
    return m_model;
}

void TranscriptView::clear()
{
    m_model->clear();
    m_report.reset();
    m_bundle->setEnabled(false);
    m_status->clear();
}

void TranscriptView::addEntry(const smtp::TranscriptEntry &entry)
{
    m_model->append(entry);
    m_list->scrollToBottom();
}

void TranscriptView::addNote(const QString &text)
{
    smtp::TranscriptEntry note;
    note.direction = smtp::Direction::Info;
    note.line = text.toUtf8();
    m_model->append(note);
}

void TranscriptView::showReport(const diagnostics::Report &report, const QString &summary)
{
    clear();
    for (const QString &line : summary.split(u'\n'))
        addNote(line);
    // Report::transcript is the session's transcript as text (TranscriptEntry::toString per
    // line): read it back into lines so client and server stay told apart.
    static const QRegularExpression entryLine(QStringLiteral("^\\s*(\\d+) ms  (C: |S: |\\*  )(\\[TLS\\] )?(.*)$"));
    for (const QString &line : report.transcript.split(u'\n', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = entryLine.match(line);
        smtp::TranscriptEntry entry;
        if (match.hasMatch()) {
            entry.elapsedMs = match.captured(1).toLongLong();
            const QString who = match.captured(2);
            entry.direction = who.startsWith(u'C')   ? smtp::Direction::Client
                              : who.startsWith(u'S') ? smtp::Direction::Server
                                                     : smtp::Direction::Info;
            entry.encrypted = match.hasCaptured(3) && !match.captured(3).isEmpty();
            entry.line = match.captured(4).toUtf8();
        } else {
            entry.line = line.toUtf8();
        }
        m_model->append(entry);
    }
    m_report = report;
    m_bundle->setEnabled(true);
    m_bundle->setToolTip(QString());
}

QString TranscriptView::text() const
{
    return m_model->text();
}

QString TranscriptView::statusText() const
{
    return m_status->text();
}

void TranscriptView::showOutcome(bool ok, const QString &message)
{
    m_status->setTone(ok ? Tone::Secondary : Tone::Error);
    m_status->setText(message);
}

void TranscriptView::copyAll()
{
    QApplication::clipboard()->setText(text());
    showOutcome(true, tr("Transcript copied"));
}

namespace {

bool writeFile(const QString &path, const QString &content, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content.toUtf8()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

bool TranscriptView::saveTo(const QString &path, QString *error) const
{
    return writeFile(path, text(), error);
}

bool TranscriptView::saveBundleTo(const QString &path, QString *error) const
{
    if (!m_report) {
        *error = tr("There is no diagnosis to put in a bundle yet");
        return false;
    }
    return writeFile(path, text::ReportText(text::Audience::Window).bundle(*m_report), error);
}

void TranscriptView::askSave()
{
    // A non-modal file dialog: the event loop keeps running while it is open.
    auto *dialog = new QFileDialog(this, tr("Save transcript"), QString(), tr("Text files (*.txt);;All files (*)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("txt"));
    dialog->selectFile(QStringLiteral("transcript.txt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (saveTo(path, &error))
            showOutcome(true, tr("Transcript saved to %1").arg(path));
        else
            showOutcome(false, tr("✗ Could not save %1: %2").arg(path, error));
    });
    dialog->open();
}

void TranscriptView::askSaveBundle()
{
    auto *dialog = new QFileDialog(this, tr("Save report bundle"), QString(), tr("Text files (*.txt);;All files (*)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("txt"));
    dialog->selectFile(QStringLiteral("selfmx-report.txt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (saveBundleTo(path, &error))
            showOutcome(true, tr("Report bundle saved to %1 (no passwords in it)").arg(path));
        else
            showOutcome(false, tr("✗ Could not save %1: %2").arg(path, error));
    });
    dialog->open();
}

} // namespace selfmx::ui
