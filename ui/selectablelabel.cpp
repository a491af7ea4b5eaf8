// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "selectablelabel.h"

#include <QAccessible>
#include <QEvent>
#include <QLabel>
#include <QList>
#include <QPointer>
#include <QVariant>

#include <utility>

namespace selfmx::ui {

namespace {

constexpr char FlagsProperty[] = "_selfmx_selectableFlags";

// One filter for every such label: the label carries its own flags. It also watches for an
// assistive technology coming on (a screen reader started after the window), which makes
// the labels selectable by keyboard focusable at once.
class SelectOnDemand : public QObject, public QAccessible::ActivationObserver
{
public:
    SelectOnDemand() { QAccessible::installActivationObserver(this); }

    void defer(QLabel *label, Qt::TextInteractionFlags flags)
    {
        label->setProperty(FlagsProperty, int(flags));
        label->installEventFilter(this);
        if (flags & Qt::TextSelectableByKeyboard) {
            m_focusable.removeAll(nullptr);
            m_focusable.append(label);
        }
    }

    void accessibilityActiveChanged(bool active) override
    {
        if (!active)
            return;
        const QList<QPointer<QLabel>> labels = std::exchange(m_focusable, {});
        for (QLabel *label : labels) {
            if (label)
                apply(label);
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Enter)
            return false;
        if (auto *label = qobject_cast<QLabel *>(watched))
            apply(label); // the label handles this event with its flags
        return false;
    }

private:
    void apply(QLabel *label)
    {
        const QVariant flags = label->property(FlagsProperty);
        if (!flags.isValid())
            return;
        label->removeEventFilter(this);
        label->setProperty(FlagsProperty, QVariant());
        label->setTextInteractionFlags(Qt::TextInteractionFlags(flags.toInt()));
    }

    QList<QPointer<QLabel>> m_focusable; // deferred labels selectable by keyboard
};

SelectOnDemand *filter()
{
    static auto *one = new SelectOnDemand; // lives as long as the program
    return one;
}

} // namespace

void makeSelectable(QLabel *label, Qt::TextInteractionFlags flags)
{
    // Links by keyboard are in the Tab chain; with an assistive technology on, a label
    // selectable by keyboard must take the focus it asks for: both get their flags now.
    if ((flags & Qt::LinksAccessibleByKeyboard) || ((flags & Qt::TextSelectableByKeyboard) && QAccessible::isActive())) {
        label->setTextInteractionFlags(flags);
        return;
    }
    filter()->defer(label, flags);
}

} // namespace selfmx::ui
