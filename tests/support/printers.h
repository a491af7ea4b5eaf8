// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

// GoogleTest printers: failures say "Stage::Auth", not "4-byte object <06-00 00-00>".
#include "smtp/types.h"

#include <QMetaEnum>

#include <optional>
#include <ostream>

namespace selfmx::smtp {

template<typename E>
void printEnum(E value, std::ostream *os)
{
    const char *key = QMetaEnum::fromType<E>().valueToKey(int(value));
    *os << (key ? key : "?");
}

inline void PrintTo(Stage v, std::ostream *os)
{
    printEnum(v, os);
}
inline void PrintTo(ErrorCategory v, std::ostream *os)
{
    printEnum(v, os);
}
inline void PrintTo(TlsMode v, std::ostream *os)
{
    printEnum(v, os);
}
inline void PrintTo(AuthMechanism v, std::ostream *os)
{
    printEnum(v, os);
}

} // namespace selfmx::smtp
