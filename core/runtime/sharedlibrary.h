// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QLatin1StringView>
#include <QLibrary>
#include <QString>

#include <type_traits>

namespace selfmx::runtime {

// A C library loaded when it is first needed rather than at program start. The window
// links the relay and the DNS checks but uses them only when asked; libmicrohttpd (with
// GnuTLS and its dependencies) and libunbound loaded at start cost about 3 ms of every
// start of the window (bench/startup.sh) for nothing. The headers are still the library's
// own, so every function keeps its exact type: declare a struct of
// `decltype(&the_function)` members and fill it with resolve().
//
//     SharedLibrary library(QStringLiteral("foo"), 3); // libfoo.so.3
//     library.resolve(functions.foo_open, "foo_open");
//     if (!library.ok()) … library.error() …
//
// The library stays loaded for the rest of the process (QLibrary never unloads on its own).
class SharedLibrary
{
public:
    // The library's name and major version: "microhttpd", 12 for libmicrohttpd.so.12
    // (CMake's selfmx_library_abi tells them for the library the build found).
    SharedLibrary(const QString &name, int majorVersion)
        : m_library(name, majorVersion)
    {
        if (!m_library.load())
            m_error = m_library.errorString();
    }

    // Sets `function` to the library's `symbol`, or leaves it null and records the error.
    template<typename Function>
    void resolve(Function &function, const char *symbol)
    {
        static_assert(std::is_pointer_v<Function> && std::is_function_v<std::remove_pointer_t<Function>>);
        function = nullptr;
        if (!m_error.isEmpty())
            return;
        function = reinterpret_cast<Function>(m_library.resolve(symbol));
        if (!function) // QLibrary says "Unknown error" here: name the library and the symbol
            m_error = m_library.fileName() + QStringLiteral(": no symbol ") + QLatin1StringView(symbol);
    }

    bool ok() const { return m_error.isEmpty(); }
    // The library's file name and what went wrong (the loader's words), empty when ok().
    QString error() const { return m_error; }

private:
    QLibrary m_library;
    QString m_error;
};

// A struct of a library's functions (see above), resolved once: make it a function-local
// static, so the first caller loads the library and later ones (on any thread) wait for it.
template<typename Functions>
class LoadedFunctions
{
public:
    // resolveAll(SharedLibrary &, Functions &) calls resolve() for every member.
    template<typename ResolveAll>
    LoadedFunctions(const QString &name, int majorVersion, ResolveAll resolveAll)
    {
        SharedLibrary library(name, majorVersion);
        resolveAll(library, m_functions);
        m_error = library.error();
    }

    // Null when the library or one of its functions is missing; then *error says which.
    const Functions *get(QString *error) const
    {
        if (m_error.isEmpty())
            return &m_functions;
        if (error)
            *error = m_error;
        return nullptr;
    }

    // For code that runs only after get() succeeded.
    const Functions &functions() const { return m_functions; }

private:
    Functions m_functions;
    QString m_error;
};

} // namespace selfmx::runtime
