// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "sqlitelibrary.h"

#include "runtime/sharedlibrary.h"

#include <dlfcn.h>

namespace selfmx::relay::sqlite {

const Functions *load(QString *error)
{
    // Only the library Qt's driver already uses: a Qt whose driver carries a SQLite of its
    // own would hand out handles this one must not touch.
    static const QString notLoaded = []() -> QString {
        const QString file = QStringLiteral("lib%1.so.%2").arg(QStringLiteral(SELFMX_SQLITE_NAME)).arg(SELFMX_SQLITE_VERSION);
        void *loaded = ::dlopen(file.toLocal8Bit().constData(), RTLD_NOW | RTLD_NOLOAD);
        if (!loaded)
            return file + QStringLiteral(" is not the SQLite library Qt's SQLite driver uses");
        ::dlclose(loaded); // only the reference taken here; the driver's keeps it loaded
        return QString();
    }();
    if (!notLoaded.isEmpty()) {
        if (error)
            *error = notLoaded;
        return nullptr;
    }
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
    return once.get(error);
}

} // namespace selfmx::relay::sqlite
