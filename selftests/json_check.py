#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
#
# The host's check of winparctl --json (run by run-qemu.sh):
#
#   json_check.py CONSOLE.TXT
#
# winparctl_test prints, for each command it runs with --json,
#   WINPAR-JSON-CASE [raw:]ID rc=N arg=HEX... [VAR=HEX...]
#   WINPAR-JSON [raw:]ID LINE
# (arguments and variables as the hex of their bytes).  Each LINE must be
# UTF-8 and parse with Python's json module, and the one object a command
# prints must hold exactly the fields and values winparctl(1) documents for
# what the command did.  "raw:" cases come from winparctl_rawjson, built
# without escaping: the negative control.  Its output must be rejected
# whenever a string it prints has a quote, a backslash, a control
# character or bytes that are not UTF-8, and accepted otherwise.
#
# Prints one "ok DESCRIPTION" or "not_ok DESCRIPTION" line per check, and
# nothing when winparctl_test did not run.
import json
import sys

INVALID = "not a parallel device name (LPTn, LPTn.0 to LPTn.4, ParallelPortm)"
STATUS_BITS = [(0x04, "paper_empty"), (0x08, "off_line"), (0x10, "power_off"),
               (0x20, "not_connected"), (0x40, "busy"), (0x80, "selected")]
MODES = "read nibble, write centronics"


def js(b):
    """The JSON string winparctl prints for bytes b, as parsed: invalid
    UTF-8 replaced by U+FFFD per maximal subpart, as Python's decoder does."""
    return b.decode("utf-8", "replace")


def needs_escape(b):
    """Bytes that printed raw do not parse or do not read back the same."""
    try:
        b.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return any(c in b'"\\' or c < 0x20 for c in b)


def canon(v):
    """Compares types too: 1 is not 1.0 nor True."""
    return json.dumps(v, sort_keys=True)


def open_error(name, win32, reason):
    return {"error": "open " + js(name), "reason": reason, "win32": win32}


def req_error(what, ntstatus, win32):
    return {"error": what, "ntstatus": ntstatus, "win32": win32}


def status_obj(c, obj):
    """status and watch: the flags are the status byte's bits, named."""
    st = obj.get("status") if isinstance(obj, dict) else None
    if type(st) is not int or not 0 <= st <= 255:
        return None
    flags = ",".join(n for bit, n in STATUS_BITS if st & bit)
    if "selected" not in flags:
        return None
    return {"device": js(c["args"][1]), "status": st, "flags": flags}


def list_want(c):
    m = int(c["vars"]["sim"].decode()[3:]) - 1
    return [{"port": "ParallelPort0", "parport": "parport0", "device": "LPT1",
             "holder": "none", "modes": MODES, "device_id": None, "chain": []},
            {"port": "ParallelPort%d" % m, "parport": "parport%d" % m,
             "device": "LPT%d" % (m + 1), "holder": "none", "modes": MODES,
             "device_id": js(c["vars"]["devid"]), "chain": []}]


def dev(c):
    return js(c["args"][1])


# ID: (exit status, the parsed line it must equal (a function of the case
# and the parsed line), the byte strings the line prints).
CASES = {
    "list": (0, lambda c, o: list_want(c), lambda c: [c["vars"]["devid"]]),
    "info-win32": (0, lambda c, o: {"device": dev(c), "location": "LPT1", "read_mode": "nibble",
                                    "write_mode": "centronics", "write_timeout_ms": 300000}, None),
    "info-lower": (0, lambda c, o: {"device": dev(c), "location": "LPT1", "read_mode": "nibble",
                                    "write_mode": "centronics", "write_timeout_ms": 300000}, None),
    "status-path": (0, status_obj, None),
    "status-win32q": (0, status_obj, None),
    "watch-win32": (0, status_obj, None),
    "negotiate": (0, lambda c, o: {"device": dev(c), "read_mode": "nibble",
                                   "write_mode": "centronics"}, None),
    "negotiate-fail": (1, lambda c, o: {"error": "mode not negotiated", "device": dev(c),
                                        "read_mode": "none", "write_mode": "centronics"},
                       None),
    "mode-bad": (2, lambda c, o: {"error": "unknown mode", "modes": js(c["args"][3])}, None),
    "read-mode-bad": (2, lambda c, o: {"error": "unknown mode", "modes": js(c["args"][3])}, None),
    "id-none": (1, lambda c, o: req_error("IOCTL_PAR_QUERY_DEVICE_ID", "0xc0000185", 1117), None),
    "id-sim": (0, lambda c, o: {"device": dev(c), "device_id": js(c["vars"]["devid"])},
               lambda c: [c["args"][1], c["vars"]["devid"]]),
    "read-sim": (0, lambda c, o: {"device": dev(c), "bytes": len(c["vars"]["rev"]),
                                  "hex": c["vars"]["rev"].hex()}, None),
    "read-none": (1, lambda c, o: req_error("ReadFile", "0xc0000185", 1117), None),
    "print-quote": (0, lambda c, o: {"device": dev(c), "file": js(c["args"][2]),
                                     "bytes": int(c["vars"]["size"])}, None),
    "print-ctl": (0, lambda c, o: {"device": dev(c), "file": js(c["args"][2]),
                                   "bytes": int(c["vars"]["size"])}, None),
    "print-missing": (1, lambda c, o: {"error": "open " + js(c["args"][2]), "file": js(c["args"][2]),
                                       "reason": "No such file or directory", "errno": 2}, None),
    "name-colon": (1, lambda c, o: open_error(c["args"][1], 123, INVALID), None),
    "name-quote": (1, lambda c, o: open_error(c["args"][1], 123, INVALID), None),
    "name-nonutf8": (1, lambda c, o: open_error(c["args"][1], 123, INVALID), None),
    "name-absent": (1, lambda c, o: open_error(c["args"][1], 2, "no such device"), None),
    "busy": (1, lambda c, o: open_error(c["args"][1], 5, "access denied or open elsewhere"), None),
    "usage": (2, lambda c, o: {"error": "usage"}, lambda c: []),
}


def parse_console(path):
    ran = False
    cases = {}
    order = []
    with open(path, "rb") as f:
        for raw in f:
            line = raw.rstrip(b"\n")
            if line.startswith(b"WINPAR-PROG-BEGIN winparctl_test"):
                ran = True
            elif line.startswith(b"WINPAR-JSON-CASE "):
                words = line.split(b" ")
                c = {"rc": None, "args": [], "vars": {}, "lines": []}
                for w in words[2:]:
                    k, _, v = w.partition(b"=")
                    if k == b"rc":
                        c["rc"] = int(v)
                    elif k == b"arg":
                        c["args"].append(bytes.fromhex(v.decode()))
                    else:
                        c["vars"][k.decode()] = bytes.fromhex(v.decode())
                cid = words[1].decode()
                cases[cid] = c
                order.append(cid)
            elif line.startswith(b"WINPAR-JSON "):
                cid, _, text = line[len(b"WINPAR-JSON "):].partition(b" ")
                cid = cid.decode(errors="replace")
                if cid in cases:
                    cases[cid]["lines"].append(text)
                else:
                    cases.setdefault("?" + cid, {"lines": [text]})
    return ran, cases, order


def check(cid, c):
    """None if the case's output is what winparctl(1) says, else why not."""
    want_rc, want, _ = CASES[cid]
    if len(c["lines"]) != 1:
        return "%d lines, want 1" % len(c["lines"])
    try:
        text = c["lines"][0].decode("utf-8")
    except UnicodeDecodeError as e:
        return "not UTF-8: %s" % e
    try:
        obj = json.loads(text)
    except ValueError as e:
        return "not JSON: %s" % e
    if c["rc"] != want_rc:
        return "exit %s, want %d" % (c["rc"], want_rc)
    w = want(c, obj)
    if w is None or canon(obj) != canon(w):
        return "fields differ: got %s, want %s" % (canon(obj), canon(w))
    return None


def main():
    ran, cases, order = parse_console(sys.argv[1])
    if not ran:
        return
    for cid in CASES:
        c = cases.get(cid)
        desc = "host: winparctl --json %s:" % cid
        if c is None:
            print("not_ok %s not run" % desc)
            continue
        why = check(cid, c)
        if why is None:
            print("ok %s parses, fields and exit status as documented" % desc)
        else:
            print("not_ok %s %s" % (desc, why))
            sys.stderr.write("json_check: %s: %s\n  lines: %r\n" % (cid, why, c["lines"]))
        # The negative control: the same command, strings unescaped.
        r = cases.get("raw:" + cid)
        desc = "host: negative control, winparctl_rawjson %s:" % cid
        if r is None:
            print("not_ok %s not run" % desc)
            continue
        printed = CASES[cid][2](r) if CASES[cid][2] else [a for a in r["args"][1:]]
        awkward = any(needs_escape(b) for b in printed)
        why = check(cid, r)
        if awkward and why is not None:
            print("ok %s rejected (%s)" % (desc, why.split(":")[0]))
        elif not awkward and why is None:
            print("ok %s accepted (no string to escape)" % desc)
        else:
            print("not_ok %s %s" % (desc, "accepted though unescaped" if awkward else why))
    for cid in order + [k for k in cases if k.startswith("?")]:
        base = cid[4:] if cid.startswith("raw:") else cid
        if base not in CASES:
            print("not_ok host: winparctl --json: unknown case %s" % cid)


if __name__ == "__main__":
    main()
