// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "measuredlabel.h"
#include <QColor>

#include <QLabel>
#include <QPalette>

namespace selfmx::ui {

// What a coloured text means. The colour is never the only sign: every such text also says
// it in words or with a symbol (✗, ⚠, "C:"/"S:").
enum class Tone { Normal, Error, Warning, Success, Secondary, Client, Server };

// The colour of a tone in this palette: taken from the palette where it has a role for it
// (link colour, placeholder text), else a hue whose lightness follows the palette, so it
// reads on a light and on a dark window alike: opaque, and at least MinimumContrast
// against the background role (the window; a view's Base for its items).
QColor toneColor(Tone tone, const QPalette &palette, QPalette::ColorRole background = QPalette::Window);

// WCAG 2's contrast ratio of two opaque colours (1 to 21), and its minimum for normal text.
double contrastRatio(const QColor &a, const QColor &b);
inline constexpr double MinimumContrast = 4.5;

// A label in a tone that follows palette changes (a switch to a dark theme while open).
class ToneLabel : public MeasuredLabel
{
    Q_OBJECT
public:
    explicit ToneLabel(Tone tone, const QString &text = QString(), QWidget *parent = nullptr);
    void setTone(Tone tone);
    Tone tone() const { return m_tone; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTone();

    Tone m_tone;
    bool m_applying = false;
};

} // namespace selfmx::ui
