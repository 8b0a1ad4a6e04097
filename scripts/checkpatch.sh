#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# checkpatch.pl --strict on winpar's kernel sources, with the checkpatch of
# Debian's linux-source-6.1 (extracted into build/, never committed).
# The uapi mirrors of Windows headers keep Windows' names and typedefs by
# design: CAMELCASE and NEW_TYPEDEFS are not checked there.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cp_dir=$top/build/checkpatch
tarball=/usr/src/linux-source-6.1.tar.xz
if [ ! -x "$cp_dir/scripts/checkpatch.pl" ]; then
	[ -f "$tarball" ] || { echo "apt-get install linux-source-6.1" >&2; exit 2; }
	mkdir -p "$cp_dir"
	tar -xJf "$tarball" -C "$cp_dir" --strip-components=1 \
		linux-source-6.1/scripts/checkpatch.pl \
		linux-source-6.1/scripts/spelling.txt \
		linux-source-6.1/scripts/const_structs.checkpatch
fi
cp=("$cp_dir/scripts/checkpatch.pl" --strict --no-tree --quiet --show-types)
rc=0
cd "$top"
"${cp[@]}" -f module/*.c module/*.h compat/*.h compat/probes/*.c sim/*.c sim/*.h \
	include/winpar_kernel.h || rc=1
# Windows' names (structure members, types) in the headers that mirror
# them and in the sample client that uses them.
"${cp[@]}" --ignore CAMELCASE,NEW_TYPEDEFS -f include/uapi/winpar/*.h selftests/kmod/*.c || rc=1
exit $rc
