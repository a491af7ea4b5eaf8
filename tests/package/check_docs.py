#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# check_docs.py SELFMX_CONSOLE RESOURCES_BUILD_DIR
# The man pages and the completions the build wrote are made from the commands' option
# specs. Checked against what each command's own --help lists (the parser itself): every
# option is in the command's man page and in both completions, the man pages name no
# option the commands do not have, the build's files are what the program writes now
# (nothing stale), and man(1) renders every page without a warning.
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

console, out = sys.argv[1], Path(sys.argv[2])
env = dict(os.environ, LC_ALL="C", LANG="C")
env.pop("LANGUAGE", None)
problems = []


def run(*args):
    result = subprocess.run([console, *args], capture_output=True, text=True, env=env, timeout=60)
    if result.returncode != 0:
        problems.append(f"selfmx-console {' '.join(args)}: exit {result.returncode}: {result.stderr}")
    return result.stdout


def help_options(*command):
    """The options a command's --help lists: "-h, --help", "--profile <NAME>", ..."""
    options, in_options = set(), False
    for line in run(*command, "--help").splitlines():
        if line.startswith("Options:"):
            in_options = True
        elif in_options and line.startswith("  -"):
            names = line.strip().split("  ")[0]
            options.update(re.findall(r"(?<![\w-])(--?[\w-]+)", names))
        elif in_options and not line.startswith(" "):
            in_options = False
    return options


def man_options(page):
    """The options a man page describes: the terms of its .TP items."""
    text = page.read_text()
    terms = re.findall(r"^\.TP\n(.*)$", text, re.M)
    options = set()
    for term in terms:
        plain = term.replace("\\-", "-").replace("\\fB", "").replace("\\fR", "").replace("\\fI", "")
        options.update(o for o in re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", plain))
    return options


commands = {
    "test": [()],
    "send": [()],
    "diagnose": [()],
    "discover": [()],
    "relay": [()],
    "check-domain": [()],
    "profile": [(a,) for a in ("list", "show", "add", "edit", "remove", "default", "import", "export")],
}
bash = (out / "completion/selfmx-console").read_text()
zsh = (out / "completion/_selfmx-console").read_text()
checked = 0
for command, forms in commands.items():
    page = out / f"man/selfmx-console-{command}.1"
    documented = man_options(page)
    parsed = set()
    for form in forms:
        options = help_options(command, *form)
        parsed |= options
        for option in sorted(options):
            checked += 1
            if option not in documented:
                problems.append(f"{page.name}: {command} {' '.join(form)} parses {option}, the man page does not list it")
            if not re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", bash):
                problems.append(f"bash completion: {command} {' '.join(form)} {option} is missing")
            if not re.search(rf"'\*?{re.escape(option)}[=+\[]", zsh):
                problems.append(f"zsh completion: {command} {' '.join(form)} {option} is missing")
    for option in sorted(documented - parsed):
        problems.append(f"{page.name}: lists {option}, which {command} does not parse")

# The build's files are what the program writes now, and writing is deterministic.
for page in sorted(out.glob("man/*.1")):
    command = page.stem.removeprefix("selfmx-console").removeprefix("-")
    args = ["--man", command] if command else ["--man"]
    first, second = run(*args), run(*args)
    if first != second:
        problems.append(f"{page.name}: two runs wrote different pages")
    if first != page.read_text():
        problems.append(f"{page.name}: stale; the program writes another page now")
    if shutil.which("man"):
        rendered = subprocess.run(["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", str(page)],
                                  capture_output=True, text=True, env=dict(env, MANWIDTH="80"))
        if rendered.returncode != 0 or rendered.stderr.strip():
            problems.append(f"{page.name}: man reports: {rendered.stderr.strip()}")
if run("--completion", "bash") != bash or run("--completion", "zsh") != zsh:
    problems.append("completion: stale; the program writes other completions now")

for problem in problems:
    print(problem)
print(f"{checked} option(s) checked in {len(commands)} commands' man pages and completions")
sys.exit(1 if problems else 0)
