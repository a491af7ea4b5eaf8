// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// Stand-ins for the window module and a library under it (test_window_module.cpp), built
// three times by tests/unit/CMakeLists.txt:
// - SELFMX_LAZY_LIBRARY: a library linked to bind lazily, as most of the system's libraries
//   under Qt are (ICU, fontconfig, GLib), with a function that calls one nobody defines.
//   Nothing calls it, so under a program it never fails.
//   It also defines getpagesize(), which the C library defines too: the module gets this
//   one's 7 when bound deep (runtime::bindsModulesDeep()), else the C library's page size.
// - SELFMX_STAND_IN_WINDOW: a window module that uses the library.
// - SELFMX_BROKEN_WINDOW: a window module that itself calls a function nobody defines.
#ifdef SELFMX_LAZY_LIBRARY
extern "C" void selfmx_defined_nowhere();

extern "C" int selfmx_lazy_library_value()
{
    return 40;
}

extern "C" void selfmx_lazy_library_never_called()
{
    selfmx_defined_nowhere();
}

extern "C" int getpagesize()
{
    return 7;
}
#endif

#ifdef SELFMX_STAND_IN_WINDOW
extern "C" int selfmx_lazy_library_value();
extern "C" int getpagesize();

// 40 + argc, and 100 more when the getpagesize() it got is its library's (bound deep).
extern "C" __attribute__((visibility("default"))) int selfmx_window_main(int argc, char *argv[])
{
    static_cast<void>(argv);
    return selfmx_lazy_library_value() + argc + (getpagesize() == 7 ? 100 : 0);
}
#endif

#ifdef SELFMX_BROKEN_WINDOW
extern "C" void selfmx_defined_nowhere();

extern "C" __attribute__((visibility("default"))) int selfmx_window_main(int argc, char *argv[])
{
    static_cast<void>(argc);
    static_cast<void>(argv);
    selfmx_defined_nowhere();
    return 0;
}
#endif
