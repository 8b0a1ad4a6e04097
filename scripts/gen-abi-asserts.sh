#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# gen-abi-asserts.sh - turn a measured Windows ABI file (abi-mingw-*.txt,
# produced by abi-probe.c from the mingw-w64 headers) into a C header of
# static assertions against the winpar uapi headers.
#
# Usage: bash scripts/gen-abi-asserts.sh ABI-FILE > include/abi/abi_ARCH.h
#
#   ABI-FILE   abi-mingw-x86_64.txt or abi-mingw-i686.txt (the architecture
#              is taken from the file name)
#
# Every entry of the ABI file becomes one assertion:
#   type.T.sizeof / .alignof      sizeof(T) / alignof(T)
#   struct.S.sizeof / .alignof    sizeof(S) / alignof(S)
#   field.S.F.offset / .size      offsetof(S, F) / sizeof(((S *)0)->F)
#   const.N                       (unsigned int)(N) == value
#   guid.N.DataK                  component K of WINPAR_N_VALUES
# Replica names are mapped: S_DOC and S_WDK check our structure S;
# S_DOCSYNTAX (the documentation's wrong PARCLASS_INFORMATION syntax block)
# is skipped on purpose, because the headers follow the real header layout.
# Any other entry that cannot be mapped, or whose structure, field, constant
# or GUID is not declared in include/uapi/winpar/*.h, makes the script fail.
#
# The header also defines WINPAR_ABI_*_COUNT macros and, when the includer
# defines WINPAR_ABI_TABLE, the array winpar_abi_checks[] with one
# { kind, entry, value, expected } row per assertion, so that a test program
# can count and re-check them at run time.
#
# Environment: WINPAR_UAPI_DIR overrides the directory of the uapi headers
# (default: include/uapi/winpar next to this script's directory).

set -eu
set -o pipefail

me=${0##*/}

die() {
	echo "$me: error: $*" >&2
	exit 1
}

[ $# -eq 1 ] || die "usage: $me ABI-FILE > HEADER"
abi=$1
[ -r "$abi" ] || die "cannot read '$abi'"

base=${abi##*/}
case "$base" in
abi-mingw-x86_64.txt)
	arch=x86_64
	target="Windows x64"
	archtest='defined(__x86_64__) && !defined(__ILP32__)'
	;;
abi-mingw-i686.txt)
	arch=i686
	target="Windows x86"
	archtest='defined(__i386__)'
	;;
*)
	die "'$base': unknown architecture (expected abi-mingw-x86_64.txt or abi-mingw-i686.txt)"
	;;
esac

scriptdir=$(cd "$(dirname "$0")" && pwd)
uapidir=${WINPAR_UAPI_DIR:-$scriptdir/../include/uapi/winpar}
headers=()
for h in wintypes.h ntstatus.h ntddpar.h parallel.h ntddser.h; do
	[ -r "$uapidir/$h" ] || die "cannot read uapi header '$uapidir/$h'"
	headers+=("$uapidir/$h")
done

sum=$(sha256sum "$abi" | cut -d' ' -f1)
compiler=$(sed -n 's/^# compiler *: *//p' "$abi" | head -n 1)
guard="_WINPAR_ABI_$(echo "$arch" | tr 'a-z' 'A-Z')_H"

# The header text is checked with awk; write the result to a temporary file
# first so that a failure never leaves a partial header on stdout.
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

awk -v abi="$abi" -v base="$base" -v arch="$arch" -v target="$target" \
    -v archtest="$archtest" -v sum="$sum" -v compiler="$compiler" \
    -v guard="$guard" -v me="$me" '
function fail(msg) {
	printf "%s: error: %s:%d: %s\n", me, abi, lineno, msg > "/dev/stderr"
	failed = 1
	exit 1
}

# 0x0000001f -> 0x1fu
function shorthex(h) {
	sub(/^0x0*/, "", h)
	return "0x" (h == "" ? "0" : h) "u"
}

function isident(s) {
	return s ~ /^[A-Za-z_][A-Za-z0-9_]*$/
}

# Is "name" declared in the uapi headers as kind ("struct", "const",
# "field", "guid")?
function declared(kind, name,    re) {
	if (kind == "struct")
		re = "}[ \t]*" name "[ \t]*[,;]"
	else if (kind == "const")
		re = "(#define[ \t]+" name "[ \t(])|([ \t]" name "[ \t]*=)"
	else if (kind == "field")
		re = "[ \t*]" name "[ \t]*[;[)]"
	else
		re = "#define[ \t]+WINPAR_" name "_VALUES\\("
	return htext ~ re
}

# Structure name of the ABI file -> our structure name ("" = skip).
function mapstruct(s,    n) {
	if (!isident(s))
		fail("bad structure name \"" s "\"")
	if (s ~ /_DOCSYNTAX$/)
		return ""
	n = s
	if (n ~ /_DOC$/)
		sub(/_DOC$/, "", n)
	else if (n ~ /_WDK$/)
		sub(/_WDK$/, "", n)
	if (!declared("struct", n))
		fail("cannot map \"" s "\": no structure " n " in the uapi headers")
	return n
}

# An entry of a replica that winpar deliberately does not follow: count it
# and say so once, where its entries would have been.
function skip(s) {
	skipped++
	if (s in skipnames)
		return
	skipnames[s] = 1
	out[++nout] = "/*\n * Skipped: the entries of " s ", the replica of the\n" \
		" * documentation\047s syntax block; winpar follows the header layout of\n" \
		" * " substr(s, 1, length(s) - 10) " (WINDOWS-API.md section 9.12).\n */"
}

function add(kind, entry, expr, value) {
	nasserts++
	kindcount[kind]++
	out[++nout] = sprintf("WINPAR_ABI_ASSERT(%s == %s,\n\t\t  \"%s\");", expr, value, entry)
	table[nasserts] = sprintf("\t{ \"%s\", \"%s\",\n\t  %s, %s },", kind, entry, expr, value)
}

BEGIN {
	# Windows type -> Windows name and the fixed-width type used in its
	# place where the Windows names are not available (kernel).
	tw["pointer"] = "void *";		tf["pointer"] = "void *"
	tw["BOOLEAN"] = "BOOLEAN";		tf["BOOLEAN"] = "__u8"
	tw["UCHAR"] = "UCHAR";			tf["UCHAR"] = "__u8"
	tw["USHORT"] = "USHORT";		tf["USHORT"] = "__u16"
	tw["ULONG"] = "ULONG";			tf["ULONG"] = "__u32"
	tw["ULONG_PTR"] = "ULONG_PTR";		tf["ULONG_PTR"] = "unsigned long"
	tw["NTSTATUS"] = "NTSTATUS";		tf["NTSTATUS"] = "__s32"
	tw["PHYSICAL_ADDRESS"] = "PHYSICAL_ADDRESS"
	tf["PHYSICAL_ADDRESS"] = "union winpar_large_integer"
	tw["KAFFINITY"] = "KAFFINITY";		tf["KAFFINITY"] = "unsigned long"
	tw["INTERFACE_TYPE"] = "INTERFACE_TYPE"; tf["INTERFACE_TYPE"] = "__s32"
	tw["KINTERRUPT_MODE"] = "KINTERRUPT_MODE"; tf["KINTERRUPT_MODE"] = "__s32"
	tw["PARALLEL_SAFETY"] = "PARALLEL_SAFETY"; tf["PARALLEL_SAFETY"] = "PARALLEL_SAFETY"
	tw["PWSTR"] = "PWSTR";			tf["PWSTR"] = "__u16 *"
	tw["GUID"] = "GUID";			tf["GUID"] = "struct winpar_guid"

	gpick["Data1"] = 1; gpick["Data2"] = 1; gpick["Data3"] = 1
	for (i = 0; i < 8; i++)
		gpick["Data4_" i] = 1
}

# The uapi headers come first on the command line.
FILENAME != abi {
	htext = htext "\n" $0
	next
}

{ lineno = FNR }

/^#/ || /^[ \t]*$/ { next }

{
	if (NF != 3)
		fail("expected 3 columns, got " NF ": " $0)
	name = $1
	hex = tolower($2)
	dec = $3
	if (hex !~ /^0x[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]$/)
		fail("bad hex value \"" $2 "\"")
	if (dec !~ /^[0-9]+$/)
		fail("bad decimal value \"" dec "\"")
	# hex and decimal columns must agree
	v = 0
	for (i = 3; i <= 10; i++)
		v = v * 16 + index("0123456789abcdef", substr(hex, i, 1)) - 1
	if (sprintf("%.0f", v) != dec)
		fail("hex " hex " and decimal " dec " disagree")
	if (seen[name]++)
		fail("duplicate entry " name)

	n = split(name, p, ".")
	kind = p[1]
	if (kind == "type") {
		if (n != 3 || (p[3] != "sizeof" && p[3] != "alignof"))
			fail("cannot map \"" name "\"")
		if (!(p[2] in tw))
			fail("cannot map \"" name "\": unknown type " p[2])
		if (tw[p[2]] == tf[p[2]])
			t = tw[p[2]]
		else
			t = "WINPAR_ABI_T(" tw[p[2]] ", " tf[p[2]] ")"
		op = p[3] == "sizeof" ? "sizeof" : "WINPAR_ABI_ALIGN"
		add("type", name, op "(" t ")", dec)
		if (p[3] == "sizeof")
			ntypes++
	} else if (kind == "struct") {
		if (n != 3 || (p[3] != "sizeof" && p[3] != "alignof"))
			fail("cannot map \"" name "\"")
		s = mapstruct(p[2])
		if (s == "") {
			skip(p[2])
			next
		}
		op = p[3] == "sizeof" ? "sizeof" : "WINPAR_ABI_ALIGN"
		add("struct", name, op "(" s ")", dec)
		if (p[3] == "sizeof")
			nstructs++
	} else if (kind == "field") {
		if (n != 4 || (p[4] != "offset" && p[4] != "size"))
			fail("cannot map \"" name "\"")
		s = mapstruct(p[2])
		if (s == "") {
			skip(p[2])
			next
		}
		if (!isident(p[3]) || !declared("field", p[3]))
			fail("cannot map \"" name "\": no field " p[3] " in the uapi headers")
		if (p[4] == "offset") {
			add("field", name, "offsetof(" s ", " p[3] ")", dec)
			nfields++
		} else {
			add("field", name, "sizeof(((" s " *)0)->" p[3] ")", dec)
		}
	} else if (kind == "const") {
		if (n != 2 || !isident(p[2]))
			fail("cannot map \"" name "\"")
		if (!declared("const", p[2]))
			fail("cannot map \"" name "\": " p[2] " is not defined in the uapi headers")
		add("const", name, "(unsigned int)(" p[2] ")", shorthex(hex))
	} else if (kind == "guid") {
		if (n != 3 || !isident(p[2]) || !(p[3] in gpick))
			fail("cannot map \"" name "\"")
		if (!declared("guid", p[2]))
			fail("cannot map \"" name "\": no WINPAR_" p[2] "_VALUES in the uapi headers")
		add("guid", name, "WINPAR_" p[2] "_VALUES(WINPAR_ABI_GUID_" p[3] ", _)", shorthex(hex))
		if (p[3] == "Data1")
			nguids++
	} else {
		fail("cannot map \"" name "\": unknown kind \"" kind "\"")
	}
}

END {
	if (failed)
		exit 1
	if (nasserts == 0)
		fail("no entries found")

	print "/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */"
	print "/*"
	print " * GENERATED FILE - DO NOT EDIT."
	print " *"
	printf " * Generated from %s (sha256 %s)\n", base, substr(sum, 1, 16)
	if (compiler != "")
		printf " * (measured with %s on the mingw-w64 headers)\n", compiler
	print " * by the command, run at the top of the repository:"
	printf " *   bash scripts/gen-abi-asserts.sh %s \\\n *\t> include/abi/abi_%s.h\n", abi, arch
	print " *"
	printf " * %d compile-time assertions that the winpar uapi headers have the %s\n", nasserts, target
	print " * layout: sizes, alignments and field offsets of every structure, sizes of"
	print " * the basic types, values of every constant and GUID component."
	if (skipped) {
		printf " * Skipped on purpose: the %d entries of", skipped
		for (s in skipnames)
			printf " %s", s
		print ","
		print " * replicas of the documentation\047s syntax block, whose layout the real"
		print " * headers (and winpar) do not follow."
	}
	print " *"
	print " * This file includes nothing. Include first the winpar uapi headers"
	print " * <winpar/wintypes.h>, <winpar/ntstatus.h>, <winpar/ntddpar.h>,"
	print " * <winpar/parallel.h>, <winpar/ntddser.h> and a header that defines"
	print " * offsetof (<stddef.h> in user space, <linux/stddef.h> in the kernel)."
	print " */"
	printf "#ifndef %s\n#define %s\n\n", guard, guard
	printf "#if !(%s)\n", archtest
	printf "#error \"abi_%s.h checks the %s layout: include it only in %s builds\"\n", arch, target, arch
	print "#endif\n"
	print "#ifndef WINPAR_ABI_ASSERT"
	print "#ifdef __cplusplus"
	print "#define WINPAR_ABI_ASSERT(expr, entry) static_assert(expr, \"winpar ABI: \" entry)"
	print "#define WINPAR_ABI_ALIGN(type) alignof(type)"
	print "#else"
	print "#define WINPAR_ABI_ASSERT(expr, entry) _Static_assert(expr, \"winpar ABI: \" entry)"
	print "#define WINPAR_ABI_ALIGN(type) _Alignof(type)"
	print "#endif"
	print "#endif\n"
	print "/* A Windows type, or the fixed-width type used where wintypes.h does not provide it */"
	print "#ifdef WINPAR_HAVE_WINTYPES"
	print "#define WINPAR_ABI_T(win, fixed) win"
	print "#else"
	print "#define WINPAR_ABI_T(win, fixed) fixed"
	print "#endif\n"
	print "/* Component pickers for WINPAR_<guid name>_VALUES(m, name) */"
	args = "n, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8"
	printf "#define WINPAR_ABI_GUID_Data1(%s) (l)\n", args
	printf "#define WINPAR_ABI_GUID_Data2(%s) (w1)\n", args
	printf "#define WINPAR_ABI_GUID_Data3(%s) (w2)\n", args
	for (i = 0; i < 8; i++)
		printf "#define WINPAR_ABI_GUID_Data4_%d(%s) (b%d)\n", i, args, i + 1
	print ""
	printf "#define WINPAR_ABI_SOURCE \"%s\"\n", base
	printf "#define WINPAR_ABI_TARGET \"%s\"\n", target
	printf "#define WINPAR_ABI_ASSERT_COUNT %d\n", nasserts
	printf "#define WINPAR_ABI_TYPE_COUNT %d\n", ntypes
	printf "#define WINPAR_ABI_TYPE_ASSERT_COUNT %d\n", kindcount["type"]
	printf "#define WINPAR_ABI_STRUCT_COUNT %d\n", nstructs
	printf "#define WINPAR_ABI_STRUCT_ASSERT_COUNT %d\n", kindcount["struct"]
	printf "#define WINPAR_ABI_FIELD_COUNT %d\n", nfields
	printf "#define WINPAR_ABI_FIELD_ASSERT_COUNT %d\n", kindcount["field"]
	printf "#define WINPAR_ABI_CONST_COUNT %d\n", kindcount["const"]
	printf "#define WINPAR_ABI_GUID_COUNT %d\n", nguids
	printf "#define WINPAR_ABI_GUID_ASSERT_COUNT %d\n", kindcount["guid"]
	printf "#define WINPAR_ABI_SKIPPED_COUNT %d\n\n", skipped
	for (i = 1; i <= nout; i++)
		print out[i]
	print ""
	print "/*"
	print " * The same checks as data, for a run-time test: define WINPAR_ABI_TABLE"
	print " * before including this file to get the array winpar_abi_checks[]."
	print " */"
	print "#ifdef WINPAR_ABI_TABLE"
	print "struct winpar_abi_check {"
	print "\tconst char *kind;\t\t/* type, struct, field, const, guid */"
	print "\tconst char *entry;\t\t/* the line of the ABI file */"
	print "\tunsigned long long value;\t/* winpar value, computed by the compiler */"
	print "\tunsigned long long expected;\t/* Windows value */"
	print "};"
	print ""
	print "static const struct winpar_abi_check winpar_abi_checks[] = {"
	for (i = 1; i <= nasserts; i++)
		print table[i]
	print "};"
	print "#endif /* WINPAR_ABI_TABLE */"
	printf "\n#endif /* %s */\n", guard
}
' "${headers[@]}" "$abi" > "$tmp" || die "generation from '$abi' failed"

cat "$tmp"
