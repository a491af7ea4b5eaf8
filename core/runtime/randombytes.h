// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QRandomGenerator>
#include <QtGlobal>

#include <algorithm>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/random.h>
#endif

namespace selfmx::runtime {

// Fills `out` with random bytes from the kernel's generator (getrandom(2), what
// QRandomGenerator::system() falls back to), taken 256 at a time per thread. On x86
// QRandomGenerator::system() asks the CPU (RDRAND) for every 64 bits instead, which in
// perf on the relay was its most expensive single function (1.8 % of its samples: a message's
// id and Message-ID need six words). A getrandom() of up to 256 bytes is never short once the
// kernel's pool is ready (getrandom(2)); where it fails, QRandomGenerator::system() fills the
// pool. A byte handed out is cleared from the pool.
inline void fillRandom(void *out, size_t size)
{
    struct Pool {
        unsigned char bytes[256];
        size_t used = sizeof bytes;
    };
    thread_local Pool pool;
    auto *to = static_cast<unsigned char *>(out);
    while (size > 0) {
        if (pool.used == sizeof pool.bytes) {
#ifdef Q_OS_LINUX
            const bool filled = ::getrandom(pool.bytes, sizeof pool.bytes, 0) == ssize_t(sizeof pool.bytes);
#else
            const bool filled = false;
#endif
            if (!filled)
                QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(pool.bytes), sizeof pool.bytes / sizeof(quint32));
            pool.used = 0;
        }
        const size_t n = std::min(size, sizeof pool.bytes - pool.used);
        std::memcpy(to, pool.bytes + pool.used, n);
        std::memset(pool.bytes + pool.used, 0, n);
        pool.used += n;
        to += n;
        size -= n;
    }
}

} // namespace selfmx::runtime
