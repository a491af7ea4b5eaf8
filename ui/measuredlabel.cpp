// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "measuredlabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QStyle>
#include <QStyleOption>
#include <QTextDocument>

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

bool MeasuredLabel::isOnePlainLine() const
{
    // A minimum size is left to QLabel too: it widens some of its answers by it, and keeps
    // others measured before it was set. So is an '&' without a buddy: QLabel goes on hiding
    // a mnemonic's '&' after the buddy goes (until the text changes), a history the label's
    // properties do not show.
    if (wordWrap() || focusPolicy() != Qt::NoFocus || minimumSize() != QSize(0, 0)
        || (textInteractionFlags() & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::TextEditable))
        || (!buddy() && text().contains(QLatin1Char('&'))))
        return false;
    switch (textFormat()) {
    case Qt::PlainText: return true;
    case Qt::AutoText: return !Qt::mightBeRichText(text());
    default: return false;
    }
}

QSize MeasuredLabel::onePlainLineSize() const
{
    // QLabel measures at no width, at no limit and at zero width; without wrapping the
    // line's extent is the same in all three, so one measurement answers them.
    const QFontMetrics metrics = fontMetrics();
    const Qt::LayoutDirection direction = text().isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    const Qt::Alignment align = QStyle::visualAlignment(direction, alignment());
    int extraWidth = 2 * margin();
    int extraHeight = extraWidth;
    int indentation = indent();
    if (indentation < 0 && frameWidth() != 0) // no indent set, but a frame: half an 'x' on either side
        indentation = metrics.horizontalAdvance(QLatin1Char('x')) - 2 * margin();
    if (indentation > 0) {
        if (align & (Qt::AlignLeft | Qt::AlignRight))
            extraWidth += indentation;
        if (align & (Qt::AlignTop | Qt::AlignBottom))
            extraHeight += indentation;
    }
    // QLabel always expands tabs; with a buddy (above), a mnemonic's '&' is not drawn.
    int flags = int(align & ~(Qt::AlignVCenter | Qt::AlignHCenter)) | Qt::TextExpandTabs;
    if (text().contains(QLatin1Char('&'))) {
        flags |= Qt::TextShowMnemonic;
        QStyleOption option;
        option.initFrom(this);
        if (!style()->styleHint(QStyle::SH_UnderlineShortcut, &option, this))
            flags |= Qt::TextHideMnemonic;
    }
    const QMargins contents = contentsMargins();
    const QRect bounds = metrics.boundingRect(0, 0, 2000, 2000, flags, text());
    return {bounds.width() + extraWidth + contents.left() + contents.right(),
            bounds.height() + extraHeight + contents.top() + contents.bottom()};
}

QSize MeasuredLabel::sizeHint() const
{
    if (!keeps())
        return QLabel::sizeHint();
    if (!m_sizeHint.isValid())
        (void)minimumSizeHint(); // measures both, as QLabel does
    return m_sizeHint.isValid() ? m_sizeHint : QLabel::sizeHint();
}

QSize MeasuredLabel::minimumSizeHint() const
{
    if (!keeps())
        return QLabel::minimumSizeHint();
    if (!m_minimumSizeHint.isValid()) {
        ensurePolished(); // a style sheet's font and padding first, as QLabel does
        if (!keeps())     // looked at again: polishing may have set the font
            return QLabel::minimumSizeHint();
        if (isOnePlainLine()) {
            m_sizeHint = m_minimumSizeHint = onePlainLineSize();
        } else {
            m_minimumSizeHint = QLabel::minimumSizeHint();
            m_sizeHint = QLabel::sizeHint(); // kept by QLabel from the same measurement
        }
    }
    return m_minimumSizeHint;
}

int MeasuredLabel::heightForWidth(int width) const
{
    if (!keeps())
        return QLabel::heightForWidth(width);
    if (isOnePlainLine()) // an unwrapped line is as high at every width
        return sizeHint().height();
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
