// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QFont>
#include <QLabel>
#include <QList>
#include <QMargins>
#include <QPair>

namespace selfmx::ui {

// A text label that measures its text once per text, font and width. QLabel works out its
// size hints from scratch each time they are invalid (its text laid out three times: at no
// width, at no limit and at zero width) and, word-wrapped, its height for every width a
// layout asks, again each time: both reshape the whole text. The window asks the same
// labels the same questions many times before its first paint (a word-wrapped line was
// asked its height for 33 widths, 10 of them different). The answers are kept while
// everything they depend on (text, font, wrapping, alignment, margins, indent, minimum and
// maximum size, text format and interaction, buddy, the screen's logical resolution) stays
// the same, and a style or font change drops them. An empty label, a pixmap or a movie is
// left to QLabel.
class MeasuredLabel : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Inputs {
        QString text;
        QFont font;
        int alignment = 0;
        bool wordWrap = false;
        int margin = 0;
        int indent = 0;
        QMargins contents;
        QSize minimum;
        QSize maximum;
        int format = 0;
        int interaction = 0;
        const QWidget *buddy = nullptr;
        QSize dpi;
        bool operator==(const Inputs &other) const;
    };
    // Whether the answers are kept for this label; drops them when any input changed since.
    bool keeps() const;
    // Whether QLabel would lay the text out as one unwrapped plain line.
    bool isOnePlainLine() const;
    // What QLabel's three measurements of such a line all give.
    QSize onePlainLineSize() const;

    mutable Inputs m_inputs;
    mutable bool m_measured = false;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    mutable QList<QPair<int, int>> m_heights; // width -> height
};

} // namespace selfmx::ui
