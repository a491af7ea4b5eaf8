// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "measuredlabel.h"

#include <QEvent>

namespace selfmx::ui {

bool MeasuredLabel::Inputs::operator==(const Inputs &other) const
{
    return text == other.text && font == other.font && alignment == other.alignment && wordWrap == other.wordWrap && margin == other.margin
           && indent == other.indent && contents == other.contents && minimum == other.minimum && format == other.format
           && interaction == other.interaction && buddy == other.buddy;
}

void MeasuredLabel::validate() const
{
    Inputs now{text(),
               font(),
               int(alignment()),
               wordWrap(),
               margin(),
               indent(),
               contentsMargins(),
               minimumSize(),
               int(textFormat()),
               int(textInteractionFlags()),
               buddy()};
    if (m_measured && now == m_inputs)
        return;
    m_inputs = std::move(now);
    m_measured = true;
    m_sizeHint = QSize();
    m_minimumSizeHint = QSize();
    m_heights.clear();
}

QSize MeasuredLabel::sizeHint() const
{
    validate();
    if (!m_sizeHint.isValid())
        m_sizeHint = QLabel::sizeHint();
    return m_sizeHint;
}

QSize MeasuredLabel::minimumSizeHint() const
{
    validate();
    if (!m_minimumSizeHint.isValid())
        m_minimumSizeHint = QLabel::minimumSizeHint();
    return m_minimumSizeHint;
}

int MeasuredLabel::heightForWidth(int width) const
{
    validate();
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
    // The style's metrics, the screen's resolution or the direction may change what the same
    // text measures.
    switch (event->type()) {
    case QEvent::StyleChange:
    case QEvent::FontChange:
    case QEvent::ScreenChangeInternal:
    case QEvent::LayoutDirectionChange: m_measured = false; break;
    default: break;
    }
}

} // namespace selfmx::ui
