# SPDX-License-Identifier: GPL-2.0
#
# TAP helpers for the suite's shell tests, sourced from /tests/tap.sh.
# The caller sets n=0 and prints the plan.

ok() { n=$((n + 1)); echo "ok $n $1"; }
not_ok() { n=$((n + 1)); echo "not ok $n $1"; }

# expect_re DESC EXIT PATTERN COMMAND...: exit status and a line matching PATTERN (grep -E)
expect_re() {
	desc=$1 want=$2 pat=$3
	shift 3
	out=$("$@" 2>&1)
	rc=$?
	if [ "$rc" = "$want" ] && printf '%s\n' "$out" | grep -Eq -- "$pat"; then
		ok "$desc"
	else
		not_ok "$desc"
		printf '%s\n' "# exit $rc (want $want), output:" "$out" | sed 's/^/# /'
	fi
}

# expect_line DESC EXIT LINE COMMAND...: exit status and LINE, exactly, among the output's lines
expect_line() {
	desc=$1 want=$2 line=$3
	shift 3
	out=$("$@" 2>&1)
	rc=$?
	if [ "$rc" = "$want" ] && printf '%s\n' "$out" | grep -Fxq -- "$line"; then
		ok "$desc"
	else
		not_ok "$desc"
		printf '%s\n' "# exit $rc (want $want), want the line:" "$line" "output:" "$out" |
			sed 's/^/# /'
	fi
}
