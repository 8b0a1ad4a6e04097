// SPDX-License-Identifier: GPL-2.0
/*
 * Client interrupt routines on the port's interrupt (WINDOWS-API.md 1.9,
 * 5.12, 5.13).
 *
 * winpar's client device of the parport core has an interrupt handler:
 * the core calls it, in hard-IRQ context, for interrupts of the port while
 * winpar holds the port (the core delivers a port's interrupts to the
 * client that has it claimed, and to nobody while it is free).  It calls
 * every connected routine in connection order.  A kernel client's routine
 * runs there, with its context; a process's routine cannot run in the
 * kernel: the interrupt is counted for its file
 * (WINPAR_ROUTINE_INTERRUPT_COUNT) and libwinpar calls the routine.
 *
 * The deferred port check routines run when the port is freed and nobody
 * waits for it.
 *
 * winpar's own compatibility-mode writes wait for a busy printer on the
 * same interrupt (xfer.c, winpar_xfer_irq_sleep()): each interrupt also
 * wakes such a wait, after the routines.
 *
 * The list is read under RCU (interrupt handler, deferred calls) and
 * changed under @port->isr_lock; an entry is freed after a grace period, so
 * no routine of a client that disconnected or went away runs afterwards.
 */
#include <linux/rculist.h>
#include <linux/slab.h>

#include "winpar.h"

/* The interrupt object handed to client routines: opaque to them. */
struct _KINTERRUPT {
	struct winpar_port *port;
};

/**
 * struct winpar_isr - one connected routine
 * @list: entry in @port->isrs
 * @gone: entry in a list of removed routines, freed after a grace period
 * @client: who connected it
 * @routine: InterruptServiceRoutine as given (a function for a kernel
 *	client, an opaque value for a process)
 * @ctx: InterruptServiceContext
 * @deferred: DeferredPortCheckRoutine, 0 for none
 * @deferred_ctx: DeferredPortCheckContext
 */
struct winpar_isr {
	struct list_head list;
	struct list_head gone;
	struct winpar_client *client;
	u64 routine;
	u64 ctx;
	u64 deferred;
	u64 deferred_ctx;
};

/**
 * winpar_irq_init() - set up a new port's routine list
 * @port: the port
 *
 * Return: 0, or -ENOMEM.
 */
int winpar_irq_init(struct winpar_port *port)
{
	INIT_LIST_HEAD(&port->isrs);
	mutex_init(&port->isr_lock);
	init_waitqueue_head(&port->pace.irq_wq);
	port->kinterrupt = kzalloc(sizeof(*port->kinterrupt), GFP_KERNEL);
	if (!port->kinterrupt)
		return -ENOMEM;
	port->kinterrupt->port = port;
	return 0;
}

/**
 * winpar_irq_exit() - free what winpar_irq_init() set up
 * @port: the port; no client is left
 */
void winpar_irq_exit(struct winpar_port *port)
{
	WARN_ON(!list_empty(&port->isrs));
	kfree(port->kinterrupt);
}

/**
 * winpar_port_irq() - the interrupt handler of winpar's client device
 * @private: the port
 *
 * Hard-IRQ context, with the parport core's cad_lock held for reading.
 */
void winpar_port_irq(void *private)
{
	struct winpar_port *port = private;
	struct winpar_isr *isr;

	rcu_read_lock();
	list_for_each_entry_rcu(isr, &port->isrs, list) {
		atomic64_inc(&isr->client->interrupts);
		if (isr->client->kernel) {
			PKSERVICE_ROUTINE fn = (PKSERVICE_ROUTINE)(uintptr_t)isr->routine;

			fn(port->kinterrupt, (void *)(uintptr_t)isr->ctx);
		}
	}
	rcu_read_unlock();
	atomic_inc(&port->pace.irqs);
	if (wq_has_sleeper(&port->pace.irq_wq))
		wake_up(&port->pace.irq_wq);
}

/**
 * winpar_run_deferred() - call the deferred port check routines
 * @port: the port, just freed with nobody waiting
 *
 * Any context but hard IRQ under the parport core's lock: the routines may
 * try to allocate the port.  A routine's own TryAllocatePort and FreePort
 * (the usual shape of one) free the port again while the routines run:
 * that free, or one on another CPU meanwhile, starts no second pass, which
 * would recurse until the stack ran out.  Each free with nobody waiting
 * thus calls each routine at most once.
 */
void winpar_run_deferred(struct winpar_port *port)
{
	struct winpar_isr *isr;

	if (list_empty(&port->isrs))
		return;
	if (atomic_cmpxchg(&port->deferred_running, 0, 1))
		return;
	rcu_read_lock();
	list_for_each_entry_rcu(isr, &port->isrs, list) {
		if (!isr->deferred)
			continue;
		atomic64_inc(&isr->client->deferred_calls);
		if (isr->client->kernel) {
			PPARALLEL_DEFERRED_ROUTINE fn =
				(PPARALLEL_DEFERRED_ROUTINE)(uintptr_t)isr->deferred;

			fn((void *)(uintptr_t)isr->deferred_ctx);
		}
	}
	rcu_read_unlock();
	atomic_set_release(&port->deferred_running, 0);
}

/**
 * winpar_isr_connect() - add a routine at the end of the port's list
 * @c: the client (a port client)
 * @routine: InterruptServiceRoutine, required
 * @ctx: its context
 * @deferred: DeferredPortCheckRoutine, 0 for none
 * @deferred_ctx: its context
 *
 * Return: 0, -EINVAL without a routine, -ENOMEM.
 */
int winpar_isr_connect(struct winpar_client *c, u64 routine, u64 ctx, u64 deferred,
		       u64 deferred_ctx)
{
	struct winpar_port *port = c->port;
	struct winpar_isr *isr;

	if (!routine)
		return -EINVAL;
	isr = kzalloc(sizeof(*isr), GFP_KERNEL);
	if (!isr)
		return -ENOMEM;
	isr->client = c;
	isr->routine = routine;
	isr->ctx = ctx;
	isr->deferred = deferred;
	isr->deferred_ctx = deferred_ctx;
	mutex_lock(&port->isr_lock);
	list_add_tail_rcu(&isr->list, &port->isrs);
	mutex_unlock(&port->isr_lock);
	return 0;
}

/**
 * winpar_isr_disconnect() - remove a routine this client connected
 * @c: the client
 * @routine: the four values it was connected with
 * @ctx: ...
 * @deferred: ...
 * @deferred_ctx: ...
 *
 * WINDOWS-API.md 5.13 leaves open which fields identify the entry: all
 * four must match (Documentation/decisions.rst).  When this returns, the
 * routine no longer runs.
 *
 * Return: 0, or -ENOENT when no such routine is connected.
 */
int winpar_isr_disconnect(struct winpar_client *c, u64 routine, u64 ctx, u64 deferred,
			  u64 deferred_ctx)
{
	struct winpar_port *port = c->port;
	struct winpar_isr *isr, *found = NULL;

	mutex_lock(&port->isr_lock);
	list_for_each_entry(isr, &port->isrs, list) {
		if (isr->client == c && isr->routine == routine && isr->ctx == ctx &&
		    isr->deferred == deferred && isr->deferred_ctx == deferred_ctx) {
			found = isr;
			list_del_rcu(&isr->list);
			break;
		}
	}
	mutex_unlock(&port->isr_lock);
	if (!found)
		return -ENOENT;
	synchronize_rcu();
	kfree(found);
	return 0;
}

/**
 * winpar_isr_remove_client() - remove every routine of a client
 * @c: the client, going away
 */
void winpar_isr_remove_client(struct winpar_client *c)
{
	struct winpar_port *port = c->port;
	struct winpar_isr *isr, *tmp;
	LIST_HEAD(gone);

	mutex_lock(&port->isr_lock);
	list_for_each_entry_safe(isr, tmp, &port->isrs, list) {
		if (isr->client == c) {
			list_del_rcu(&isr->list);
			list_add_tail(&isr->gone, &gone);
		}
	}
	mutex_unlock(&port->isr_lock);
	if (list_empty(&gone))
		return;
	synchronize_rcu();
	list_for_each_entry_safe(isr, tmp, &gone, gone)
		kfree(isr);
}
