// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "windowstyle.h"

#include <QApplication>
#include <QIcon>
#include <QIconEngine>
#include <QLinearGradient>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QPointer>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>

#include <cmath>

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

// A header section like Fusion's, simpler (a faint vertical gradient of the button colour, the
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

// How wide the ends of a sliced panel are: wider than a Fusion corner with its antialiased
// edge and its inner lines.
constexpr int SliceEnd = 6;

// What else than the state and palette the panel's pixels depend on.
int panelFeatures(const QStyleOption &option)
{
    if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(&option))
        return int(button->features);
    if (const auto *frame = qstyleoption_cast<const QStyleOptionFrame *>(&option))
        return int(frame->features) | frame->lineWidth << 8 | frame->midLineWidth << 16 | int(frame->frameShape) << 24;
    return 0;
}

class WindowStyle : public QProxyStyle
{
public:
    explicit WindowStyle(QStyle *base)
        : QProxyStyle(base)
        , m_overFusion(base->name() == QLatin1String("fusion"))
    {
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override
    {
        if ((element == PE_PanelButtonCommand || element == PE_FrameLineEdit) && drawSliced(element, *option, painter, widget))
            return;
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override
    {
        if (element == CE_HeaderSection && m_overFusion) {
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

private:
    // A push button's panel or a line edit's frame, as Fusion draws it, from a slice of it:
    // Fusion draws each as an antialiased rounded rectangle, the same along its width but for
    // its ends, and rasterising one cost about 0.14 M instructions, a quarter of the window's
    // first paint (README, "Window start"). The slice (both ends and one column between
    // them, Fusion's own pixels) is drawn once per height, state and palette, and the column
    // is repeated across the width. Where the result could differ, Fusion draws it itself:
    // another paint engine than the raster one (a PDF, a picture: vectors stay vectors), a
    // rotated, sheared or fractionally scaled or placed painter, translucency, a brush the
    // caller left set (Fusion's frame fills with it), a flat button (drawn straight onto the
    // caller's painter), a panel too narrow for its ends, an option of another kind.
    bool drawSliced(PrimitiveElement element, const QStyleOption &option, QPainter *painter, const QWidget *widget) const
    {
        const QRect r = option.rect;
        const QTransform toDevice = painter->deviceTransform(); // the device pixel ratio included
        const int scale = qRound(toDevice.m11());
        const QPaintEngine *engine = painter->paintEngine();
        const auto *button = qstyleoption_cast<const QStyleOptionButton *>(&option);
        const bool sliceable = element == PE_FrameLineEdit ? qstyleoption_cast<const QStyleOptionFrame *>(&option) != nullptr
                                                           : button != nullptr || option.type == QStyleOption::SO_Default;
        if (!sliceable || !m_overFusion || r.width() <= 2 * SliceEnd + 1 || r.height() <= 0 || engine == nullptr
            || engine->type() != QPaintEngine::Raster || toDevice.type() > QTransform::TxScale || scale < 1 || toDevice.m11() != scale
            || toDevice.m22() != scale || toDevice.dx() != std::floor(toDevice.dx()) || toDevice.dy() != std::floor(toDevice.dy())
            || painter->opacity() != 1.0 || painter->compositionMode() != QPainter::CompositionMode_SourceOver
            || painter->brush().style() != Qt::NoBrush || (button != nullptr && button->features.testFlag(QStyleOptionButton::Flat)))
            return false;
        const QString key = QStringLiteral("selfmx-slice-%1-%2-%3-%4-%5-%6-%7-%8")
                                .arg(int(element))
                                .arg(r.height())
                                .arg(uint(option.state))
                                .arg(option.palette.cacheKey())
                                .arg(int(option.palette.currentColorGroup()))
                                .arg(scale)
                                .arg(panelFeatures(option))
                                .arg(int(option.direction));
        QPixmap slice;
        if (!QPixmapCache::find(key, &slice)) {
            const QRect sliceRect(0, 0, 2 * SliceEnd + 1, r.height());
            slice = QPixmap(sliceRect.size() * scale);
            slice.setDevicePixelRatio(scale);
            slice.fill(Qt::transparent);
            QPainter slicePainter(&slice);
            // The option's own kind, the subclass Fusion reads, moved to the slice (copies
            // on the stack: QStyleOption's destructor is not virtual).
            const auto drawMoved = [&](auto moved) {
                moved.rect = sliceRect;
                baseStyle()->drawPrimitive(element, &moved, &slicePainter, widget);
            };
            if (button != nullptr)
                drawMoved(QStyleOptionButton(*button));
            else if (const auto *frame = qstyleoption_cast<const QStyleOptionFrame *>(&option))
                drawMoved(QStyleOptionFrame(*frame));
            else
                drawMoved(QStyleOption(option)); // a tool button's panel: a plain option
            slicePainter.end();
            QPixmapCache::insert(key, slice);
        }
        const int h = r.height() * scale;
        const int end = SliceEnd * scale;
        painter->drawPixmap(QRect(r.left(), r.top(), SliceEnd, r.height()), slice, QRect(0, 0, end, h));
        painter->drawPixmap(QRect(r.left() + SliceEnd, r.top(), r.width() - 2 * SliceEnd, r.height()), slice, QRect(end, 0, scale, h));
        painter->drawPixmap(QRect(r.right() + 1 - SliceEnd, r.top(), SliceEnd, r.height()), slice, QRect(end + scale, 0, end, h));
        return true;
    }

    const bool m_overFusion; // the base is Fusion, whose drawing the header and the slices know
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
