// SPDX-License-Identifier: GPL-2.0
/*
 * The request table: the one path every Windows request takes.
 *
 * A request is found by (major function, code) and checked against the node
 * it was sent to, the caller's privilege and the buffer lengths declared in
 * its table entry, in that order and only in request.h's winpar_request_find()
 * and winpar_request_call().  Handlers then see a system
 * buffer that holds at least what they need (METHOD_BUFFERED: the input on
 * the way in, the output on the way out) and return an NTSTATUS.
 *
 * Public and internal requests share seven codes (WINDOWS-API.md section 2),
 * so a code alone never identifies a request.
 */
#include <linux/kernel.h>
#include <linux/ktime.h>

#include <winpar/ntddpar.h>
#include <winpar/ntddser.h>
#include <winpar/parallel.h>

#include "request.h"

/* Longest location string: "LPTn.m" and its NUL, with room to spare. */
#define WINPAR_LOCATION_MAX	16

#define PUBLIC_ON_LPT(c, hnd, imin, omin, ishort, oshort, imax, omax, fl) {	\
	.code = (c), .major = WINPAR_MJ_DEVICE_CONTROL, .targets = WINPAR_ON_LPT,	\
	.flags = (fl), .in_min = (imin), .out_min = (omin),			\
	.in_short = (ishort), .out_short = (oshort),				\
	.in_max = (imax), .out_max = (omax), .handler = (hnd), .name = #c }

/*
 * An internal request: privileged.  Sizes: x86_64 (64) and i386 (32)
 * layouts of WINDOWS-API.md section 9; a short buffer is
 * STATUS_BUFFER_TOO_SMALL.
 */
#define INTERNAL(c, on, hnd, imin, imin32, omin, omin32, imax, omax) {		\
	.code = (c), .major = WINPAR_MJ_INTERNAL_DEVICE_CONTROL, .targets = (on),	\
	.flags = WINPAR_REQ_RAWIO, .in_min = (imin), .out_min = (omin),		\
	.in_min32 = (imin32), .out_min32 = (omin32),				\
	.in_short = STATUS_BUFFER_TOO_SMALL, .out_short = STATUS_BUFFER_TOO_SMALL,	\
	.in_max = (imax), .out_max = (omax), .handler = (hnd), .name = #c }
#define INTERNAL_NONE(c, on, hnd)	INTERNAL(c, on, hnd, 0, 0, 0, 0, 0, 0)

/* Structure sizes, x86_64 and i386 (WINDOWS-API.md section 9). */
#define PORT_INFO_64		56
#define PORT_INFO_32		32
#define MORE_INFO_64		32
#define MORE_INFO_32		24
#define PNP_INFO_64		112
#define PNP_INFO_32		80
#define ISR_64			32
#define ISR_32			16
#define PARCLASS_INFO_64	120
#define PARCLASS_INFO_32	64

const struct winpar_request winpar_requests[] = {
	/* WINDOWS-API.md 4.1: no input; 1 byte out, else STATUS_BUFFER_TOO_SMALL. */
	PUBLIC_ON_LPT(IOCTL_PAR_QUERY_INFORMATION, winpar_par_query_information,
		      0, sizeof(PAR_QUERY_INFORMATION),
		      STATUS_SUCCESS, STATUS_BUFFER_TOO_SMALL,
		      0, sizeof(PAR_QUERY_INFORMATION), WINPAR_REQ_RAW | WINPAR_REQ_QUERY),
	/* 4.2: PAR_SET_INFORMATION in, else STATUS_BUFFER_TOO_SMALL; no output. */
	PUBLIC_ON_LPT(IOCTL_PAR_SET_INFORMATION, winpar_par_set_information,
		      sizeof(PAR_SET_INFORMATION), 0,
		      STATUS_BUFFER_TOO_SMALL, STATUS_SUCCESS,
		      sizeof(PAR_SET_INFORMATION), 0, WINPAR_REQ_RAW),
	/* 4.5: PARCLASS_NEGOTIATION_MASK out, else STATUS_BUFFER_TOO_SMALL. */
	PUBLIC_ON_LPT(IOCTL_IEEE1284_GET_MODE, winpar_ieee1284_get_mode,
		      0, sizeof(PARCLASS_NEGOTIATION_MASK),
		      STATUS_SUCCESS, STATUS_BUFFER_TOO_SMALL,
		      0, sizeof(PARCLASS_NEGOTIATION_MASK), WINPAR_REQ_RAW | WINPAR_REQ_QUERY),
	/* 4.6: masks in and out; short input or output is STATUS_INVALID_PARAMETER. */
	PUBLIC_ON_LPT(IOCTL_IEEE1284_NEGOTIATE, winpar_ieee1284_negotiate,
		      sizeof(PARCLASS_NEGOTIATION_MASK), sizeof(PARCLASS_NEGOTIATION_MASK),
		      STATUS_INVALID_PARAMETER, STATUS_INVALID_PARAMETER,
		      sizeof(PARCLASS_NEGOTIATION_MASK), sizeof(PARCLASS_NEGOTIATION_MASK),
		      WINPAR_REQ_RAW),
	/* 4.7: one UCHAR in, else STATUS_INVALID_PARAMETER; no output. */
	PUBLIC_ON_LPT(IOCTL_PAR_SET_WRITE_ADDRESS, winpar_par_set_write_address,
		      1, 0, STATUS_INVALID_PARAMETER, STATUS_SUCCESS, 1, 0, WINPAR_REQ_RAW),
	PUBLIC_ON_LPT(IOCTL_PAR_SET_READ_ADDRESS, winpar_par_set_read_address,
		      1, 0, STATUS_INVALID_PARAMETER, STATUS_SUCCESS, 1, 0, WINPAR_REQ_RAW),
	/* 4.8: forbidden modes in (USHORT), supported modes out (USHORT). */
	PUBLIC_ON_LPT(IOCTL_PAR_GET_DEVICE_CAPS, winpar_par_get_device_caps,
		      sizeof(u16), sizeof(u16),
		      STATUS_BUFFER_TOO_SMALL, STATUS_BUFFER_TOO_SMALL,
		      sizeof(u16), sizeof(u16), WINPAR_REQ_RAW),
	/* 4.9: the same shape as 4.5. */
	PUBLIC_ON_LPT(IOCTL_PAR_GET_DEFAULT_MODES, winpar_par_get_default_modes,
		      0, sizeof(PARCLASS_NEGOTIATION_MASK),
		      STATUS_SUCCESS, STATUS_BUFFER_TOO_SMALL,
		      0, sizeof(PARCLASS_NEGOTIATION_MASK), WINPAR_REQ_RAW | WINPAR_REQ_QUERY),
	/* 4.11: one BOOLEAN (u8) out, else STATUS_BUFFER_TOO_SMALL. */
	PUBLIC_ON_LPT(IOCTL_PAR_IS_PORT_FREE, winpar_par_is_port_free,
		      0, sizeof(u8),
		      STATUS_SUCCESS, STATUS_BUFFER_TOO_SMALL,
		      0, sizeof(u8), WINPAR_REQ_RAW | WINPAR_REQ_QUERY),
	/* 4.12: "LPTn" + NUL out (length checked by the handler); input ignored. */
	PUBLIC_ON_LPT(IOCTL_PAR_QUERY_LOCATION, winpar_par_query_location,
		      0, 0, STATUS_SUCCESS, STATUS_BUFFER_TOO_SMALL,
		      0, WINPAR_LOCATION_MAX, WINPAR_REQ_QUERY),
	/* 4.3: the ID and a NUL out; a buffer of 0 bytes is refused at once. */
	PUBLIC_ON_LPT(IOCTL_PAR_QUERY_DEVICE_ID, winpar_par_query_device_id,
		      0, 1, STATUS_SUCCESS, STATUS_BUFFER_TOO_SMALL,
		      0, WINPAR_DEVICE_ID_MAX - 2 + 1, 0),
	/* 4.4: PAR_DEVICE_ID_SIZE_INFORMATION out, else STATUS_BUFFER_TOO_SMALL. */
	PUBLIC_ON_LPT(IOCTL_PAR_QUERY_DEVICE_ID_SIZE, winpar_par_query_device_id_size,
		      0, sizeof(PAR_DEVICE_ID_SIZE_INFORMATION),
		      STATUS_SUCCESS, STATUS_BUFFER_TOO_SMALL,
		      0, sizeof(PAR_DEVICE_ID_SIZE_INFORMATION), WINPAR_REQ_RAW),
	/* 4.10: prefix, ID and NUL out. */
	PUBLIC_ON_LPT(IOCTL_PAR_QUERY_RAW_DEVICE_ID, winpar_par_query_raw_device_id,
		      0, 1, STATUS_SUCCESS, STATUS_BUFFER_TOO_SMALL,
		      0, WINPAR_DEVICE_ID_MAX + 1, 0),
	/* 4.13: SERIAL_TIMEOUTS in / out, else STATUS_BUFFER_TOO_SMALL. */
	PUBLIC_ON_LPT(IOCTL_SERIAL_SET_TIMEOUTS, winpar_serial_set_timeouts,
		      sizeof(SERIAL_TIMEOUTS), 0,
		      STATUS_BUFFER_TOO_SMALL, STATUS_SUCCESS,
		      sizeof(SERIAL_TIMEOUTS), 0, WINPAR_REQ_RAW),
	PUBLIC_ON_LPT(IOCTL_SERIAL_GET_TIMEOUTS, winpar_serial_get_timeouts,
		      0, sizeof(SERIAL_TIMEOUTS),
		      STATUS_SUCCESS, STATUS_BUFFER_TOO_SMALL,
		      0, sizeof(SERIAL_TIMEOUTS), WINPAR_REQ_RAW | WINPAR_REQ_QUERY),

	/* Section 5: internal requests on the port. */
	INTERNAL_NONE(IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE, WINPAR_ON_PORT,
		      winpar_port_allocate_req),
	INTERNAL_NONE(IOCTL_INTERNAL_PARALLEL_PORT_FREE, WINPAR_ON_PORT, winpar_port_free_req),
	INTERNAL(IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO, WINPAR_ON_PORT, winpar_get_port_info,
		 0, 0, PORT_INFO_64, PORT_INFO_32, 0, PORT_INFO_64),
	INTERNAL(IOCTL_INTERNAL_GET_MORE_PARALLEL_PORT_INFO, WINPAR_ON_PORT,
		 winpar_get_more_port_info, 0, 0, MORE_INFO_64, MORE_INFO_32, 0, MORE_INFO_64),
	INTERNAL(IOCTL_INTERNAL_GET_PARALLEL_PNP_INFO, WINPAR_ON_PORT, winpar_get_pnp_info,
		 0, 0, PNP_INFO_64, PNP_INFO_32, 0, PNP_INFO_64),
	INTERNAL_NONE(IOCTL_INTERNAL_RELEASE_PARALLEL_PORT_INFO, WINPAR_ON_PORT,
		      winpar_release_port_info),
	INTERNAL(IOCTL_INTERNAL_PARALLEL_SET_CHIP_MODE, WINPAR_ON_PORT, winpar_set_chip_mode_req,
		 sizeof(PARALLEL_CHIP_MODE), 0, 0, 0, sizeof(PARALLEL_CHIP_MODE), 0),
	INTERNAL(IOCTL_INTERNAL_PARALLEL_CLEAR_CHIP_MODE, WINPAR_ON_PORT,
		 winpar_clear_chip_mode_req,
		 sizeof(PARALLEL_CHIP_MODE), 0, 0, 0, sizeof(PARALLEL_CHIP_MODE), 0),
	INTERNAL_NONE(IOCTL_INTERNAL_INIT_1284_3_BUS, WINPAR_ON_PORT, winpar_init_1284_3_bus),
	INTERNAL(IOCTL_INTERNAL_SELECT_DEVICE, WINPAR_ON_PORT, winpar_select_device_req,
		 sizeof(PARALLEL_1284_COMMAND), 0, 0, 0, sizeof(PARALLEL_1284_COMMAND), 0),
	INTERNAL(IOCTL_INTERNAL_DESELECT_DEVICE, WINPAR_ON_PORT, winpar_deselect_device_req,
		 sizeof(PARALLEL_1284_COMMAND), 0, 0, 0, sizeof(PARALLEL_1284_COMMAND), 0),
	/* 5.12: the input is overwritten by the output, both checked. */
	INTERNAL(IOCTL_INTERNAL_PARALLEL_CONNECT_INTERRUPT, WINPAR_ON_PORT,
		 winpar_connect_interrupt_req, ISR_64, ISR_32, ISR_64, ISR_32, ISR_64, ISR_64),
	INTERNAL(IOCTL_INTERNAL_PARALLEL_DISCONNECT_INTERRUPT, WINPAR_ON_PORT,
		 winpar_disconnect_interrupt_req, ISR_64, ISR_32, 0, 0, ISR_64, 0),

	/* Section 6: internal requests on a device. */
	INTERNAL(IOCTL_INTERNAL_PARCLASS_CONNECT, WINPAR_ON_LPT, winpar_parclass_connect,
		 0, 0, PARCLASS_INFO_64, PARCLASS_INFO_32, 0, PARCLASS_INFO_64),
	INTERNAL_NONE(IOCTL_INTERNAL_PARCLASS_DISCONNECT, WINPAR_ON_LPT,
		      winpar_parclass_disconnect),
	INTERNAL_NONE(IOCTL_INTERNAL_DISCONNECT_IDLE, WINPAR_ON_LPT, winpar_disconnect_idle),
	INTERNAL_NONE(IOCTL_INTERNAL_LOCK_PORT, WINPAR_ON_LPT, winpar_lock_port),
	INTERNAL_NONE(IOCTL_INTERNAL_UNLOCK_PORT, WINPAR_ON_LPT, winpar_unlock_port),
	INTERNAL_NONE(IOCTL_INTERNAL_LOCK_PORT_NO_SELECT, WINPAR_ON_LPT,
		      winpar_lock_port_no_select),
	INTERNAL_NONE(IOCTL_INTERNAL_UNLOCK_PORT_NO_DESELECT, WINPAR_ON_LPT,
		      winpar_unlock_port_no_deselect),

	/*
	 * winpar's own public requests (vendor functions): register access
	 * for whoever holds the port, as ppdev's claimer may (holding it takes
	 * CAP_SYS_RAWIO on a port node, the node's permission on a device
	 * node); the ECR range needs CAP_SYS_RAWIO (regs.c).
	 */
	{ .code = IOCTL_WINPAR_PORT_REGISTERS, .major = WINPAR_MJ_DEVICE_CONTROL,
	  .targets = WINPAR_ON_PORT | WINPAR_ON_LPT,
	  .in_min = sizeof(struct winpar_registers), .in_short = STATUS_BUFFER_TOO_SMALL,
	  .out_short = STATUS_BUFFER_TOO_SMALL,
	  .in_max = sizeof(struct winpar_registers) + WINPAR_REGISTERS_MAX,
	  .out_max = WINPAR_REGISTERS_MAX, .handler = winpar_port_registers_req,
	  .name = "IOCTL_WINPAR_PORT_REGISTERS" },
	{ .code = IOCTL_WINPAR_QUERY_REGISTERS, .major = WINPAR_MJ_DEVICE_CONTROL,
	  .targets = WINPAR_ON_PORT | WINPAR_ON_LPT, .flags = WINPAR_REQ_QUERY,
	  .out_min = sizeof(struct winpar_register_ranges),
	  .in_short = STATUS_SUCCESS, .out_short = STATUS_BUFFER_TOO_SMALL,
	  .out_max = sizeof(struct winpar_register_ranges),
	  .handler = winpar_query_registers_req, .name = "IOCTL_WINPAR_QUERY_REGISTERS" },
	/* 6.4, 6.5 as public requests, for a burst of register accesses. */
	PUBLIC_ON_LPT(IOCTL_WINPAR_LOCK_PORT, winpar_lock_port,
		      0, 0, STATUS_SUCCESS, STATUS_SUCCESS, 0, 0, 0),
	PUBLIC_ON_LPT(IOCTL_WINPAR_UNLOCK_PORT, winpar_unlock_port,
		      0, 0, STATUS_SUCCESS, STATUS_SUCCESS, 0, 0, 0),

	/* winpar's own: a routine of an information structure, for a process. */
	INTERNAL(IOCTL_WINPAR_CALL_ROUTINE, WINPAR_ON_PORT | WINPAR_ON_LPT,
		 winpar_call_routine_req,
		 sizeof(struct winpar_routine_call), 0, sizeof(struct winpar_routine_result), 0,
		 sizeof(struct winpar_routine_call) + WINPAR_ROUTINE_DATA_MAX,
		 sizeof(struct winpar_routine_result) + WINPAR_ROUTINE_DATA_MAX),
};

const unsigned int winpar_request_count = ARRAY_SIZE(winpar_requests);

/**
 * winpar_request_run_traced() - winpar_request_call(), with its trace event
 * @r: the entry, or NULL
 * @req: the request
 * @major: how it came (for the trace)
 *
 * Return: the NTSTATUS.
 */
ntstatus_t winpar_request_run_traced(const struct winpar_request *r, struct winpar_req *req,
				     enum winpar_major major)
{
	u64 t0 = ktime_get_ns();
	ntstatus_t status;

	status = winpar_request_call(r, req);
	trace_winpar_request(dev_name(&req->node->dev), major == WINPAR_MJ_INTERNAL_DEVICE_CONTROL,
			     req->code, req->in_len, req->out_len, status, req->info,
			     ktime_get_ns() - t0);
	return status;
}
