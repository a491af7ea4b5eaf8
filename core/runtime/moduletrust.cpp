// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "moduletrust.h"

#include <cstdlib>
#include <dlfcn.h>
#include <filesystem>

#include <sys/stat.h>
#include <unistd.h>

namespace selfmx::runtime {

namespace {

std::string normalized(const std::filesystem::path &path)
{
    std::string clean = path.lexically_normal().string();
    while (clean.size() > 1 && clean.ends_with('/'))
        clean.pop_back();
    return clean;
}

// The owner of the running program's file; -1 when it cannot be told.
long long programOwner()
{
    struct stat info {
    };
    return ::stat("/proc/self/exe", &info) == 0 ? static_cast<long long>(info.st_uid) : -1;
}

bool trusted(const std::string &path, std::string *why)
{
    struct stat info {
    };
    if (::stat(path.c_str(), &info) != 0) {
        *why = path + " cannot be read; not loaded";
        return false;
    }
    if (info.st_uid != 0 && info.st_uid != ::geteuid() && static_cast<long long>(info.st_uid) != programOwner()) {
        *why = path + " belongs to another user; not loaded";
        return false;
    }
    if ((info.st_mode & S_IWOTH) != 0) {
        *why = path + " is writable by every user; not loaded";
        return false;
    }
    // A group member could replace the module as well as anyone could: refused the same way,
    // even where the group is the owner's private one (umask 002), as we cannot tell who else
    // has it as primary group without walking the whole user database.
    if ((info.st_mode & S_IWGRP) != 0) {
        *why = path + " is writable by its group; not loaded";
        return false;
    }
    return true;
}

} // namespace

std::string locateProgram(const std::string &argv0, const std::string &currentDir, const std::string &path)
{
    std::error_code error;
    if (argv0.empty())
        return {};
    if (argv0.find('/') != std::string::npos) {
        const std::filesystem::path given(argv0);
        const std::filesystem::path absolute = given.is_absolute() ? given : std::filesystem::path(currentDir) / given;
        const std::filesystem::path real = std::filesystem::canonical(absolute, error);
        return error ? std::string() : real.string();
    }
    if (path.empty())
        return {};
    for (size_t start = 0;;) {
        const size_t colon = path.find(':', start);
        const std::string entry = path.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
        // An empty entry is the current directory, as for the shell.
        const std::filesystem::path candidate = std::filesystem::path(entry.empty() ? currentDir : entry) / argv0;
        if (::access(candidate.c_str(), X_OK) == 0) {
            const std::filesystem::path real = std::filesystem::canonical(candidate, error);
            if (!error && real.is_absolute())
                return real.string();
        }
        if (colon == std::string::npos)
            break;
        start = colon + 1;
    }
    return {};
}

std::string programFile(const char *argv0)
{
    std::error_code error;
    const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error && program.is_absolute())
        return program.string();
    const std::filesystem::path current = std::filesystem::current_path(error);
    const char *path = std::getenv("PATH");
    return locateProgram(argv0 != nullptr ? argv0 : "", error ? std::string() : current.string(), path != nullptr ? path : "");
}

std::string moduleDirectory(const std::string &programDir)
{
    if (const char *fromEnvironment = std::getenv("SELFMX_MODULE_DIR"); fromEnvironment != nullptr && *fromEnvironment != '\0')
        return fromEnvironment;
    if (!std::filesystem::path(programDir).is_absolute())
        return {};
    const bool helper = programDir.ends_with("/libexec/selfmx-console");
    return normalized(std::filesystem::path(programDir) / (helper ? "../../lib/selfmx-console" : "../lib/selfmx-console"));
}

ModuleFile findModule(const std::string &directory, const std::string &fileName)
{
    ModuleFile result;
    if (directory.empty()) {
        result.problem = fileName + " not looked for: where this program is installed cannot be told (no /proc/self/exe)";
        return result;
    }
    const std::string dir = normalized(directory);
    const std::string file = dir + '/' + fileName;
    struct stat info {
    };
    result.exists = ::stat(file.c_str(), &info) == 0 && S_ISREG(info.st_mode);
    if (!result.exists) {
        result.problem = file + " does not exist";
        return result;
    }
    if (trusted(dir, &result.problem) && trusted(file, &result.problem))
        result.path = file;
    return result;
}

bool bindsModulesDeep()
{
#if defined(RTLD_DEEPBIND) && !defined(SELFMX_SANITIZED_BUILD)
    const char *preload = std::getenv("LD_PRELOAD");
    if (preload != nullptr && *preload != '\0')
        return false;
    struct stat systemPreload {
    };
    return ::stat("/etc/ld.so.preload", &systemPreload) != 0 || systemPreload.st_size == 0;
#else
    return false;
#endif
}

ModuleEntry openModule(const std::string &path, const char *entryName, std::string *why)
{
    int mode = RTLD_LAZY | RTLD_LOCAL;
#ifdef RTLD_DEEPBIND
    if (bindsModulesDeep())
        mode |= RTLD_DEEPBIND;
#endif
    void *handle = ::dlopen(path.c_str(), mode);
    void *entry = handle != nullptr ? ::dlsym(handle, entryName) : nullptr;
    if (entry == nullptr) {
        const char *error = ::dlerror();
        *why = "cannot load " + path + " (" + (error != nullptr ? error : "no entry point") + ")";
        return nullptr;
    }
    return reinterpret_cast<ModuleEntry>(entry);
}

} // namespace selfmx::runtime
