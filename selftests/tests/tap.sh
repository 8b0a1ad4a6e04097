# SPDX-License-Identifier: GPL-2.0
#
# TAP helpers for the suite's shell tests, sourced from /tests/tap.sh.
# The caller sets n=0 and prints the plan.

ok() { n=$((n + 1)); echo "ok $n $1"; }
not_ok() { n=$((n + 1)); echo "not ok $n $1"; }

# expect_grep DESC EXIT GREP-FLAGS WANT COMMAND...: exit status, and grep
# with GREP-FLAGS finds WANT in the output; the failure shows both.
expect_grep() {
	desc=$1 want=$2 flags=$3 pat=$4
	shift 4
	out=$("$@" 2>&1)
	rc=$?
	if [ "$rc" = "$want" ] && printf '%s\n' "$out" | grep "$flags" -- "$pat"; then
		ok "$desc"
	else
		not_ok "$desc"
		printf '%s\n' "# exit $rc (want $want), want ($flags):" "$pat" "output:" "$out" |
			sed 's/^/# /'
	fi
}

# expect_re DESC EXIT PATTERN COMMAND...: exit status and a line matching PATTERN (grep -E)
expect_re() {
	d=$1 w=$2 p=$3
	shift 3
	expect_grep "$d" "$w" -Eq "$p" "$@"
}

# expect_line DESC EXIT LINE COMMAND...: exit status and LINE, exactly, among the output's lines
expect_line() {
	d=$1 w=$2 p=$3
	shift 3
	expect_grep "$d" "$w" -Fxq "$p" "$@"
}
