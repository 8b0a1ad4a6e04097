// SPDX-License-Identifier: GPL-2.0
/*
 * Windows' allocation of a port (WINDOWS-API.md 1.5), on the parport core's
 * claim.
 *
 * A port is allocated to one client at a time: an open file or a kernel
 * caller (struct winpar_client).  Allocate requests that cannot be granted
 * at once wait in FIFO order; freeing the port hands it to the first of
 * them.  While a client holds the allocation, winpar's client device of the
 * parport core is claimed for it, so that lp and ppdev wait too; a client
 * that waits for the allocation has no claim and keeps nobody out.
 *
 * When the allocation is freed and no other client of the core waits for
 * the port, winpar keeps its claim, idle: the next request needs no claim
 * and release of its own, and client interrupt routines get the port's
 * interrupts while it is free, as on Windows.  lp or ppdev take an idle
 * port at once by preempting winpar's client device (winpar_preempt()).
 *
 * Every public request that needs the hardware allocates the port for its
 * own duration (winpar_take()), unless its client already holds it.
 *
 * Locking.  @port->alock (a spinlock, taken with interrupts off) protects
 * the owner, the claim flag, the waiters and the count of core calls in
 * flight.  The parport core is never called with it held: the core calls
 * winpar's interrupt handler and its preempt callback with its cad_lock
 * held, client interrupt routines may then try to allocate the port
 * (WINDOWS-API.md 1.9), so the order is cad_lock, then alock.  The claim
 * flag changes by the hands of the owner, of the preempt callback (only
 * while nobody owns the port and no core call is in flight), or of removal.
 *
 * While winpar's client device is the parport's owner either the allocation
 * has an owner or the claim flag is set (idle): a try-allocate from a
 * client interrupt routine therefore never calls parport_claim() under the
 * cad_lock it is running in.
 */
#include <linux/delay.h>
#include <linux/jiffies.h>
#include <linux/sched/signal.h>

#include "winpar.h"

/* How often an owner looks again at a port that lp or ppdev holds. */
#define WINPAR_CLAIM_POLL_MS	5

struct winpar_waiter {
	struct list_head list;
	struct winpar_client *client;
	bool granted;
};

static void winpar_free_work(struct irq_work *work);

/**
 * winpar_alloc_init() - set up the allocation state of a new port
 * @port: the port
 */
void winpar_alloc_init(struct winpar_port *port)
{
	spin_lock_init(&port->alock);
	INIT_LIST_HEAD(&port->waiters);
	init_waitqueue_head(&port->wq);
	spin_lock_init(&port->io_lock);
	INIT_LIST_HEAD(&port->io_waits);
	init_waitqueue_head(&port->poll_wq);
	INIT_DELAYED_WORK(&port->poll_work, winpar_io_poll_work);
	init_irq_work(&port->free_work, winpar_free_work);
	port->selected = -1;
}

/* The port is free: the first waiter gets it.  Called with alock held. */
static bool winpar_hand_on(struct winpar_port *port)
{
	struct winpar_waiter *w;

	port->owner = NULL;
	w = list_first_entry_or_null(&port->waiters, struct winpar_waiter, list);
	if (!w)
		return false;
	list_del_init(&w->list);
	port->nwaiters--;
	port->owner = w->client;
	WRITE_ONCE(w->granted, true);
	wake_up_all(&port->wq);
	return true;
}

/*
 * winpar's client device is the parport's owner.  @port->claimed says so
 * too, but it is winpar's record: the stress of kernel_review
 * (writers_and_lock_unlock_with_lp_waiting) found it set, about once in
 * 30 runs, while lp had the port, and winpar then strobed bytes in lp's
 * time.  The core's own word is checked as well (without cad_lock: the
 * claim that follows is the authority).
 */
static bool winpar_is_cad(struct winpar_port *port)
{
	return port->pdev && READ_ONCE(port->pp->physport->cad) == port->pdev;
}

/* Claim the parport for the owner @c.  Return: 0, -EBUSY, -ENODEV. */
static int winpar_claim(struct winpar_client *c)
{
	struct winpar_port *port = c->port;
	unsigned long flags;
	int err;

	spin_lock_irqsave(&port->alock, flags);
	if (port->removed || !port->pdev) {
		spin_unlock_irqrestore(&port->alock, flags);
		return -ENODEV;
	}
	if (port->claimed && winpar_is_cad(port)) {
		spin_unlock_irqrestore(&port->alock, flags);
		return 0;
	}
	port->claimed = false;
	port->busy++;
	spin_unlock_irqrestore(&port->alock, flags);

	/*
	 * Claim with the state of a new client device, not the one saved at
	 * winpar's last release: parport_release() saves it after it has
	 * let go of the port, so lp or ppdev may have claimed in between and
	 * had nStrobe low in it.  Put back, that would strobe the printer
	 * with whatever is on the data lines (Documentation/decisions.rst,
	 * "The core's saved line states").
	 */
	port->pp->ops->init_state(port->pdev, port->pdev->state);
	err = parport_claim(port->pdev);

	spin_lock_irqsave(&port->alock, flags);
	port->busy--;
	if (!err)
		port->claimed = true;
	spin_unlock_irqrestore(&port->alock, flags);
	return err ? -EBUSY : 0;
}

/*
 * The core hands a released port to a client sleeping in
 * parport_claim_or_block() (lp, ppdev) by calling parport_claim() for it,
 * which takes the wait list's lock with spin_lock_irq() while it holds
 * cad_lock for writing: interrupts come on inside that critical section,
 * and the port's interrupt handler then spins on cad_lock for ever
 * (lockdep: "inconsistent lock state"; Documentation/decisions.rst,
 * "Handing the port to lp or ppdev").  winpar therefore hands the port to
 * such a sleeper without parport_release(): it takes the sleeper off the
 * wait list itself and claims the port for it with its wait bit clear,
 * while winpar is still the owner; winpar's preempt callback lets go for
 * that claim (@port->yielding).  Then the sleeper is woken as the core
 * would.
 */

/*
 * The first client sleeping in parport_claim_or_block(), taken off the
 * wait list, or NULL.  cad_lock is taken once first: a client that winpar
 * refused has finished joining the list (it does so under cad_lock).
 * With @port->yielding set beforehand, no client joins after that.
 */
static struct pardevice *winpar_take_sleeper(struct winpar_port *port)
{
	struct parport *phys = port->pp->physport;
	struct pardevice *pd;
	unsigned long flags;

	write_lock_irqsave(&phys->cad_lock, flags);
	write_unlock_irqrestore(&phys->cad_lock, flags);

	spin_lock_irqsave(&phys->waitlist_lock, flags);
	for (pd = phys->waithead; pd && !(pd->waiting & 2); pd = pd->waitnext)
		;
	if (pd) {
		if (pd->waitprev)
			pd->waitprev->waitnext = pd->waitnext;
		else
			phys->waithead = pd->waitnext;
		if (pd->waitnext)
			pd->waitnext->waitprev = pd->waitprev;
		else
			phys->waittail = pd->waitprev;
		pd->waitnext = NULL;
		pd->waitprev = NULL;
		pd->waiting = 2;
	}
	spin_unlock_irqrestore(&phys->waitlist_lock, flags);
	return pd;
}

/*
 * Claim the port for the sleeper @pd while winpar owns it (@port->yielding
 * set: the preempt callback lets go).  The sleeper gets the lines as they
 * are, as the core gives a client that preempts another, not a state it
 * saved long ago.  If another client took the port first, parport_claim()
 * puts the sleeper back on the wait list.
 */
static void winpar_give_to_sleeper(struct winpar_port *port, struct pardevice *pd)
{
	if (!parport_claim(pd)) {
		pd->waiting = 0;
		wake_up_interruptible(&pd->wait_q);
	}
}

static void winpar_set_yielding(struct winpar_port *port, bool on)
{
	unsigned long flags;

	spin_lock_irqsave(&port->alock, flags);
	port->yielding = on;
	spin_unlock_irqrestore(&port->alock, flags);
}

/*
 * Give the parport up: to the first client sleeping for it (as above);
 * with nobody sleeping, through parport_release() if @force (removal, the
 * last file closed), else not at all (winpar keeps it, idle).  From the
 * start a client that claims preempts winpar at once.  A client that
 * waits through a wakeup callback (plip) is not woken here: only
 * parport_release() calls that, and it also hands the port to a sleeper
 * the unsafe way (Documentation/decisions.rst, "Clients that wait through
 * a wakeup callback").
 *
 * Return: true if winpar let go through parport_release() (a sleeper's
 * claim clears the claim flag through the preempt callback instead).
 */
static bool winpar_hand_over(struct winpar_port *port, bool force)
{
	struct parport *phys = port->pp->physport;
	struct pardevice *pd;
	unsigned long flags;
	bool owner = false;

	winpar_set_yielding(port, true);
	pd = winpar_take_sleeper(port);
	if (pd) {
		winpar_give_to_sleeper(port, pd);
	} else if (force) {
		read_lock_irqsave(&phys->cad_lock, flags);
		owner = port->pdev && phys->cad == port->pdev;
		read_unlock_irqrestore(&phys->cad_lock, flags);
		if (owner)
			parport_release(port->pdev);
	}
	winpar_set_yielding(port, false);
	return owner;
}

/*
 * The owner is done with the parport: deselect the daisy device, and
 * hand the port to a client of the core that waits for it (lp, ppdev) or,
 * with @force, let it go; else keep it claimed, idle.
 */
static void winpar_unclaim(struct winpar_port *port, bool force)
{
	unsigned long flags;
	bool claimed, released;

	/*
	 * Not "&& !removed": a detach marks the port removed before it takes
	 * the port's lock, and a last close that holds that lock meanwhile
	 * must still let go of its claim before it unregisters winpar's
	 * client device.  After winpar_alloc_remove() the flag is clear.
	 */
	spin_lock_irqsave(&port->alock, flags);
	claimed = port->claimed;
	if (claimed)
		port->busy++;
	spin_unlock_irqrestore(&port->alock, flags);
	if (!claimed)
		return;

	if (port->selected >= 0)
		winpar_daisy_deselect(port);
	spin_lock_irqsave(&port->alock, flags);
	if (!force && !port->refused && !READ_ONCE(port->pp->physport->waithead)) {
		port->busy--;
		spin_unlock_irqrestore(&port->alock, flags);
		return;
	}
	port->refused = false;
	spin_unlock_irqrestore(&port->alock, flags);

	released = winpar_hand_over(port, force);

	spin_lock_irqsave(&port->alock, flags);
	/* Released, given away (the preempt callback cleared it), or kept idle. */
	if (force || released)
		port->claimed = false;
	port->busy--;
	spin_unlock_irqrestore(&port->alock, flags);
}

/**
 * winpar_owns() - whether a client holds the port, allocated and claimed
 * @c: the client
 *
 * An allocate waiting for lp or ppdev to let go of the parport has made
 * @c the owner already, but the lines are not winpar's yet: another thread
 * of @c must not drive them meanwhile.
 *
 * Return: true if @c is the owner and winpar has the parport.
 */
bool winpar_owns(struct winpar_client *c)
{
	return READ_ONCE(c->port->owner) == c && READ_ONCE(c->port->claimed) &&
	       winpar_is_cad(c->port);
}

/**
 * winpar_allocate() - allocate the port, waiting in FIFO order
 * @c: the client
 * @timeout: how long to wait in jiffies, MAX_SCHEDULE_TIMEOUT for ever
 *
 * Process context; a signal ends the wait.  The wait has two parts: for the
 * allocation (behind the other winpar clients, in order), then for the
 * parport (while lp or ppdev holds it), both within @timeout.
 *
 * Return: 0 with the port allocated and claimed; -EALREADY if @c holds it
 * already; -EBUSY after @timeout; -EINTR on a signal; -ECANCELED when a
 * read or write it is part of was cancelled; -ENODEV if the port
 * was removed.
 */
int winpar_allocate(struct winpar_client *c, long timeout)
{
	struct winpar_port *port = c->port;
	struct winpar_waiter w = { .client = c };
	unsigned long deadline = jiffies + timeout;
	bool forever = timeout == MAX_SCHEDULE_TIMEOUT;
	unsigned long flags;
	bool queued = false;
	long left = 1;
	int err;

	spin_lock_irqsave(&port->alock, flags);
	if (port->removed) {
		spin_unlock_irqrestore(&port->alock, flags);
		return -ENODEV;
	}
	if (port->owner == c) {
		spin_unlock_irqrestore(&port->alock, flags);
		return -EALREADY;
	}
	if (!port->owner && list_empty(&port->waiters)) {
		port->owner = c;
		if (port->claimed && winpar_is_cad(port)) {
			/* Idle in winpar's hands: nothing more to do. */
			spin_unlock_irqrestore(&port->alock, flags);
			return 0;
		}
	} else {
		list_add_tail(&w.list, &port->waiters);
		port->nwaiters++;
		queued = true;
	}
	spin_unlock_irqrestore(&port->alock, flags);

	if (queued) {
		left = wait_event_interruptible_timeout(port->wq, READ_ONCE(w.granted) ||
							READ_ONCE(port->removed) ||
							winpar_io_cancelled(port), timeout);

		spin_lock_irqsave(&port->alock, flags);
		if (!w.granted) {
			list_del(&w.list);
			port->nwaiters--;
			err = port->removed ? -ENODEV : left < 0 ? -EINTR :
			      winpar_io_cancelled(port) ? -ECANCELED : -EBUSY;
			spin_unlock_irqrestore(&port->alock, flags);
			return err;
		}
		spin_unlock_irqrestore(&port->alock, flags);
	}

	/* The allocation is ours; now the parport, which lp or ppdev may hold. */
	for (;;) {
		err = winpar_claim(c);
		if (err != -EBUSY)
			break;
		if (!forever && time_after_eq(jiffies, deadline))
			break;
		err = winpar_io_sleep(port, msecs_to_jiffies(WINPAR_CLAIM_POLL_MS));
		if (err)
			break;
	}
	if (err)
		winpar_free(c);
	return err;
}

/**
 * winpar_try_allocate() - allocate the port if it is free now
 * @c: the client
 *
 * Never waits and never queues (WINDOWS-API.md 10.1); callable in atomic
 * context.  The port is not free while other clients wait for it.
 *
 * Return: true if the port is now allocated to @c.
 */
bool winpar_try_allocate(struct winpar_client *c)
{
	struct winpar_port *port = c->port;
	unsigned long flags;

	spin_lock_irqsave(&port->alock, flags);
	if (port->removed || port->owner || !list_empty(&port->waiters)) {
		spin_unlock_irqrestore(&port->alock, flags);
		return false;
	}
	port->owner = c;
	spin_unlock_irqrestore(&port->alock, flags);

	if (!winpar_claim(c))
		return true;

	/* lp or ppdev has it.  Somebody may have queued meanwhile. */
	spin_lock_irqsave(&port->alock, flags);
	winpar_hand_on(port);
	spin_unlock_irqrestore(&port->alock, flags);
	return false;
}

/**
 * winpar_try_allocate_irq() - TryAllocatePortAtInterruptLevel
 * @c: the client
 *
 * The same as winpar_try_allocate(): it takes no lock that the port's
 * interrupt handler holds (see the invariant above).
 *
 * Return: true if the port is now allocated to @c.
 */
bool winpar_try_allocate_irq(struct winpar_client *c)
{
	return winpar_try_allocate(c);
}

/* Free the port for @c; with @deferred, run the deferred routines if nobody waits. */
static bool __winpar_free(struct winpar_client *c, bool deferred)
{
	struct winpar_port *port = c->port;
	unsigned long flags;
	bool granted;

	spin_lock_irqsave(&port->alock, flags);
	if (port->owner != c) {
		spin_unlock_irqrestore(&port->alock, flags);
		return false;
	}
	/* The lines a register holder left go back first (regs.c). */
	if (port->claimed)
		winpar_reg_restore(port);
	/* Nothing to deselect, nobody waiting: the claim stays, idle. */
	if (port->claimed && port->selected < 0 && list_empty(&port->waiters) &&
	    !port->refused && !READ_ONCE(port->pp->physport->waithead)) {
		port->owner = NULL;
		spin_unlock_irqrestore(&port->alock, flags);
		if (deferred)
			winpar_run_deferred(port);
		return true;
	}
	spin_unlock_irqrestore(&port->alock, flags);

	winpar_unclaim(port, false);

	spin_lock_irqsave(&port->alock, flags);
	granted = winpar_hand_on(port);
	spin_unlock_irqrestore(&port->alock, flags);
	if (!granted && deferred)
		winpar_run_deferred(port);
	return true;
}

/**
 * winpar_free() - free the port and hand it to the next waiter
 * @c: the client that holds it
 *
 * Callable in atomic context, but not from a client interrupt routine (use
 * winpar_free_irq() there).  When nobody waits, the deferred port check
 * routines run (WINDOWS-API.md 1.9), once: a free made by one of them
 * while they run does not start them again (irq.c).
 *
 * Return: false if @c did not hold the port (nothing happens then).
 */
bool winpar_free(struct winpar_client *c)
{
	return __winpar_free(c, true);
}

static void winpar_free_work(struct irq_work *work)
{
	struct winpar_port *port = container_of(work, struct winpar_port, free_work);
	struct winpar_client *c;
	unsigned long flags;

	spin_lock_irqsave(&port->alock, flags);
	c = port->free_pending;
	port->free_pending = NULL;
	spin_unlock_irqrestore(&port->alock, flags);
	/*
	 * FreePortFromInterruptLevel hands the port on, but with nobody
	 * waiting it runs no deferred routine, as Microsoft's driver (which
	 * only resets its work count then): a deferred routine that tries
	 * and frees at interrupt level would otherwise call itself for ever.
	 */
	if (c)
		__winpar_free(c, false);
}

/**
 * winpar_free_irq() - FreePortFromInterruptLevel
 * @c: the client that holds the port
 *
 * A client interrupt routine runs inside the parport core's interrupt
 * path, under the lock that releasing the port takes: the release is
 * finished from irq_work, right after the interrupt.
 */
void winpar_free_irq(struct winpar_client *c)
{
	struct winpar_port *port = c->port;
	unsigned long flags;

	spin_lock_irqsave(&port->alock, flags);
	if (port->owner == c && !port->free_pending) {
		port->free_pending = c;
		irq_work_queue(&port->free_work);
	}
	spin_unlock_irqrestore(&port->alock, flags);
}

/**
 * winpar_query_waiters() - QueryNumWaiters
 * @port: the port
 *
 * Return: the allocate and select requests waiting for the port.
 */
unsigned int winpar_query_waiters(struct winpar_port *port)
{
	return READ_ONCE(port->nwaiters);
}

/**
 * winpar_port_is_free() - whether a client could have the port now
 * @port: the port
 *
 * Return: true if no winpar client holds or waits for it and no other
 * client of the parport core has it claimed.
 */
bool winpar_port_is_free(struct winpar_port *port)
{
	unsigned long flags;
	bool free;

	struct pardevice *cad;

	spin_lock_irqsave(&port->alock, flags);
	free = !port->removed && !port->owner && list_empty(&port->waiters);
	spin_unlock_irqrestore(&port->alock, flags);
	/* winpar's own idle claim does not count: lp or ppdev take it at once. */
	cad = READ_ONCE(port->pp->physport->cad);
	return free && (!cad || cad == port->pdev);
}

/**
 * winpar_preempt() - the preempt callback of winpar's client device
 * @private: the port
 *
 * Another client of the parport core wants the port: it may have it if
 * winpar holds it idle.  Called by parport_claim() with cad_lock held for
 * writing and interrupts off.
 *
 * Return: 0 to let go, 1 to refuse (a winpar client holds the port).
 */
int winpar_preempt(void *private)
{
	struct winpar_port *port = private;
	unsigned long flags;
	int refuse;

	spin_lock_irqsave(&port->alock, flags);
	refuse = (port->owner || port->busy) && !port->yielding;
	/*
	 * A refused client joins the core's wait list, under cad_lock, after
	 * this returns: the owner's free must then look for it
	 * (winpar_take_sleeper() takes cad_lock first, and so finds it) rather
	 * than keep the port idle, or the client would sleep on.
	 */
	if (refuse)
		port->refused = true;
	else
		port->claimed = false;
	spin_unlock_irqrestore(&port->alock, flags);
	return refuse;
}

/**
 * winpar_unclaim_idle() - give up an idle claim before the client device goes
 * @port: the port, with its lock held and no file left
 */
void winpar_unclaim_idle(struct winpar_port *port)
{
	winpar_unclaim(port, true);
}

static void winpar_forget_modes(struct winpar_device *dev)
{
	dev->ieee_fwd = 0;
	dev->ieee_rev = 0;
	dev->ieee_dir = 0;
}

/**
 * winpar_alloc_remove() - the port goes away
 * @port: the port
 *
 * Waiters return -ENODEV; the parport is released if a client held it, and
 * the port has no owner afterwards (the client's later free does nothing
 * more).  Process context, with the port's lock held; afterwards no parport
 * core call is made for the port by this file.
 */
void winpar_alloc_remove(struct winpar_port *port)
{
	unsigned long flags;
	unsigned int busy, i;
	bool release;

	lockdep_assert_held(&port->lock);

	spin_lock_irqsave(&port->alock, flags);
	WRITE_ONCE(port->removed, true);
	wake_up_all(&port->wq);
	spin_unlock_irqrestore(&port->alock, flags);
	/* poll() answers EPOLLERR | EPOLLHUP now. */
	wake_up_interruptible_all(&port->poll_wq);

	irq_work_sync(&port->free_work);
	for (;;) {
		spin_lock_irqsave(&port->alock, flags);
		busy = port->busy;
		spin_unlock_irqrestore(&port->alock, flags);
		if (!busy)
			break;
		usleep_range(100, 200);
	}

	/*
	 * Nobody owns a removed port: a client's later close or free has
	 * nothing to give back, and no mode to terminate on a peripheral
	 * that is gone (the devices' modes go back to none).
	 */
	spin_lock_irqsave(&port->alock, flags);
	release = port->claimed;
	port->claimed = false;
	port->owner = NULL;
	spin_unlock_irqrestore(&port->alock, flags);
	winpar_forget_modes(&port->lpt);
	for (i = 0; i <= WINPAR_DAISY_MAX; i++)
		winpar_forget_modes(&port->chain[i]);
	port->chip_mode = INITIAL_MODE;
	if (release) {
		if (port->selected >= 0)
			winpar_daisy_deselect(port);
		winpar_hand_over(port, true);
	}
}

/* A port client's request (no device, so no write time-out): Microsoft's select time. */
#define WINPAR_PORT_ACQUIRE_MS	500

/**
 * winpar_acquire_wait() - how long a request of @c waits for the port
 * @c: the client the request came from
 *
 * A device's requests wait as long as its write time-out
 * (IOCTL_SERIAL_SET_TIMEOUTS; the DDK sample allocates the port with the
 * device's time-out), a port client's WINPAR_PORT_ACQUIRE_MS; the module
 * parameter acquire_timeout_ms, when set, bounds both.
 *
 * Return: jiffies, at least 1.
 */
long winpar_acquire_wait(struct winpar_client *c)
{
	unsigned int cap = READ_ONCE(winpar_acquire_timeout_ms);
	unsigned long t;

	if (c->device)
		t = (unsigned long)READ_ONCE(c->device->write_timeout_s) * HZ;
	else
		t = msecs_to_jiffies(WINPAR_PORT_ACQUIRE_MS);
	if (cap)
		t = min(t, msecs_to_jiffies(cap));
	return max(t, 1UL);
}

/**
 * winpar_take_mode() - get the hardware for one request
 * @c: the client the request came from
 * @hold: where to keep what winpar_give() needs
 * @mode: the IEEE1284_MODE_* the request will use: a daisy-chain device is
 *	selected for it (1284.3 has select commands for ECP and EPP)
 *
 * winpar_take_within() for as long as winpar_acquire_wait() says.
 *
 * Return: as winpar_take_within().
 */
int winpar_take_mode(struct winpar_client *c, struct winpar_hold *hold, int mode)
{
	return winpar_take_within(c, hold, mode, winpar_acquire_wait(c));
}

/**
 * winpar_take_within() - get the hardware for one request, waiting up to @timeout
 * @c: the client the request came from
 * @hold: where to keep what winpar_give() needs
 * @mode: the IEEE1284_MODE_* the request will use: a daisy-chain device is
 *	selected for it (1284.3 has select commands for ECP and EPP)
 * @timeout: jiffies (a write: what is left of its count-down)
 *
 * A client that holds the port (allocated, or locked with its device
 * selected) uses it as it is.  Any other request allocates the port for
 * its own duration, in turn with the waiting allocate requests, within
 * @timeout (WINDOWS-API.md 1.5: STATUS_DEVICE_BUSY after it), and selects
 * its daisy-chain device.  Requests are serialised on @port->lock.
 *
 * Return: 0 with the port's lock held; -EBUSY, -EINTR, -ECANCELED (a read
 * or write cancelled while it waited), -ENODEV, or -ENXIO
 * (STATUS_DEVICE_NOT_CONNECTED) when a daisy-chain device does not answer
 * its select.  Nothing is held on failure: the port is free again.
 */
int winpar_take_within(struct winpar_client *c, struct winpar_hold *hold, int mode,
		       long timeout)
{
	struct winpar_port *port = c->port;
	struct winpar_device *dev = c->device;
	int err = 0;

	hold->client = c;
again:
	hold->temp = false;
	if (!winpar_owns(c)) {
		/*
		 * An owner of its own, for this request alone: another thread
		 * of @c may lock meanwhile.  Only its port and device are ever
		 * read; the rest is zero, never left as the stack had it.
		 */
		hold->token = (struct winpar_client){ .port = port, .device = dev };
		err = winpar_allocate(&hold->token, timeout);
		if (err)
			return err;
		hold->temp = true;
	}

	winpar_test_delay();
	mutex_lock(&port->lock);
	/*
	 * The owner's free takes this lock: a client that held the port
	 * before still does now, unless another of its threads gave it back
	 * meanwhile; then this request allocates for itself after all.
	 */
	if (!port->removed && !hold->temp && !winpar_owns(c)) {
		mutex_unlock(&port->lock);
		goto again;
	}
	if (port->removed)
		err = -ENODEV;
	else if (hold->temp && dev && dev->daisy >= 0 &&
		 winpar_daisy_select(port, dev->daisy, mode))
		err = -ENXIO;
	if (err) {
		mutex_unlock(&port->lock);
		if (hold->temp)
			winpar_free(&hold->token);
	}
	return err;
}

/**
 * winpar_take() - winpar_take_mode() for a request in compatibility mode
 * @c: the client the request came from
 * @hold: where to keep what winpar_give() needs
 *
 * Return: as winpar_take_mode().
 */
int winpar_take(struct winpar_client *c, struct winpar_hold *hold)
{
	return winpar_take_mode(c, hold, IEEE1284_MODE_COMPAT);
}

/**
 * winpar_give() - the end of winpar_take()
 * @hold: what winpar_take() filled in
 *
 * A request that allocated the port for itself ends an ECP or EPP session
 * it opened; a client that holds the port keeps its session.
 */
void winpar_give(struct winpar_hold *hold)
{
	struct winpar_port *port = hold->client->port;

	/* A request that had the port for itself hands the peripheral on in compatibility mode. */
	if (hold->temp && !READ_ONCE(port->removed))
		winpar_end_session(port);
	mutex_unlock(&port->lock);
	if (hold->temp)
		winpar_free(&hold->token);
}
