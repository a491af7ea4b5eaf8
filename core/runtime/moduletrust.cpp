// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "moduletrust.h"

#include <cstdlib>
#include <filesystem>

#include <sys/stat.h>
#include <unistd.h>

namespace selfmx::runtime {

namespace {

bool trusted(const std::string &path, std::string *why)
{
    struct stat info {
    };
    if (::stat(path.c_str(), &info) != 0) {
        *why = path + " cannot be read; not loaded";
        return false;
    }
    if (info.st_uid != 0 && info.st_uid != ::geteuid()) {
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

std::string programDirectory()
{
    std::error_code error;
    const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::string() : program.parent_path().string();
}

std::string moduleDirectory(const std::string &programDir)
{
    if (const char *fromEnvironment = std::getenv("SELFMX_MODULE_DIR"); fromEnvironment != nullptr && *fromEnvironment != '\0')
        return fromEnvironment;
    const bool helper = programDir.ends_with("/libexec/selfmx-console");
    const std::filesystem::path dir = std::filesystem::path(programDir) / (helper ? "../../lib/selfmx-console" : "../lib/selfmx-console");
    std::string clean = dir.lexically_normal().string();
    if (clean.size() > 1 && clean.ends_with('/'))
        clean.pop_back();
    return clean;
}

ModuleFile findModule(const std::string &directory, const std::string &fileName)
{
    ModuleFile result;
    const std::string file = directory + '/' + fileName;
    struct stat info {
    };
    result.exists = ::stat(file.c_str(), &info) == 0 && S_ISREG(info.st_mode);
    if (!result.exists) {
        result.problem = file + " does not exist";
        return result;
    }
    if (trusted(directory, &result.problem) && trusted(file, &result.problem))
        result.path = file;
    return result;
}

} // namespace selfmx::runtime
