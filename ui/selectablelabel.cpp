// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "selectablelabel.h"

#include <QEvent>
#include <QLabel>
#include <QVariant>

namespace selfmx::ui {

namespace {

constexpr char FlagsProperty[] = "_selfmx_selectableFlags";

// One filter for every such label: the label carries its own flags.
class SelectOnDemand : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Enter)
            return false;
        auto *label = qobject_cast<QLabel *>(watched);
        if (!label)
            return false;
        label->removeEventFilter(this);
        const auto flags = Qt::TextInteractionFlags(label->property(FlagsProperty).toInt());
        label->setProperty(FlagsProperty, QVariant());
        label->setTextInteractionFlags(flags); // the label handles this event with them
        return false;
    }
};

SelectOnDemand *filter()
{
    static auto *one = new SelectOnDemand; // lives as long as the program
    return one;
}

} // namespace

void makeSelectable(QLabel *label, Qt::TextInteractionFlags flags)
{
    if (flags & (Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByKeyboard)) {
        label->setTextInteractionFlags(flags); // focusable now: see the header
        return;
    }
    label->setProperty(FlagsProperty, int(flags));
    label->installEventFilter(filter());
}

} // namespace selfmx::ui
