// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// Google Benchmark micro-benchmarks of the encoders on the send path, in bytes/s of input.
#include "mime/encoding.h"
#include "smtp/dataencoder.h"
#include "smtp/reply.h"

#include <QRandomGenerator>

#include <benchmark/benchmark.h>

namespace {

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (char &b : bytes)
        b = char(random.bounded(256));
    return bytes;
}

QByteArray textLike(qsizetype size)
{
    QByteArray text;
    while (text.size() < size)
        text += "Lorem ipsum dolor sit amet, Grüße aus Köln. .dot line follows\n.";
    text.truncate(size);
    return text;
}

void Base64Lines(benchmark::State &state)
{
    const QByteArray input = randomBytes(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(selfmx::mime::base64Lines(input));
    state.SetBytesProcessed(state.iterations() * input.size());
}
BENCHMARK(Base64Lines)->Arg(57 * 1024);

void QuotedPrintable(benchmark::State &state)
{
    const QByteArray input = textLike(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(selfmx::mime::quotedPrintable(input));
    state.SetBytesProcessed(state.iterations() * input.size());
}
BENCHMARK(QuotedPrintable)->Arg(64 * 1024);

void DotStuffing(benchmark::State &state)
{
    const QByteArray input = textLike(state.range(0));
    QByteArray out;
    for (auto _ : state) {
        selfmx::smtp::DataEncoder encoder;
        out.clear();
        encoder.encode(input, out);
        benchmark::DoNotOptimize(out);
    }
    state.SetBytesProcessed(state.iterations() * input.size());
}
BENCHMARK(DotStuffing)->Arg(64 * 1024);

void ReplyParsing(benchmark::State &state)
{
    const QByteArray replies = QByteArray("250-mx.example.com\r\n250-PIPELINING\r\n250-SIZE 1000\r\n250 8BITMIME\r\n").repeated(100);
    for (auto _ : state) {
        selfmx::smtp::ReplyParser parser;
        parser.feed(replies);
        selfmx::smtp::Reply reply;
        while (parser.next(&reply) == selfmx::smtp::ReplyParser::Status::ReplyReady)
            benchmark::DoNotOptimize(reply);
    }
    state.SetBytesProcessed(state.iterations() * replies.size());
}
BENCHMARK(ReplyParsing);

} // namespace

BENCHMARK_MAIN();
