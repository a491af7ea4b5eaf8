// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QString>

#include <unbound.h>

namespace selfmx::dns::unbound {

// The libunbound functions Resolver calls, loaded when the first Resolver is made rather
// than when the program starts: the window links the DNS checks but most of its starts
// never run one (runtime/sharedlibrary.h says what that saves).
struct Functions {
    decltype(&::ub_ctx_create) ctxCreate = nullptr;
    decltype(&::ub_ctx_delete) ctxDelete = nullptr;
    decltype(&::ub_ctx_async) ctxAsync = nullptr;
    decltype(&::ub_ctx_resolvconf) ctxResolvconf = nullptr;
    decltype(&::ub_ctx_set_option) ctxSetOption = nullptr;
    decltype(&::ub_ctx_set_fwd) ctxSetFwd = nullptr;
    decltype(&::ub_ctx_add_ta_file) ctxAddTaFile = nullptr;
    decltype(&::ub_fd) fd = nullptr;
    decltype(&::ub_process) process = nullptr;
    decltype(&::ub_resolve_async) resolveAsync = nullptr;
    decltype(&::ub_cancel) cancel = nullptr;
    decltype(&::ub_resolve_free) resolveFree = nullptr;
    decltype(&::ub_strerror) strerror = nullptr;
};

// Loads the library once per process (thread-safe). Null when it cannot be loaded or lacks
// a function; then *error names the library and says why.
const Functions *load(QString *error);

// The functions once load() succeeded (a Resolver whose load failed calls nothing).
const Functions &functions();

} // namespace selfmx::dns::unbound
