// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "unboundlibrary.h"

#include "runtime/sharedlibrary.h"

namespace selfmx::dns::unbound {

namespace {

const runtime::LoadedFunctions<Functions> &library()
{
    static const runtime::LoadedFunctions<Functions> once(QStringLiteral(SELFMX_UNBOUND_NAME), SELFMX_UNBOUND_VERSION,
                                                          [](runtime::SharedLibrary &l, Functions &f) {
                                                              l.resolve(f.ctxCreate, "ub_ctx_create");
                                                              l.resolve(f.ctxDelete, "ub_ctx_delete");
                                                              l.resolve(f.ctxAsync, "ub_ctx_async");
                                                              l.resolve(f.ctxResolvconf, "ub_ctx_resolvconf");
                                                              l.resolve(f.ctxSetOption, "ub_ctx_set_option");
                                                              l.resolve(f.ctxSetFwd, "ub_ctx_set_fwd");
                                                              l.resolve(f.ctxAddTaFile, "ub_ctx_add_ta_file");
                                                              l.resolve(f.fd, "ub_fd");
                                                              l.resolve(f.process, "ub_process");
                                                              l.resolve(f.resolveAsync, "ub_resolve_async");
                                                              l.resolve(f.cancel, "ub_cancel");
                                                              l.resolve(f.resolveFree, "ub_resolve_free");
                                                              l.resolve(f.strerror, "ub_strerror");
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

} // namespace selfmx::dns::unbound
