#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Build Debian's Wine 8.0 with winpar's patches (tools/wine/patches/*.patch)
# and cache the two unix libraries they change:
#
#   tools/wine/build.sh            prints the cache directory holding
#                                  ntdll.so and mountmgr.so
#
# Only the unix side changes (dlls/ntdll/unix/*, dlls/mountmgr.sys/unixlib.c),
# so only ntdll.so and mountmgr.so are built; they are bind-mounted over the
# packaged ones (/usr/lib/x86_64-linux-gnu/wine/x86_64-unix/) to use them
# (Documentation/wine.rst).  The result is kept in
# ${WINPAR_CACHE:-~/.cache/winpar}/wine/<hash>/, the hash being that of the
# patches, this script and the Wine version: a second run prints the same
# directory at once.  The prepared source (generated files, autoreconf,
# configure: the slow part) is cached per Wine version in .../wine/tree-<ver>.
#
# Needs root for apt-get (or the packages below installed).  Exit 2 when a
# package cannot be installed, 1 when the build fails.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
CACHE=${WINPAR_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/winpar}
WINE_VERSION=${WINE_VERSION:-8.0~repack-4}
LIBDIR=/usr/lib/x86_64-linux-gnu/wine
PKGS="wine64 dpkg-dev gcc make flex bison autoconf automake unicode-data libxml-libxml-perl
	khronos-api libvulkan-dev libunwind-dev libdbus-1-dev gcc-mingw-w64-x86-64"

say() { printf 'wine build: %s\n' "$*" >&2; }
die() { say "error: $*"; exit "${2:-1}"; }

key=$( (cat "$here"/patches/*.patch "$0"; echo "$WINE_VERSION") | sha256sum | cut -c1-16)
out=$CACHE/wine/$key
if [ -f "$out/ntdll.so" ] && [ -f "$out/mountmgr.so" ]; then
	echo "$out"
	exit 0
fi

# One build at a time (two suites may share the cache).
mkdir -p "$CACHE/wine"
exec 9> "$CACHE/wine/.lock"
flock 9
if [ -f "$out/ntdll.so" ] && [ -f "$out/mountmgr.so" ]; then
	echo "$out"
	exit 0
fi

# --- packages ---------------------------------------------------------------
missing=
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
		missing="$missing $p"
done
if [ -n "$missing" ]; then
	[ "$(id -u)" = 0 ] || die "missing packages:$missing (apt-get install them as root)" 2
	say "installing$missing"
	apt-get update -qq >&2 || die "apt-get update failed" 2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
		$missing >&2 || die "apt-get install$missing failed" 2
fi
installed=$(dpkg-query -W -f='${Version}' wine64)
[ "$installed" = "$WINE_VERSION" ] ||
	die "wine64 $installed is installed; the patches are for $WINE_VERSION" 2

# --- the prepared source, once per Wine version -------------------------------
tree=$CACHE/wine/tree-$WINE_VERSION
if [ ! -f "$tree/.prepared" ]; then
	rm -rf "$tree"
	mkdir -p "$CACHE/wine/dl"
	if ! ls "$CACHE"/wine/dl/wine_"$WINE_VERSION".dsc >/dev/null 2>&1; then
		# The source package needs a deb-src line for the release.
		if ! apt-get source --print-uris -qq "wine=$WINE_VERSION" >/dev/null 2>&1; then
			[ "$(id -u)" = 0 ] || die "no deb-src line for Debian's wine" 2
			say "adding deb-src for bookworm"
			printf '%s\n' 'Types: deb-src' 'URIs: http://deb.debian.org/debian' \
				'Suites: bookworm bookworm-updates' 'Components: main' \
				'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' \
				> /etc/apt/sources.list.d/winpar-deb-src.sources
			apt-get update -qq >&2 || die "apt-get update failed" 2
		fi
		(cd "$CACHE/wine/dl" && apt-get source --download-only -qq "wine=$WINE_VERSION" >&2) ||
			die "apt-get source wine=$WINE_VERSION failed" 2
	fi
	# Two steps, each kept once done: the generated files (the slow part:
	# make_unicode alone takes 5 to 20 minutes on 2 shared cores), then
	# configure.
	if [ ! -f "$tree.tmp/.generated" ]; then
		say "unpacking wine $WINE_VERSION and generating what the repack strips"
		rm -rf "$tree.tmp"
		mkdir -p "$tree.tmp"
		dpkg-source -x "$CACHE/wine/dl/wine_$WINE_VERSION.dsc" "$tree.tmp/wine" >/dev/null 2>&1 ||
			die "dpkg-source -x wine_$WINE_VERSION.dsc failed"
		(
			cd "$tree.tmp/wine"
			# What debian/rules' override_dh_auto_configure generates.
			./debian/scripts/generate server/trace.generated make_requests
			./debian/scripts/generate server/request.generated make_requests
			./tools/make_unicode
			./tools/make_requests
			(cd dlls/opengl32 && ./make_opengl)
			(cd dlls/winevulkan && ./make_vulkan -x /usr/share/vulkan/registry/vk.xml)
			ln -sf /usr/share/misc/config.sub tools
			ln -sf /usr/share/misc/config.guess tools
			rm -rf libs/zlib
			autoreconf -f
		) > "$tree.tmp/generate.log" 2>&1 || {
			tail -n 30 "$tree.tmp/generate.log" >&2
			die "generating wine's files failed (log: $tree.tmp/generate.log)"
		}
		touch "$tree.tmp/.generated"
	fi
	say "configuring wine $WINE_VERSION"
	(
		cd "$tree.tmp/wine"
		# The icons' sources debian/rules links before configure
		# (makedep needs them), taken from debian/rules itself.
		sed -n 's/^\tln -sf \(\S*\.svg\) \(\S*\.svg\)$/\1 \2/p' debian/rules |
		while read -r target link; do
			ln -sf "$target" "$link"
		done
		# Debian's paths and flags (debian/rules): with configure's
		# defaults the rebuilt ntdll.so does not find the rest of the
		# package.
		export DEB_BUILD_MAINT_OPTIONS="hardening=+all,-fortify,-stackprotector,-format optimize=-lto"
		export DEB_CFLAGS_MAINT_APPEND="-Wno-array-bounds -Wno-unused-function -Wno-format"
		./configure -q --enable-win64 --with-mingw --disable-tests --enable-werror \
			--libdir="$LIBDIR" --bindir=/usr/lib/wine \
			--mandir=/usr/share/man --includedir=/usr/include/wine \
			--datarootdir=/usr/share/wine --without-x --without-freetype \
			--without-oss --without-sane --without-netapi \
			ZLIB_PE_LIBS=z LDFLAGS="" CFLAGS="$(dpkg-buildflags --get CFLAGS)"
		make -s -C include >/dev/null
	) > "$tree.tmp/configure.log" 2>&1 || {
		tail -n 30 "$tree.tmp/configure.log" >&2
		die "configuring wine failed (log: $tree.tmp/configure.log)"
	}
	mv "$tree.tmp" "$tree"
	touch "$tree/.prepared"
fi

# --- the patched libraries ------------------------------------------------------
work=$CACHE/wine/build-$key
rm -rf "$CACHE"/wine/build-*	# what a failed build left
mkdir -p "$work"
say "copying the prepared tree and applying $(ls "$here"/patches/*.patch | wc -l) patch(es)"
cp -a "$tree/wine" "$work/wine"
for p in "$here"/patches/*.patch; do
	patch -s -p1 -d "$work/wine" < "$p" || die "$(basename "$p") does not apply to wine $WINE_VERSION"
done
say "building dlls/ntdll/ntdll.so and dlls/mountmgr.sys/mountmgr.so"
t0=$(date +%s)
if ! make -C "$work/wine" -j"$(nproc)" dlls/ntdll/ntdll.so dlls/mountmgr.sys/mountmgr.so \
	> "$work/build.log" 2>&1; then
	grep -E 'error|warning' "$work/build.log" | head -n 30 >&2
	die "building wine failed (log: $work/build.log)"
fi
# --enable-werror makes a warning an error; say so when there was none.
if grep -q 'warning:' "$work/build.log"; then
	grep 'warning:' "$work/build.log" >&2
	die "the build printed warnings"
fi
mkdir -p "$out.tmp"
cp "$work/wine/dlls/ntdll/ntdll.so" "$work/wine/dlls/mountmgr.sys/mountmgr.so" "$out.tmp/"
cp "$work/build.log" "$out.tmp/build.log"
echo "$(( $(date +%s) - t0 ))" > "$out.tmp/build-seconds"
rm -rf "$out"
mv "$out.tmp" "$out"
rm -rf "$work"
say "built in $(cat "$out/build-seconds") s"
echo "$out"
