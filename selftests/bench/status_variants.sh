#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The status round trip's micro-optimisations, one at a time back to the
# plain form: builds winpar.ko from the tree four ways into OUT (default
# $BUILD/variants), for `BENCH_VARIANTS=OUT make bench`:
#   winpar-0-as-is.ko           the tree as it is
#   winpar-1-no-always-inline.ko  inline instead of __always_inline (request.h, cdev.c)
#   winpar-2-no-indirect-call.ko  r->handler(req) instead of INDIRECT_CALL_1()
#   winpar-3-copy-from-user.ko    the transport's header by copy_from_user()
#                                 instead of unsafe_get_user() field by field
# A variant whose edit no longer applies (the form is gone) is not built.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

name=stock-6.1
out=${1:-$BUILD/variants}
prepare_kernel "$name"
mkdir -p "$out"
rm -f "$out"/winpar-*.ko

variant() {
	local tag=$1 src=$BUILD/variant-src/$1
	shift
	rm -rf "$src" && mkdir -p "$src"
	rsync -a --exclude build --exclude .git --exclude compat/generated \
		"$TOP"/Kbuild "$TOP"/Makefile "$TOP"/module "$TOP"/compat "$TOP"/include "$src"/
	if ! (cd "$src" && "$@"); then
		say "variant $tag: the edit does not apply; not built"
		return 0
	fi
	make -s -C "$src" KDIR="$BUILD/kernels/$name/kdir" WINPAR_SIM=n $KBUILD_FLAGS modules >&2 ||
		die "variant $tag: build failed"
	cp "$src/winpar.ko" "$out/winpar-$tag.ko"
}

as_is() { true; }
no_always_inline() {
	grep -q __always_inline module/request.h module/cdev.c &&
		sed -i 's/__always_inline/inline/' module/request.h module/cdev.c
}
no_indirect_call() {
	grep -q 'INDIRECT_CALL_1(r->handler, winpar_par_query_information, req)' module/request.h &&
		sed -i 's/INDIRECT_CALL_1(r->handler, winpar_par_query_information, req)/r->handler(req)/' \
			module/request.h
}
copy_from_user() {
	grep -q 'unsafe_get_user(w.code' module/cdev.c || return 1
	python3 - <<'PY'
import re
p = 'module/cdev.c'
s = open(p).read()
s = re.sub(r'\tif \(!user_read_access_begin\(uarg, sizeof\(\*uarg\)\)\)\n\t\treturn -EFAULT;\n'
           r'(\tunsafe_get_user\([^\n]*\n)+\tuser_read_access_end\(\);\n',
           '\tif (copy_from_user(&w, uarg, sizeof(w)))\n\t\treturn -EFAULT;\n', s, count=1)
s = s.replace('efault_in:\n\tuser_read_access_end();\n\treturn -EFAULT;\n', '', 1)
open(p, 'w').write(s)
PY
	! grep -q 'unsafe_get_user(w.code' module/cdev.c
}

variant 0-as-is as_is
variant 1-no-always-inline no_always_inline
variant 2-no-indirect-call no_indirect_call
variant 3-copy-from-user copy_from_user
ls -l "$out"
