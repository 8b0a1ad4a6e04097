#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Maintainer's check that the upstream-Wine series still applies:
#
#   tools/wine/check-upstream.sh TREE [PATCHDIR]
#
# runs "git apply --check" of PATCHDIR/*.patch (default
# tools/wine/patches-upstream/) in TREE, in order, then applies them for
# real in a throw-away copy of TREE.  TREE is a Wine source tree, or a tree
# holding only the upstream files the patches touch
# (dlls/ntdll/Makefile.in, dlls/ntdll/unix/file.c,
# dlls/ntdll/unix/unix_private.h, dlls/mountmgr.sys/unixlib.c) at the
# commits Documentation/wine.rst names.  It shows that the patches apply,
# not that the result builds.  It needs those upstream files, which this
# repository does not carry, so it is not part of "make check".
#
# Exit 0 when the series applies, 1 when it does not, 2 on bad usage.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
tree=${1:?usage: $0 TREE [PATCHDIR]}
dir=${2:-$here/patches-upstream}

[ -d "$tree" ] || { echo "check-upstream: no directory $tree" >&2; exit 2; }
shopt -s nullglob
patches=("$dir"/*.patch)
[ ${#patches[@]} -gt 0 ] || { echo "check-upstream: no patches in $dir" >&2; exit 2; }
for i in "${!patches[@]}"; do patches[i]=$(cd "${patches[i]%/*}" && pwd)/${patches[i]##*/}; done

if ! git -C "$tree" apply --check -v "${patches[@]}"; then
	echo "check-upstream: FAIL: the series does not apply to $tree" >&2
	exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -a "$tree"/. "$work"/
rm -rf "$work/.git"
if ! git -C "$work" apply "${patches[@]}"; then
	echo "check-upstream: FAIL: git apply in a copy of $tree" >&2
	exit 1
fi
echo "check-upstream: ok: ${#patches[@]} patches apply to $tree"
