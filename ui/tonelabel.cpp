// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "tonelabel.h"

#include <QEvent>

namespace selfmx::ui {

QColor toneColor(Tone tone, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    // Light windows get dark, saturated text; dark windows light, softer text (WCAG-ish
    // contrast against the palette's own window colour either way).
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

ToneLabel::ToneLabel(Tone tone, const QString &text, QWidget *parent)
    : QLabel(text, parent)
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
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyTone();
}

void ToneLabel::applyTone()
{
    m_applying = true;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, toneColor(m_tone, p));
    setPalette(p);
    m_applying = false;
}

} // namespace selfmx::ui
