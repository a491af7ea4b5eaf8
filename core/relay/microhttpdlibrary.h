// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QString>

#include <microhttpd.h>

namespace selfmx::relay::microhttpd {

// The libmicrohttpd functions HttpServer calls, loaded when a relay first listens rather
// than when the program starts: the window links the relay but most of its starts never
// run one (runtime/sharedlibrary.h says what that saves).
struct Functions {
    decltype(&::MHD_start_daemon) startDaemon = nullptr;
    decltype(&::MHD_quiesce_daemon) quiesceDaemon = nullptr;
    decltype(&::MHD_stop_daemon) stopDaemon = nullptr;
    decltype(&::MHD_get_connection_values) getConnectionValues = nullptr;
    decltype(&::MHD_suspend_connection) suspendConnection = nullptr;
    decltype(&::MHD_resume_connection) resumeConnection = nullptr;
    decltype(&::MHD_create_response_from_buffer) createResponseFromBuffer = nullptr;
    decltype(&::MHD_add_response_header) addResponseHeader = nullptr;
    decltype(&::MHD_queue_response) queueResponse = nullptr;
    decltype(&::MHD_destroy_response) destroyResponse = nullptr;
};

// Loads the library once per process (thread-safe). Null when it cannot be loaded or lacks
// a function; then *error names the library and says why.
const Functions *load(QString *error);

// The functions once load() succeeded (HttpServer calls nothing before it listens).
const Functions &functions();

} // namespace selfmx::relay::microhttpd
