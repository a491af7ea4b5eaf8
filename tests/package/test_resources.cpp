// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The providers' marks (resources/providers): one per provider preset, reachable as
// ":/providers/KEY.svg", an SVG whose title is the provider's name.
#include "profile/profile.h"

#include <QFile>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

using selfmx::profile::ProviderPreset;

TEST(ProviderMarks, EveryPresetHasAnSvgMarkTitledWithItsName)
{
    for (const ProviderPreset &preset : selfmx::profile::presets()) {
        QFile file(QStringLiteral(":/providers/") + preset.key + QStringLiteral(".svg"));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << preset.key.toStdString();
        QXmlStreamReader xml(&file);
        QString root;
        QString title;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (root.isEmpty())
                root = xml.name().toString();
            if (xml.name() == u"title")
                title = xml.readElementText();
        }
        EXPECT_FALSE(xml.hasError()) << preset.key.toStdString() << ": " << xml.errorString().toStdString();
        EXPECT_EQ(root, QStringLiteral("svg")) << preset.key.toStdString();
        EXPECT_EQ(title, preset.displayName) << preset.key.toStdString();
    }
}

} // namespace
