// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// selfmx-console, the one command people type. It links no Qt: it looks at its arguments and
// loads, into its own process, the part that serves them, so the dynamic loader maps and
// binds only what that part needs, once, in the scope of a program that has nothing else:
// - the window (without a command, given a display): lib/selfmx-console/selfmx-window.so;
// - everything else, and the window's fallbacks (no display, a module refused or missing):
//   the command line, selfmx-cli.so next to this program (the build tree) or in
//   libexec/selfmx-console/ (an installed tree). It runs the headless commands with Qt Core
//   and Network only, says what to do without a display, and starts selfmx-console-gui
//   when the window module cannot be loaded, saying why.
// Started with the command line's libraries already mapped, the window took about 1 ms
// longer to paint (README "Window start").
#include "invocation.h"
#include "runtime/moduletrust.h"

#include <filesystem>
#include <string>

#include <unistd.h>

int main(int argc, char *argv[])
{
    using namespace selfmx::runtime;
    using selfmx::app::hasDisplay;
    using selfmx::app::isCommandInvocation;
    const std::string program = programFile(argv[0]);
    const std::string programDir = program.empty() ? std::string() : std::filesystem::path(program).parent_path().string();
    std::string why;
    if (!isCommandInvocation(argc, argv) && hasDisplay()) {
        // Silently: if it cannot be loaded, the command line tries again and says why.
        const ModuleFile window = findModule(moduleDirectory(programDir), SELFMX_WINDOW_MODULE_FILE);
        if (!window.path.empty()) {
            if (const ModuleEntry entry = openModule(window.path, "selfmx_window_main", &why))
                return entry(argc, argv);
        }
    }
    // The command line is part of the command, so it is found beside it (the build tree) or
    // in libexec/selfmx-console (installed), never in SELFMX_MODULE_DIR (which the tests point
    // at other modules); the same rule applies.
    ModuleFile cli = findModule(programDir, SELFMX_CLI_MODULE_FILE);
    if (!cli.exists && !programDir.empty()) {
        const ModuleFile installed = findModule(programDir + "/../" SELFMX_HELPER_LIBEXEC_DIR, SELFMX_CLI_MODULE_FILE);
        if (installed.exists)
            cli = installed;
        else
            cli.problem += " (nor " + installed.problem + ")";
    }
    if (!cli.path.empty()) {
        if (const ModuleEntry entry = openModule(cli.path, "selfmx_cli_main", &why))
            return entry(argc, argv);
    } else {
        why = cli.problem;
    }
    // Not translated (translations come with Qt): a broken installation, in the loader's
    // words for a bug report.
    const std::string line = "selfmx-console: " + why + (cli.exists || programDir.empty() ? "" : "; reinstall the package") + '\n';
    // Through the descriptor, not `stderr`: the program keeps no copy of a library's variable,
    // which a module bound deep would not see (runtime::bindsModulesDeep()).
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, line.data(), line.size());
    return 1;
}
