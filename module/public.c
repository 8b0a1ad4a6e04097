// SPDX-License-Identifier: GPL-2.0
/*
 * Public requests on an LPT node: the ntddpar.h IOCTLs that Windows
 * programs send to \\.\LPTn (WINDOWS-API.md section 4).
 */
#include <winpar/ntddpar.h>

#include "winpar.h"

/*
 * The printer status of WINDOWS-API.md 4.1, from the status lines.  The
 * documentation leaves the derivation open; this follows Microsoft's own
 * driver (Documentation/decisions.rst): four mutually exclusive conditions
 * tested in order, then BUSY and SELECTED independently.
 */
static u8 winpar_status_to_par_status(u8 s)
{
	bool nfault = s & PARPORT_STATUS_ERROR;
	bool select = s & PARPORT_STATUS_SELECT;
	bool perror = s & PARPORT_STATUS_PAPEROUT;
	bool nack = s & PARPORT_STATUS_ACK;
	bool busy = !(s & PARPORT_STATUS_BUSY);	/* the line is inverted */
	u8 st = 0;

	if ((!nfault && !nack && !busy) ||
	    (busy && nack && perror && select && nfault))
		st |= PARALLEL_POWER_OFF;
	else if (perror)
		st |= PARALLEL_PAPER_EMPTY;
	else if (nfault && busy && !select)
		st |= PARALLEL_OFF_LINE;
	else if (nfault && !busy && !select)
		st |= PARALLEL_NOT_CONNECTED;

	if (busy && nfault)
		st |= PARALLEL_BUSY;
	if (select)
		st |= PARALLEL_SELECTED;
	return st;
}

/* IOCTL_PAR_QUERY_INFORMATION: PAR_QUERY_INFORMATION.Status from the lines. */
ntstatus_t winpar_par_query_information(struct winpar_req *req)
{
	struct winpar_port *port = req->node->port;
	PAR_QUERY_INFORMATION *out = req->buf;
	u8 lines;
	int err;

	mutex_lock(&port->lock);
	err = winpar_acquire(port);
	if (err) {
		mutex_unlock(&port->lock);
		return winpar_errno_to_ntstatus(err);
	}
	lines = winpar_read_status(port);
	winpar_release(port);
	mutex_unlock(&port->lock);

	out->Status = winpar_status_to_par_status(lines);
	req->info = sizeof(*out);
	return STATUS_SUCCESS;
}
