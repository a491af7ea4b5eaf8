// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "measuredlabel.h"

#include <QEvent>

namespace selfmx::ui {

bool MeasuredLabel::Inputs::operator==(const Inputs &other) const
{
    return text == other.text && font == other.font && alignment == other.alignment && wordWrap == other.wordWrap && margin == other.margin
           && indent == other.indent && contents == other.contents && minimum == other.minimum && maximum == other.maximum
           && format == other.format && interaction == other.interaction && buddy == other.buddy && dpi == other.dpi;
}

bool MeasuredLabel::keeps() const
{
    // An empty label (cleared, or an empty text: QLabel answers them differently, and
    // measuring nothing costs nothing) and a picture are left to QLabel.
    if (text().isEmpty() || movie() || !pixmap().isNull())
        return false;
    Inputs now{text(),
               font(),
               int(alignment()),
               wordWrap(),
               margin(),
               indent(),
               contentsMargins(),
               minimumSize(),
               maximumSize(),
               int(textFormat()),
               int(textInteractionFlags()),
               buddy(),
               QSize(logicalDpiX(), logicalDpiY())};
    if (!m_measured || !(now == m_inputs)) {
        m_inputs = std::move(now);
        m_measured = true;
        m_sizeHint = QSize();
        m_minimumSizeHint = QSize();
        m_heights.clear();
    }
    return true;
}

QSize MeasuredLabel::sizeHint() const
{
    if (!keeps())
        return QLabel::sizeHint();
    if (!m_sizeHint.isValid())
        m_sizeHint = QLabel::sizeHint();
    return m_sizeHint;
}

QSize MeasuredLabel::minimumSizeHint() const
{
    if (!keeps())
        return QLabel::minimumSizeHint();
    if (!m_minimumSizeHint.isValid())
        m_minimumSizeHint = QLabel::minimumSizeHint();
    return m_minimumSizeHint;
}

int MeasuredLabel::heightForWidth(int width) const
{
    if (!keeps())
        return QLabel::heightForWidth(width);
    for (const auto &[w, h] : std::as_const(m_heights)) {
        if (w == width)
            return h;
    }
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() >= 16) // a window being resized asks every width: keep the last few
        m_heights.removeFirst();
    m_heights.append({width, height});
    return height;
}

void MeasuredLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    // The style's metrics (a style sheet's padding) may change what the same text measures.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        m_measured = false;
}

} // namespace selfmx::ui
