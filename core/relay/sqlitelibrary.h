// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QObject>
#include <QString>

#include <sqlite3.h>

namespace selfmx::relay::sqlite {

// The SQLite functions the queue's hot statements call on the connection Qt SQL opened
// (QSqlDriver::handle()), taken from the library Qt's SQLite driver itself loaded: the handle
// belongs to that library, and the window, which links the relay, does not map it at start
// (runtime/sharedlibrary.h). Qt SQL costs more than the statement itself on these: binding
// a value formats a placeholder name and hashes it (QSqlResult::bindValue), about a third of
// the relay's time in Queue::insert (README, "Local relay", item 22).
struct Functions {
    decltype(&::sqlite3_prepare_v3) prepare = nullptr;
    decltype(&::sqlite3_finalize) finalize = nullptr;
    decltype(&::sqlite3_step) step = nullptr;
    decltype(&::sqlite3_reset) reset = nullptr;
    decltype(&::sqlite3_clear_bindings) clearBindings = nullptr;
    decltype(&::sqlite3_bind_int64) bindInt64 = nullptr;
    decltype(&::sqlite3_bind_text) bindText = nullptr;
    decltype(&::sqlite3_bind_text16) bindText16 = nullptr;
    decltype(&::sqlite3_bind_null) bindNull = nullptr;
    decltype(&::sqlite3_changes) changes = nullptr;
    decltype(&::sqlite3_errmsg) errorMessage = nullptr;
};

// The functions, for a connection of `driver` (QSqlDatabase::driver(), Qt's SQLite driver):
// the library is loaded once per process (thread-safe), and then checked to be the one the
// driver's plugin itself calls. Null when it cannot be loaded, lacks a function or is not the
// driver's; then *error names the library and says why.
const Functions *loadFor(const QObject *driver, QString *error);

} // namespace selfmx::relay::sqlite
