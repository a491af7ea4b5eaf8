# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
"""Completes the setup wizard of a running selfmx-console-gui through AT-SPI only.

What a screen reader or an automation script sees is all this uses: the accessibility tree
(roles and accessible names), the EditableText, Value and Action interfaces. No coordinates,
no Qt. Run by wizard-atspi.sh inside its private X server and D-Bus session, with the
suite's Postfix in the environment (postfix.env) and the profile name as argument.

Checked on every page: each showing, focusable control has a role and a non-empty name.
Then the pages are filled for the Postfix submission port (STARTTLS, its CA), the Test
button is pressed, the wizard waits (bounded) for the test to pass, and Finish saves.
AT-SPI sends no event this script could wait on for "the test passed", so it polls the
Next button's state against a deadline.
"""
import os
import sys
import time
import warnings

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

# atspi_action_get_action_name is deprecated for atspi_action_get_name, which Debian 12's
# typelib (2.46) does not expose to Python yet.
warnings.filterwarnings("ignore", category=DeprecationWarning)

APP_NAME = "selfmx-console"
WIZARD_TITLE = "Set up sending"


class WalkError(Exception):
    pass


def poll(what, probe, seconds):
    """probe() until it returns something truthy, or fail after `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        result = probe()
        if result:
            return result
        if time.monotonic() > deadline:
            raise WalkError(f"timed out after {seconds} s waiting for {what}")
        # The next look in 50 ms; meanwhile libatspi's main loop handles the D-Bus traffic.
        loop = GLib.MainLoop()
        GLib.timeout_add(50, loop.quit)
        loop.run()


def states(acc):
    return acc.get_state_set()


def showing(acc):
    s = states(acc)
    return s.contains(Atspi.StateType.SHOWING) and s.contains(Atspi.StateType.VISIBLE)


def descendants(acc, only_showing=True, depth=0):
    if depth > 40:
        return
    try:
        count = acc.get_child_count()
    except GLib.Error:
        return
    for i in range(count):
        try:
            child = acc.get_child_at_index(i)
        except GLib.Error:
            continue
        if child is None:
            continue
        if only_showing and not showing(child):
            continue
        yield child
        yield from descendants(child, only_showing, depth + 1)


def role_name(acc):
    return acc.get_role_name()


def find(root, roles, name):
    """The first showing descendant of one of `roles` whose name is `name`, or whose name
    passes `name` when it is a function."""
    roles = roles if isinstance(roles, tuple) else (roles,)
    for acc in descendants(root):
        try:  # an object going away (a window closing) answers with an error
            role, its_name = acc.get_role(), acc.get_name() or ""
        except GLib.Error:
            continue
        if role in roles and (name(its_name) if callable(name) else its_name == name):
            return acc
    return None


def need(root, roles, name, seconds=10):
    roles = roles if isinstance(roles, tuple) else (roles,)
    what = "/".join(r.value_nick for r in roles)
    return poll(f"a showing {what} named {name!r}", lambda: find(root, roles, name), seconds)


def text_of(acc):
    """The text of a label or field, through the Text interface (empty when it has none)."""
    try:
        return acc.get_text(0, -1) or ""
    except GLib.Error:
        return ""


def sensitive(acc):
    return states(acc).contains(Atspi.StateType.SENSITIVE) and states(acc).contains(Atspi.StateType.ENABLED)


def act(acc, *names):
    """Runs the first of the named actions the object offers (Qt calls them Press, Toggle...)."""
    wanted = [n.lower() for n in names]
    offered = [acc.get_action_name(i) for i in range(acc.get_n_actions())]
    for want in wanted:
        for i, have in enumerate(offered):
            if have.lower() == want:
                if not acc.do_action(i):
                    raise WalkError(f"{acc.get_name()!r}: action {have} refused")
                return
    raise WalkError(f"{acc.get_name()!r} offers none of {names} (only {offered})")


def set_text(acc, text):
    if not states(acc).contains(Atspi.StateType.EDITABLE):
        raise WalkError(f"{acc.get_name()!r} is not editable")
    acc.set_text_contents(text)
    poll(f"{acc.get_name()!r} to hold the text", lambda: text_of(acc) == text, 5)


def check_names(wizard, page, problems):
    """Every showing control a user can focus has a role and a name."""
    seen = 0
    for acc in descendants(wizard):
        s = states(acc)
        if not s.contains(Atspi.StateType.FOCUSABLE):
            continue
        role = acc.get_role()
        # Rows and cells of a list or table are named by their text, which may be empty
        # (a step's time before it ran); the view itself is checked.
        if role in (Atspi.Role.TABLE_CELL, Atspi.Role.LIST_ITEM, Atspi.Role.TREE_ITEM, Atspi.Role.TABLE_COLUMN_HEADER):
            continue
        seen += 1
        name = (acc.get_name() or "").strip()
        if role in (Atspi.Role.UNKNOWN, Atspi.Role.INVALID) or not name:
            problems.append(f"{page}: a focusable {role_name(acc)!r} without a name "
                            f"(description {acc.get_description()!r})")
    print(f"{page}: {seen} focusable controls checked")
    if seen == 0:
        problems.append(f"{page}: no focusable control found through AT-SPI")


def walk(profile_name):
    env = os.environ
    desktop = Atspi.get_desktop(0)
    # The desktop's list of applications is asked for on every look, not cached: an
    # application that registers between libatspi's first look and its event subscription
    # would otherwise never appear in the cached list.
    desktop.set_cache_mask(Atspi.Cache.NONE)

    def app():
        desktop.clear_cache()
        for i in range(desktop.get_child_count()):
            a = desktop.get_child_at_index(i)
            if a is not None and a.get_name() == APP_NAME:
                return a
        return None

    application = poll(f"the application {APP_NAME!r} on the accessibility bus", app, 90)
    # Nothing cached: every state and child list is asked for when read (Qt does not send an
    # event for each change this script polls for).
    application.set_cache_mask(Atspi.Cache.NONE)
    wizard = poll("the setup wizard's window", lambda: next(
        (c for c in descendants(application) if c.get_role() in (Atspi.Role.DIALOG, Atspi.Role.FRAME)
         and c.get_name() == WIZARD_TITLE), None), 20)
    Role = Atspi.Role
    problems = []

    # 1. Who sends your mail?
    need(wizard, Role.LABEL, "Who sends your mail?")
    check_names(wizard, "provider page", problems)
    set_text(need(wizard, Role.TEXT, "Sending address or domain"), "atspi@wizard.example.test")
    set_text(need(wizard, Role.TEXT, "Profile name"), profile_name)
    next_button = need(wizard, Role.PUSH_BUTTON, "Next")
    act(next_button, "Press")

    # 2. Credentials
    need(wizard, Role.LABEL, "Credentials")
    check_names(wizard, "credentials page", problems)
    set_text(need(wizard, Role.TEXT, "Server"), "localhost")
    set_text(need(wizard, Role.TEXT, "User name"), env["POSTFIX_USER1"])
    password = need(wizard, (Role.PASSWORD_TEXT, Role.TEXT), "Password")
    secret = env["POSTFIX_PASS1"]
    password.set_text_contents(secret)
    poll("the password field to be filled", lambda: password.get_character_count() == len(secret), 5)
    if text_of(password) == secret:
        problems.append("credentials page: the hidden password is readable through AT-SPI")
    show = need(wizard, Role.CHECK_BOX, "Show password")
    act(show, "Toggle", "Press")
    poll("the password to be shown", lambda: text_of(password) == secret, 5)
    act(show, "Toggle", "Press")
    poll("the password to be hidden again", lambda: text_of(password) != secret, 5)
    poll("next to be enabled on the credentials page", lambda: sensitive(next_button), 10)
    act(next_button, "Press")

    # 3. Security
    need(wizard, Role.LABEL, "Security")
    port = need(wizard, Role.SPIN_BUTTON, "Port")
    port.set_current_value(float(env["POSTFIX_SUBMISSION_PORT"]))
    poll("the port to be set", lambda: int(port.get_current_value()) == int(env["POSTFIX_SUBMISSION_PORT"]), 5)
    starttls = need(wizard, Role.RADIO_BUTTON, "STARTTLS (port 587)")
    if not states(starttls).contains(Atspi.StateType.CHECKED):
        act(starttls, "Press", "Toggle")
    poll("STARTTLS to be checked", lambda: states(starttls).contains(Atspi.StateType.CHECKED), 5)
    act(need(wizard, (Role.PUSH_BUTTON, Role.TOGGLE_BUTTON, Role.CHECK_BOX), "Show advanced security settings"), "Toggle",
        "Press")
    check_names(wizard, "security page (advanced shown)", problems)
    set_text(need(wizard, Role.TEXT, "CA file"), env["POSTFIX_CA_FILE"])
    poll("next to be enabled on the security page", lambda: sensitive(next_button), 10)
    act(next_button, "Press")

    # 4. Test: Finish needs a passing test.
    need(wizard, Role.LABEL, "Test")
    check_names(wizard, "test page", problems)
    if sensitive(next_button):
        problems.append("test page: Next is enabled before a test has passed")
    act(need(wizard, Role.PUSH_BUTTON, "Test the connection"), "Press")

    def passed():
        if sensitive(next_button):
            return True
        result = find(wizard, Role.LABEL, "Test result")
        text = text_of(result) if result is not None else ""
        if text.startswith("✗"):
            raise WalkError(f"the connection test failed: {text}")
        return False

    poll("the connection test to pass (Next enabled)", passed, 60)
    act(next_button, "Press")

    # 5. Done
    need(wizard, Role.LABEL, "Done")
    check_names(wizard, "done page", problems)
    summary = need(wizard, Role.LABEL, "What Finish saves")
    text = text_of(summary)
    if text and profile_name not in text:
        problems.append(f"done page: the summary does not name the profile: {text!r}")
    wizard_role = wizard.get_role()  # the wizard's object goes with it
    act(need(wizard, Role.PUSH_BUTTON, "Finish"), "Press")
    # Saved, the wizard closes, and the main window (the first start showed the wizard alone)
    # opens with the new profile, its name in the title.
    poll("the wizard to close after Finish", lambda: find(application, wizard_role, WIZARD_TITLE) is None, 90)
    poll("the main window with the new profile", lambda: find(
        application, Role.FRAME, lambda n: n.startswith(profile_name) and n.endswith("SelfMX Console")), 30)
    return problems


def main():
    if len(sys.argv) != 2:
        print("usage: wizard_atspi.py PROFILE_NAME", file=sys.stderr)
        return 2
    try:
        problems = walk(sys.argv[1])
    except WalkError as error:
        print(f"FAIL: {error}", file=sys.stderr)
        return 1
    for problem in problems:
        print(f"FAIL: {problem}", file=sys.stderr)
    if problems:
        return 1
    print("the wizard was completed through AT-SPI")
    return 0


if __name__ == "__main__":
    sys.exit(main())
