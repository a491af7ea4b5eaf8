// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// RFC 2047 encoded-words and RFC 2231 parameters: the decoders on arbitrary bytes, and the
// round trip encode -> decode on arbitrary text, which must give the text back exactly.
#include "mime/encoding.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
void mismatch(const char *what, const QString &text)
{
    std::fprintf(stderr, "%s round trip changed the text: %s\n", what, text.toUtf8().toHex().constData());
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace selfmx::mime;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Decoders on whatever arrives.
    (void)decodeUnstructured(bytes);
    (void)decodeParameter(bytes, "filename");

    // The first byte picks the header name's length (1 to 76, what the builder accepts):
    // every name must keep every line within the hard limit.
    const qsizetype nameLength = size > 0 ? 1 + data[0] % 76 : 7;
    const QByteArray name(nameLength, 'X');
    const QString text = QString::fromUtf8(bytes);
    const QList<QByteArray> words = unstructuredWords(text, nameLength);
    for (const QByteArray &word : words) {
        if (word.contains('\r') || word.contains('\n'))
            std::abort();
    }
    const std::optional<QString> back = decodeUnstructured(words.join(' '));
    if (!back || *back != text)
        mismatch("unstructured", text);

    const std::optional<QString> parameter = decodeParameter(parameterWords("filename", text).join(' '), "filename");
    if (!parameter || *parameter != text)
        mismatch("parameter", text);

    const QByteArray folded = foldHeader(name, words);
    for (const QByteArray &line : folded.split('\n')) {
        if (line.size() > 998 + 1)
            std::abort();
    }
    return 0;
}
