// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "microhttpdlibrary.h"

#include "runtime/sharedlibrary.h"

namespace selfmx::relay::microhttpd {

namespace {

const runtime::LoadedFunctions<Functions> &library()
{
    static const runtime::LoadedFunctions<Functions> once(QStringLiteral(SELFMX_MICROHTTPD_NAME), SELFMX_MICROHTTPD_VERSION,
                                                          [](runtime::SharedLibrary &l, Functions &f) {
                                                              l.resolve(f.startDaemon, "MHD_start_daemon");
                                                              l.resolve(f.quiesceDaemon, "MHD_quiesce_daemon");
                                                              l.resolve(f.stopDaemon, "MHD_stop_daemon");
                                                              l.resolve(f.getConnectionValues, "MHD_get_connection_values");
                                                              l.resolve(f.suspendConnection, "MHD_suspend_connection");
                                                              l.resolve(f.resumeConnection, "MHD_resume_connection");
                                                              l.resolve(f.createResponseFromBuffer, "MHD_create_response_from_buffer");
                                                              l.resolve(f.addResponseHeader, "MHD_add_response_header");
                                                              l.resolve(f.queueResponse, "MHD_queue_response");
                                                              l.resolve(f.destroyResponse, "MHD_destroy_response");
                                                          });
    return once;
}

} // namespace

const Functions *load(QString *error)
{
    return library().get(error);
}

const Functions &functions()
{
    return library().functions();
}

} // namespace selfmx::relay::microhttpd
