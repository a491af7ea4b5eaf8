// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "windowstyle.h"

#include <QApplication>
#include <QIcon>
#include <QIconEngine>
#include <QLinearGradient>
#include <QPainter>
#include <QPointer>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace selfmx::ui {

namespace {

// A standard icon of `style`, asked for when first needed.
class DeferredStandardIcon : public QIconEngine
{
public:
    DeferredStandardIcon(QStyle *style, QStyle::StandardPixmap which)
        : m_style(style)
        , m_which(which)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override { return icon().pixmap(size, mode, state); }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override { return icon().actualSize(size, mode, state); }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override { return icon().availableSizes(mode, state); }
    bool isNull() override { return icon().isNull(); }
    QIconEngine *clone() const override
    {
        auto *copy = new DeferredStandardIcon(m_style, m_which);
        copy->m_icon = m_icon;
        copy->m_resolved = m_resolved;
        return copy;
    }

private:
    const QIcon &icon()
    {
        if (!m_resolved && m_style) {
            m_icon = m_style->standardIcon(m_which);
            m_resolved = true;
        }
        return m_icon;
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_which;
    QIcon m_icon;
    bool m_resolved = false;
};

// `color` drawn over `under` at `alpha` (0 to 255), as one opaque colour.
QColor over(const QColor &under, const QColor &color, int alpha)
{
    const auto mix = [alpha](int a, int b) { return (b * alpha + a * (255 - alpha) + 127) / 255; };
    return QColor(mix(under.red(), color.red()), mix(under.green(), color.green()), mix(under.blue(), color.blue()));
}

// A header section as Fusion draws one (a faint vertical gradient of the button colour, the
// outline below it, a separator after every section but the last), in opaque colours only.
// Fusion draws its lines in translucent colours, and Qt's raster engine hands every
// translucent fill of more than 96 lines or pixels to its thread pool, in pieces: the
// window's two headers started two threads and handed them fifteen pieces before its first
// paint, each a wake-up and a wait, while the X server needs the other core (README,
// "Window start").
void drawHeaderSection(const QStyleOptionHeader &header, QPainter *painter)
{
    const QRect r = header.rect;
    const QColor button = header.palette.color(QPalette::Button);
    const bool sunken = header.state & QStyle::State_Sunken;
    QLinearGradient gradient(r.topLeft(), r.bottomLeft());
    gradient.setColorAt(0, sunken ? button.darker(110) : button.lighter(104));
    gradient.setColorAt(1, sunken ? button.darker(106) : button.darker(102));
    painter->fillRect(r, gradient);
    const QColor outline = header.palette.color(QPalette::Window).darker(140);
    const QColor separator = over(button, Qt::black, 40);
    const bool last = header.position == QStyleOptionHeader::End || header.position == QStyleOptionHeader::OnlyOneSection;
    if (header.orientation == Qt::Horizontal) {
        painter->fillRect(QRect(r.left(), r.bottom(), r.width(), 1), outline);
        if (!last)
            painter->fillRect(QRect(r.right(), r.top(), 1, r.height() - 1), separator);
    } else {
        painter->fillRect(QRect(r.right(), r.top(), 1, r.height()), outline);
        if (!last)
            painter->fillRect(QRect(r.left(), r.bottom(), r.width() - 1, 1), separator);
    }
}

class WindowStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override
    {
        if (element == CE_HeaderSection && baseStyle()->name() == QLatin1String("fusion")) {
            if (const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option)) {
                drawHeaderSection(*header, painter);
                return;
            }
        }
        QProxyStyle::drawControl(element, option, painter, widget);
    }

    QIcon standardIcon(StandardPixmap which, const QStyleOption *option, const QWidget *widget) const override
    {
        if (which == SP_ToolBarHorizontalExtensionButton || which == SP_ToolBarVerticalExtensionButton)
            return QIcon(new DeferredStandardIcon(baseStyle(), which));
        return QProxyStyle::standardIcon(which, option, widget);
    }
};

} // namespace

void installWindowStyle()
{
    // Over the style the application chose (a -style option or QT_STYLE_OVERRIDE included),
    // not the desktop's default, which a QProxyStyle without a base would take.
    QStyle *base = QStyleFactory::create(QApplication::style()->name());
    if (!base)
        return;                                    // a style the factory cannot make again: keep it as it is
    QApplication::setStyle(new WindowStyle(base)); // owns its base; the application owns it
}

} // namespace selfmx::ui
