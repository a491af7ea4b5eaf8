// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "tonelabel.h"

#include <QApplication>
#include <QEvent>

#include <algorithm>
#include <cmath>

namespace selfmx::ui {

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// A colour with transparency as it shows over the background.
QColor over(const QColor &c, const QColor &background)
{
    const double a = c.alphaF();
    return QColor::fromRgbF(float(c.redF() * a + background.redF() * (1 - a)), float(c.greenF() * a + background.greenF() * (1 - a)),
                            float(c.blueF() * a + background.blueF() * (1 - a)));
}

QColor paletteTone(Tone tone, const QPalette &palette, bool dark)
{
    // Light windows get dark, saturated text; dark windows light, softer text.
    const int lightness = dark ? 175 : 85;
    switch (tone) {
    case Tone::Normal:
    case Tone::Server: return palette.color(QPalette::WindowText);
    case Tone::Secondary: return palette.color(QPalette::PlaceholderText);
    case Tone::Client: return palette.color(QPalette::Link);
    case Tone::Error: return QColor::fromHsl(0, 170, lightness);
    case Tone::Warning: return QColor::fromHsl(32, 200, dark ? 165 : 70);
    case Tone::Success: return QColor::fromHsl(130, 140, dark ? 165 : 65);
    }
    return palette.color(QPalette::WindowText);
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor toneColor(Tone tone, const QPalette &palette, QPalette::ColorRole background)
{
    const QColor behind = palette.color(background);
    const bool dark = behind.lightness() < 128;
    // The palette's own colour or hue, made opaque and, where it reads poorly against the
    // background (a link blue on a dark window, a half-transparent placeholder grey), moved
    // away from it in lightness until it reaches the 4.5:1 of WCAG's normal text.
    QColor color = over(paletteTone(tone, palette, dark), behind);
    for (int step = 0; step < 52 && contrastRatio(color, behind) < MinimumContrast; ++step) {
        const int lightness = std::clamp(color.lightness() + (dark ? 5 : -5), 0, 255);
        color = QColor::fromHsl(std::max(0, color.hslHue()), color.hslSaturation(), lightness);
    }
    return color;
}

ToneLabel::ToneLabel(Tone tone, const QString &text, QWidget *parent)
    : MeasuredLabel(text, parent)
    , m_tone(tone)
{
    applyTone();
}

void ToneLabel::setTone(Tone tone)
{
    m_tone = tone;
    applyTone();
}

void ToneLabel::changeEvent(QEvent *event)
{
    MeasuredLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyTone();
}

void ToneLabel::applyTone()
{
    // From the palette this label inherits (its parent's, or the application's for a
    // window), not its own, which holds the previous tone. Only the text colour is set
    // here, so every other role keeps following the palette (a switch to a dark theme).
    const QPalette inherited = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    QPalette own;
    own.setColor(QPalette::WindowText, toneColor(m_tone, inherited));
    m_applying = true;
    setPalette(own);
    m_applying = false;
}

} // namespace selfmx::ui
