// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// How selfmx-console loads the window module (app/helperprogram.h openWindowModule), with
// stand-ins for the module (window_module_stand_ins.cpp).
#include "helperprogram.h"

#include <gtest/gtest.h>

using selfmx::app::openWindowModule;
using selfmx::app::WindowEntry;

// The libraries under the window are bound as under a program of their own: a function is
// bound when first called, unless its library was linked to bind at once. (Loading the
// module binding every function of every library under it cost about 4 % of the window's
// start; the stand-in library calls a function defined nowhere from a function nobody
// calls, which a program never notices and an eager load refuses.)
TEST(WindowModule, LibrariesUnderItBindAsUnderAProgram)
{
    const WindowEntry entry = openWindowModule(SELFMX_STAND_IN_WINDOW);
    ASSERT_NE(entry, nullptr);
    char name[] = "selfmx-console";
    char *argv[] = {name, nullptr};
    EXPECT_EQ(entry(1, argv), 41);
}

// The module itself is linked to bind at once: one of its own functions missing fails the
// load (then selfmx-console execs selfmx-console-gui), not the window half-way.
TEST(WindowModule, AFunctionMissingFromTheModuleFailsTheLoad)
{
    testing::internal::CaptureStderr();
    const WindowEntry entry = openWindowModule(SELFMX_BROKEN_WINDOW);
    const std::string said = testing::internal::GetCapturedStderr();
    EXPECT_EQ(entry, nullptr);
    EXPECT_NE(said.find("selfmx_defined_nowhere"), std::string::npos) << said;
    EXPECT_NE(said.find("starting selfmx-console-gui instead"), std::string::npos) << said;
}
