// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The .env parser (Docker Compose's rules) and the import on top of it, on arbitrary text:
// never a crash, and the problem list stays capped however bad the file.
#include "profile/envfile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace selfmx::profile;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const EnvFile parsed = parseEnvFile(text);
    (void)parsed;
    const EnvImport imported = importEnv(text, QStringLiteral("fuzz"));
    (void)imported;
    QString region;
    (void)guessProvider(text.left(300), &region);
    return 0;
}
