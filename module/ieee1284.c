// SPDX-License-Identifier: GPL-2.0
/*
 * The IEEE 1284 protocol, in the parport core's terms: no NTSTATUS here.
 * Reading the status lines, the nInit reset, forward and reverse transfers
 * in the negotiated mode with ECP channels and EPP addresses, and the
 * Device ID.  The callers hold the port (alloc.c).
 */
#include <linux/delay.h>
#include <linux/jiffies.h>
#include <linux/sched/signal.h>

#include "winpar.h"
#include "trace.h"

/**
 * winpar_read_status() - the status register of the port
 * @port: the port, claimed
 *
 * Return: the raw status lines in the parport core's layout (bit 3 nFault,
 * 4 Select, 5 PError, 6 nAck, 7 inverted Busy).
 */
u8 winpar_read_status(struct winpar_port *port)
{
	return parport_read_status(port->pp);
}

/**
 * winpar_init_pulse() - reset the peripheral: nInit low for at least 50 us
 * @port: the port, claimed
 *
 * IEEE 1284 gives nInit low as the printer reset; the other control lines
 * keep their state.
 */
void winpar_init_pulse(struct winpar_port *port)
{
	winpar_assert_driving(port);
	parport_frob_control(port->pp, PARPORT_CONTROL_INIT, 0);
	usleep_range(50, 100);
	parport_frob_control(port->pp, PARPORT_CONTROL_INIT, PARPORT_CONTROL_INIT);
}

static bool winpar_mode_has_addresses(int mode)
{
	return mode & (IEEE1284_MODE_ECP | IEEE1284_MODE_ECPSWE |
		       IEEE1284_MODE_EPP | IEEE1284_MODE_EPPSWE | IEEE1284_MODE_EPPSL);
}

/* The byte that carries address @addr in @mode: an ECP channel command or an EPP address. */
static u8 winpar_address_byte(int mode, int addr)
{
	return mode & (IEEE1284_MODE_ECP | IEEE1284_MODE_ECPSWE) ? 0x80 | (addr & 0x7f) : addr;
}

/*
 * In @mode (negotiated), send an address: an ECP channel command
 * (0x80 | channel) or an EPP address cycle.  winpar's own routines send it
 * as such; for the low-level driver's, the core marks address transfers
 * with IEEE1284_ADDR in the port's mode: drop the mark again at once,
 * since the core's termination does not mask it and would then skip the
 * EPP termination (LINUX-PARPORT.md 0.6).
 */
static int winpar_send_address(struct winpar_port *port, int mode, bool soft, u8 addr)
{
	struct parport *pp = port->pp;
	u8 b = winpar_address_byte(mode, addr);
	ssize_t n;

	if (soft)
		return winpar_xfer_write(port->pdev, mode, true, &b, 1) == 1 ? 0 : -EIO;
	parport_negotiate(pp, mode | IEEE1284_ADDR);
	n = parport_write(pp, &b, 1);
	parport_negotiate(pp, mode);
	return n == 1 ? 0 : -EIO;
}

/*
 * The peripheral is in ECP or EPP @mode already, idle: a session that an
 * earlier chunk, an earlier request of the port's holder or a client's
 * routines left open.  Both directions are served from there (the ECP
 * transfers turn the peripheral around themselves).
 */
static bool winpar_in_session(struct parport *pp, int mode)
{
	const struct ieee1284_info *info = &pp->physport->ieee1284;

	return winpar_mode_has_addresses(mode) && info->mode == mode &&
	       (info->phase == IEEE1284_PH_FWD_IDLE || info->phase == IEEE1284_PH_REV_IDLE);
}

/**
 * winpar_end_session() - back to compatibility mode from an ECP or EPP session
 * @port: the port, claimed
 *
 * What a request does when it gives the port back, and what the port's
 * holder's unlock or free does: the peripheral is handed on in
 * compatibility mode, as lp and ppdev expect it.
 */
void winpar_end_session(struct winpar_port *port)
{
	if (port->pp->physport->ieee1284.mode == IEEE1284_MODE_COMPAT)
		return;
	winpar_assert_driving(port);
	port->conn_gen++;
	parport_negotiate(port->pp, IEEE1284_MODE_COMPAT);
}

/*
 * Terminate, then negotiate @mode, unless the peripheral is in that ECP or
 * EPP session already; on failure the peripheral is back in compatibility
 * mode.
 */
static int winpar_connect(struct winpar_port *port, int mode)
{
	struct parport *pp = port->pp;
	int r;

	if (winpar_in_session(pp, mode))
		return 0;
	port->conn_gen++;
	parport_negotiate(pp, IEEE1284_MODE_COMPAT);
	if (mode == IEEE1284_MODE_COMPAT)
		return 0;
	r = parport_negotiate(pp, mode);
	trace_winpar_negotiate(pp->name, mode, r);
	if (!r)
		return 0;
	parport_negotiate(pp, IEEE1284_MODE_COMPAT);
	return -EIO;
}

/**
 * winpar_write_forward() - send bytes with a forward protocol
 * @port: the port, claimed
 * @mode: IEEE1284_MODE_COMPAT or a mode to negotiate (ECP, EPP)
 * @addr: the ECP channel or EPP address to send first, or -1
 * @buf: the bytes
 * @len: how many
 *
 * Terminates whatever mode the peripheral was left in and negotiates
 * @mode, unless it is in that ECP or EPP session already; sends the address
 * if the mode has addresses, and the bytes.  An ECP or EPP session stays
 * open for the next chunk and the next request (winpar_end_session() ends
 * it when the port is given back); other modes end in compatibility mode.  A
 * peripheral that stops taking bytes ends the transfer after the client
 * device's time-out.  The bytes go through winpar's own handshakes
 * (xfer.c) unless the port's driver has transfer routines of its own.
 *
 * Return: the number of bytes the peripheral took, or -EIO when it does
 * not negotiate @mode or take the address.
 */
ssize_t winpar_write_forward(struct winpar_port *port, int mode, int addr,
			     const void *buf, size_t len)
{
	struct parport *pp = port->pp;
	bool soft = winpar_xfer_handles(pp, mode, WINPAR_FWD);
	ssize_t n = -EIO;

	winpar_assert_driving(port);
	if (winpar_connect(port, mode))
		return -EIO;
	if (addr < 0 || !winpar_mode_has_addresses(mode) ||
	    !winpar_send_address(port, mode, soft, addr))
		n = soft ? winpar_xfer_write(port->pdev, mode, false, buf, len) :
			   parport_write(pp, buf, len);
	if (n < 0 || !winpar_in_session(pp, mode))
		winpar_end_session(port);
	return n;
}

/**
 * winpar_reverse_avail() - has the peripheral data to send in @mode?
 * @port: the port, claimed
 * @mode: the device's reverse protocol (IEEE1284_MODE_*)
 *
 * Without an open session the peripheral is asked: @mode is negotiated,
 * nDataAvail (nibble, byte) or nPeriphRequest (ECP) looked at, and the
 * peripheral taken back to compatibility mode.  In an open session of
 * another mode (the port's holder's) it is not asked: nothing changes the
 * mode behind the holder's back.  EPP peripherals answer every read.
 *
 * Return: true if a read would get bytes now.
 */
bool winpar_reverse_avail(struct winpar_port *port, int mode)
{
	struct parport *pp = port->pp;
	int cur = pp->physport->ieee1284.mode;
	bool avail;

	winpar_assert_driving(port);
	if (mode & (IEEE1284_MODE_EPP | IEEE1284_MODE_EPPSWE | IEEE1284_MODE_EPPSL))
		return true;
	if (cur != IEEE1284_MODE_COMPAT && !winpar_in_session(pp, mode))
		return false;
	if (winpar_connect(port, mode))
		return false;
	avail = !(parport_read_status(pp) & PARPORT_STATUS_ERROR);
	if (!winpar_in_session(pp, mode))
		winpar_end_session(port);
	return avail;
}

/* Read in @mode, negotiated: winpar's handshake or the port driver's. */
static ssize_t winpar_read_in(struct winpar_port *port, int mode, void *buf, size_t len)
{
	if (winpar_xfer_handles(port->pp, mode, WINPAR_REV))
		return winpar_xfer_read(port->pdev, mode, buf, len);
	return parport_read(port->pp, buf, len);
}

/**
 * winpar_read_reverse() - receive bytes with a reverse protocol
 * @port: the port, claimed
 * @mode: IEEE1284_MODE_NIBBLE, _BYTE, _ECP...
 * @addr: the ECP channel or EPP address to send first, or -1
 * @buf: room for @len bytes
 * @len: at most this many
 *
 * Negotiates @mode (unless in that ECP or EPP session already), sends the
 * address (forward) if the mode has addresses, and reads what the
 * peripheral has (up to @len).  As winpar_write_forward(): an ECP or EPP
 * session stays open, nibble and byte mode end in compatibility mode.
 * winpar's own handshakes where the port's driver has none.
 *
 * Return: the number of bytes read (0 when the peripheral has none), or
 * -EIO when it does not negotiate @mode or take the address.
 */
ssize_t winpar_read_reverse(struct winpar_port *port, int mode, int addr, void *buf, size_t len)
{
	struct parport *pp = port->pp;
	ssize_t n = -EIO;

	winpar_assert_driving(port);
	if (winpar_connect(port, mode))
		return -EIO;
	if (addr < 0 || !winpar_mode_has_addresses(mode) ||
	    !winpar_send_address(port, mode, winpar_xfer_handles(pp, mode, WINPAR_FWD), addr))
		n = winpar_read_in(port, mode, buf, len);
	if (n < 0 || !winpar_in_session(pp, mode))
		winpar_end_session(port);
	return n;
}

/**
 * winpar_read_device_id() - read the peripheral's IEEE 1284 Device ID
 * @port: the port, claimed
 * @buf: room for WINPAR_DEVICE_ID_MAX bytes
 *
 * Negotiates nibble mode with the Device ID request, as Windows does,
 * reads the two-byte big-endian length (which counts itself) and then the
 * ID, and returns to compatibility mode.  A peripheral that sends fewer
 * bytes than it announced ends the ID where it stops.
 *
 * Return: the number of bytes in @buf, length prefix included, or -EIO when
 * the peripheral does not negotiate or sends no valid length.
 */
ssize_t winpar_read_device_id(struct winpar_port *port, u8 *buf)
{
	struct parport *pp = port->pp;
	size_t want, got = 0;
	ssize_t n;

	winpar_assert_driving(port);
	port->conn_gen++;
	parport_negotiate(pp, IEEE1284_MODE_COMPAT);
	if (parport_negotiate(pp, IEEE1284_MODE_NIBBLE | IEEE1284_DEVICEID))
		goto fail;
	if (winpar_read_in(port, IEEE1284_MODE_NIBBLE, buf, 2) != 2)
		goto fail;
	want = (buf[0] << 8) | buf[1];
	if (want < 2)
		goto fail;
	for (got = 2; got < want; got += n) {
		n = winpar_read_in(port, IEEE1284_MODE_NIBBLE, buf + got, want - got);
		if (n <= 0)
			break;
	}
	parport_negotiate(pp, IEEE1284_MODE_COMPAT);
	return got;

fail:
	parport_negotiate(pp, IEEE1284_MODE_COMPAT);
	return -EIO;
}
