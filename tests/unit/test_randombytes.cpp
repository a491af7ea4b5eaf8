// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "runtime/randombytes.h"

#include <QByteArray>
#include <QSet>

#include <gtest/gtest.h>

using selfmx::runtime::fillRandom;

// Requests of odd sizes cross the pool's 256-byte refills: no two are the same, none is
// zeroed (a byte handed out is cleared from the pool, so a pool handed out twice would
// show as zeros or repeats), and every byte value turns up.
TEST(RandomBytes, RequestsAcrossRefillsAreDistinctAndCoverEveryByte)
{
    QSet<QByteArray> seen;
    QSet<char> values;
    for (int i = 0; i < 2000; ++i) {
        QByteArray bytes(1 + i % 37, Qt::Uninitialized);
        fillRandom(bytes.data(), size_t(bytes.size()));
        if (bytes.size() >= 8) {
            EXPECT_FALSE(seen.contains(bytes)) << i;
            EXPECT_NE(bytes, QByteArray(bytes.size(), '\0')) << i;
            seen.insert(bytes);
        }
        for (char c : bytes)
            values.insert(c);
    }
    EXPECT_EQ(values.size(), 256);
    QByteArray large(1000, '\0'); // larger than the pool
    fillRandom(large.data(), size_t(large.size()));
    EXPECT_GT(QSet<char>(large.cbegin(), large.cend()).size(), 200);
}
