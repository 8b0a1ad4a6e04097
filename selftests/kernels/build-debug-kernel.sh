#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Build the winpar "debug" test kernel: tinyconfig + debug-6.1.config on
# Debian's linux-source-6.1, parport stack as modules, KASAN/lockdep/
# kmemleak/UBSAN/ftrace on.
#
# usage: build-debug-kernel.sh [BUILD_DIR]     (default: <repo top>/build)
#
# Result (all under BUILD_DIR/kernels/debug-6.1/):
#   vmlinuz   copy of arch/x86/boot/bzImage
#   release   `make -s kernelrelease`
#   kdir      -> obj, for `make -C kdir M=/path/to/module modules`
#   modules/lib/modules/<release>/kernel/...   stripped, uncompressed .ko
#   stamp     sha256 of inputs; a matching stamp means "already built"
#   build.log full output of the last build
#
# Environment:
#   LINUX_TARBALL  source tarball (default /usr/src/linux-source-6.1.tar.xz)
#   JOBS           make -j value (default: nproc)
#   VERBOSE=1      also show make output on the terminal
#
# Exit status: 0 ok, 1 build/verification failure, 2 missing prerequisites.

set -euo pipefail

NAME=debug-6.1
SCRIPT_PATH=$(readlink -f "${BASH_SOURCE[0]}")
SCRIPT_DIR=$(dirname "$SCRIPT_PATH")
REPO_TOP=$(cd "$SCRIPT_DIR/../.." && pwd)
FRAGMENT="$SCRIPT_DIR/debug-6.1.config"
TARBALL=${LINUX_TARBALL:-/usr/src/linux-source-6.1.tar.xz}
JOBS=${JOBS:-$(nproc)}
START=$(date +%s)

say() { printf '%s: %s\n' "$NAME" "$*"; }
die() { printf '%s: error: %s\n' "$NAME" "$*" >&2; exit 1; }

elapsed() {
	local s=$(( $(date +%s) - START ))
	printf '%dm%02ds' $((s / 60)) $((s % 60))
}

if [ $# -gt 1 ] || [ "${1:-}" = -h ] || [ "${1:-}" = --help ]; then
	echo "usage: $0 [BUILD_DIR]   (default: $REPO_TOP/build)" >&2
	exit 2
fi

BUILD_DIR=${1:-$REPO_TOP/build}
mkdir -p "$BUILD_DIR"
BUILD_DIR=$(cd "$BUILD_DIR" && pwd)

SRC_PARENT="$BUILD_DIR/src"
SRC="$SRC_PARENT/linux-source-6.1"
SRC_STAMP="$SRC_PARENT/.linux-source-6.1.extracted"
OUT="$BUILD_DIR/kernels/$NAME"
OBJ="$OUT/obj"
MODDIR="$OUT/modules"
LOG="$OUT/build.log"

[ -r "$FRAGMENT" ] || die "config fragment $FRAGMENT not found"

# ------------------------------------------------------------------ cache
# Inputs: the fragment, this script, and the tarball's name and size.
input_hash() {
	{
		cat "$FRAGMENT"
		cat "$SCRIPT_PATH"
		printf '%s %s\n' "$(basename "$TARBALL")" "$(stat -c %s "$TARBALL")"
	} | sha256sum | cut -d' ' -f1
}

HASH=
if [ -r "$TARBALL" ]; then
	HASH=$(input_hash)
	if [ -f "$OUT/vmlinuz" ] && [ -f "$OUT/stamp" ] &&
	   [ "$(cat "$OUT/stamp")" = "$HASH" ]; then
		say "cached"
		exit 0
	fi
fi

# ------------------------------------------------------------ prerequisites
missing_pkgs=()
need_pkg() {	# need_pkg PACKAGE TEST...
	local pkg=$1; shift
	if ! "$@" >/dev/null 2>&1; then
		say "missing: $pkg ($*)" >&2
		missing_pkgs+=("$pkg")
	fi
}
need_pkg linux-source-6.1 test -r "$TARBALL"
need_pkg gcc        command -v gcc
need_pkg make       command -v make
need_pkg bc         command -v bc
need_pkg flex       command -v flex
need_pkg bison      command -v bison
need_pkg libelf-dev test -r /usr/include/gelf.h
need_pkg libssl-dev test -r /usr/include/openssl/opensslv.h
need_pkg cpio       command -v cpio
need_pkg xz-utils   command -v xz
need_pkg tar        command -v tar
need_pkg coreutils  command -v sha256sum
if [ ${#missing_pkgs[@]} -gt 0 ]; then
	echo "apt-get install -y ${missing_pkgs[*]}"
	exit 2
fi
[ -n "$HASH" ] || HASH=$(input_hash)

say "building in $OUT (jobs: $JOBS)"

# ------------------------------------------------------------------ extract
tarball_id="$(basename "$TARBALL") $(stat -c %s "$TARBALL")"
if [ -d "$SRC" ] && [ -f "$SRC_STAMP" ] && [ "$(cat "$SRC_STAMP")" = "$tarball_id" ]; then
	say "source present: $SRC"
else
	say "extracting $TARBALL"
	rm -rf "$SRC" "$SRC_STAMP" "$SRC_PARENT/.extract.tmp"
	mkdir -p "$SRC_PARENT/.extract.tmp"
	tar -xJf "$TARBALL" -C "$SRC_PARENT/.extract.tmp"
	[ -f "$SRC_PARENT/.extract.tmp/linux-source-6.1/Makefile" ] ||
		die "tarball did not contain linux-source-6.1/Makefile"
	mv "$SRC_PARENT/.extract.tmp/linux-source-6.1" "$SRC"
	rmdir "$SRC_PARENT/.extract.tmp"
	echo "$tarball_id" > "$SRC_STAMP"
	say "extracted ($(elapsed))"
fi

# ------------------------------------------------------------------ make
mkdir -p "$OBJ"
: > "$LOG"

kmake() {	# kmake TARGET... ; output to the log (and terminal if VERBOSE)
	local rc=0
	echo "+ make O=$OBJ $*" >> "$LOG"
	if [ "${VERBOSE:-0}" = 1 ]; then
		make -C "$SRC" O="$OBJ" ARCH=x86_64 "$@" 2>&1 | tee -a "$LOG" || rc=$?
	else
		make -C "$SRC" O="$OBJ" ARCH=x86_64 "$@" >> "$LOG" 2>&1 || rc=$?
	fi
	if [ $rc -ne 0 ]; then
		tail -n 40 "$LOG" >&2
		die "make $* failed (full log: $LOG)"
	fi
}

say "configuring (tinyconfig + $(basename "$FRAGMENT"))"
kmake tinyconfig
(cd "$SRC" && scripts/kconfig/merge_config.sh -m -O "$OBJ" "$OBJ/.config" "$FRAGMENT") >> "$LOG" 2>&1 ||
	die "merge_config.sh failed (log: $LOG)"
kmake olddefconfig

# Every CONFIG_X=value line of the fragment must survive with that value;
# every "# CONFIG_X is not set" must not have been turned on.
bad=()
while IFS= read -r line; do
	case $line in
	CONFIG_*=*)
		grep -qxF -- "$line" "$OBJ/.config" ||
			bad+=("$line  ->  $(grep -E "^(# )?${line%%=*}[= ]" "$OBJ/.config" || echo 'absent')")
		;;
	"# CONFIG_"*" is not set")
		sym=${line#\# }; sym=${sym%% *}
		if grep -qE "^$sym=" "$OBJ/.config"; then
			bad+=("$line  ->  $(grep -E "^$sym=" "$OBJ/.config")")
		fi
		;;
	esac
done < "$FRAGMENT"
if [ ${#bad[@]} -gt 0 ]; then
	printf '%s: config option not honoured: %s\n' "$NAME" "${bad[@]}" >&2
	die "${#bad[@]} fragment option(s) dropped or changed by Kconfig (unmet dependencies?)"
fi
say "config verified ($(grep -cE '^(CONFIG_|# CONFIG_.* is not set)' "$FRAGMENT") fragment lines)"

say "compiling bzImage + modules (log: $LOG)"
kmake -j"$JOBS" bzImage modules
say "compiled ($(elapsed))"

RELEASE=$(make -s -C "$SRC" O="$OBJ" ARCH=x86_64 kernelrelease 2>/dev/null | tail -n 1)
[ -n "$RELEASE" ] || die "could not determine kernelrelease"

say "installing modules for $RELEASE"
rm -rf "$MODDIR"
if command -v depmod >/dev/null 2>&1; then
	kmake modules_install INSTALL_MOD_PATH="$MODDIR" INSTALL_MOD_STRIP=1
else
	kmake modules_install INSTALL_MOD_PATH="$MODDIR" INSTALL_MOD_STRIP=1 DEPMOD=true
fi
# dangling links into the build tree are of no use in an initramfs
rm -f "$MODDIR/lib/modules/$RELEASE/build" "$MODDIR/lib/modules/$RELEASE/source"

for ko in drivers/parport/parport.ko drivers/parport/parport_pc.ko \
	  drivers/char/lp.ko drivers/char/ppdev.ko; do
	[ -f "$MODDIR/lib/modules/$RELEASE/kernel/$ko" ] ||
		die "expected module $ko not installed"
done

# ------------------------------------------------------------------ layout
cp "$OBJ/arch/x86/boot/bzImage" "$OUT/vmlinuz.tmp"
mv "$OUT/vmlinuz.tmp" "$OUT/vmlinuz"
echo "$RELEASE" > "$OUT/release"
ln -sfn obj "$OUT/kdir"

# ------------------------------------------- external module smoke test
say "checking external module build against kdir"
tmpmod=$(mktemp -d)
trap 'rm -rf "$tmpmod"' EXIT
cat > "$tmpmod/kdir_probe.c" <<'EOF'
// SPDX-License-Identifier: GPL-2.0
#include <linux/module.h>
#include <linux/parport.h>
static int __init kdir_probe_init(void) { return 0; }
static void __exit kdir_probe_exit(void) { }
module_init(kdir_probe_init);
module_exit(kdir_probe_exit);
MODULE_LICENSE("GPL");
EOF
echo 'obj-m := kdir_probe.o' > "$tmpmod/Kbuild"
if ! make -C "$OUT/kdir" M="$tmpmod" modules > "$tmpmod/log" 2>&1 ||
   [ ! -f "$tmpmod/kdir_probe.ko" ]; then
	cat "$tmpmod/log" >&2
	die "external module build against $OUT/kdir failed"
fi

echo "$HASH" > "$OUT/stamp"
say "done: $RELEASE, vmlinuz $(stat -c %s "$OUT/vmlinuz") bytes, total $(elapsed)"
