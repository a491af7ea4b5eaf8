// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "sqlitelibrary.h"

#include "runtime/sharedlibrary.h"

#include <QFile>

#include <dlfcn.h>

namespace selfmx::relay::sqlite {

namespace {

const runtime::LoadedFunctions<Functions> &library()
{
    static const runtime::LoadedFunctions<Functions> once(QStringLiteral(SELFMX_SQLITE_NAME), SELFMX_SQLITE_VERSION,
                                                          [](runtime::SharedLibrary &l, Functions &f) {
                                                              l.resolve(f.prepare, "sqlite3_prepare_v3");
                                                              l.resolve(f.finalize, "sqlite3_finalize");
                                                              l.resolve(f.step, "sqlite3_step");
                                                              l.resolve(f.reset, "sqlite3_reset");
                                                              l.resolve(f.clearBindings, "sqlite3_clear_bindings");
                                                              l.resolve(f.bindInt64, "sqlite3_bind_int64");
                                                              l.resolve(f.bindText, "sqlite3_bind_text");
                                                              l.resolve(f.bindText16, "sqlite3_bind_text16");
                                                              l.resolve(f.bindNull, "sqlite3_bind_null");
                                                              l.resolve(f.changes, "sqlite3_changes");
                                                              l.resolve(f.errorMessage, "sqlite3_errmsg");
                                                          });
    return once;
}

// The file of the plugin that defines `driver`'s class (its virtual table lies there).
QString pluginFile(const QObject *driver)
{
    Dl_info info{};
    const void *vtable = *reinterpret_cast<const void *const *>(driver);
    if (::dladdr(vtable, &info) == 0 || !info.dli_fname)
        return {};
    return QFile::decodeName(info.dli_fname);
}

} // namespace

const Functions *loadFor(const QObject *driver, QString *error)
{
    const Functions *functions = library().get(error);
    if (!functions)
        return nullptr;
    // The driver's own sqlite3_prepare_v3, as its plugin's dynamic links resolve it, must be
    // the one loaded here: a driver that carries a SQLite of its own (hidden or not) fails.
    const QString plugin = pluginFile(driver);
    void *handle = plugin.isEmpty() ? nullptr : ::dlopen(QFile::encodeName(plugin).constData(), RTLD_LAZY | RTLD_NOLOAD);
    const void *theirs = handle ? ::dlsym(handle, "sqlite3_prepare_v3") : nullptr;
    if (handle)
        ::dlclose(handle); // only the reference taken here; Qt's keeps the plugin loaded
    if (theirs != reinterpret_cast<const void *>(functions->prepare)) {
        if (error)
            *error = QStringLiteral("Qt's SQLite driver (%1) does not use lib%2.so.%3")
                         .arg(plugin.isEmpty() ? QStringLiteral("unknown file") : plugin, QStringLiteral(SELFMX_SQLITE_NAME))
                         .arg(SELFMX_SQLITE_VERSION);
        return nullptr;
    }
    return functions;
}

} // namespace selfmx::relay::sqlite
