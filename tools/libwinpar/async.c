// SPDX-License-Identifier: GPL-2.0
/*
 * libwinpar: overlapped requests, events and handles for the Win32 face
 * (Documentation/libwinpar.rst, "Overlapped I/O").
 *
 * Each overlapped ReadFile or WriteFile gets a thread of its own, which
 * makes the blocking read() or write() (or, once the kernel has them, the
 * read and write requests) and then completes the OVERLAPPED: Information
 * in InternalHigh, the NTSTATUS in Internal, then the event.  A cancel
 * (CancelIo, CancelIoEx, CloseHandle) arms a timer that sends that thread
 * WINPAR_CANCEL_SIGNAL every 10 ms until its request has ended: the
 * kernel ends a write that waits for the printer at a signal with the
 * bytes already moved, and a signal that comes just before the system call
 * is followed by another one.  The thread blocks every other signal, so
 * the program's own signals never end a request.
 *
 * Events are eventfd descriptors (unique numbers that CloseHandle closes);
 * their state, and every wait, go through one mutex and one condition.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#include "libwinpar.h"

#ifndef sigev_notify_thread_id
#define sigev_notify_thread_id	_sigev_un._tid
#endif

#define MAX_OBJECTS	4096
#define KICK_NS		10000000L	/* 10 ms between cancel signals */

enum object_kind { OBJ_NONE, OBJ_FILE, OBJ_EVENT };

struct request {
	struct request *next;
	int fd;
	int write;
	void *buf;
	uint32_t len;
	struct winpar_overlapped *ov;
	pthread_t issuer;
	pid_t tid;		/* the worker, once it runs */
	timer_t timer;
	int timer_ok;
	int cancel;
	int kicking;
};

struct object {
	enum object_kind kind;
	/* OBJ_FILE */
	int overlapped;
	struct request *pending;
	/* OBJ_EVENT */
	int manual, signaled;
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t changed;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static struct object objects[MAX_OBJECTS];

static void on_cancel_signal(int sig)
{
	(void)sig;
}

static void init(void)
{
	pthread_condattr_t a;
	struct sigaction sa;

	pthread_condattr_init(&a);
	pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
	pthread_cond_init(&changed, &a);
	pthread_condattr_destroy(&a);
	/* No SA_RESTART: the signal must end the system call. */
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_cancel_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(WINPAR_CANCEL_SIGNAL, &sa, NULL);
}

static struct object *obj(int fd, enum object_kind kind)
{
	if (fd < 0 || fd >= MAX_OBJECTS || objects[fd].kind != kind)
		return NULL;
	return &objects[fd];
}

void winpar_handle_register(int fd, int overlapped)
{
	pthread_once(&once, init);
	if (fd < 0 || fd >= MAX_OBJECTS)
		return;
	pthread_mutex_lock(&lock);
	memset(&objects[fd], 0, sizeof(objects[fd]));
	objects[fd].kind = OBJ_FILE;
	objects[fd].overlapped = overlapped;
	pthread_mutex_unlock(&lock);
}

int winpar_handle_is_overlapped(int fd)
{
	struct object *o;
	int r;

	pthread_once(&once, init);
	pthread_mutex_lock(&lock);
	o = obj(fd, OBJ_FILE);
	r = o && o->overlapped;
	pthread_mutex_unlock(&lock);
	return r;
}

/* Events, with the lock held. */
static void event_set_locked(int fd)
{
	struct object *o = obj(fd, OBJ_EVENT);

	if (o) {
		o->signaled = 1;
		pthread_cond_broadcast(&changed);
	}
}

int winpar_event_create(int manual_reset, int initial_state)
{
	int fd, fd2;

	pthread_once(&once, init);
	fd = eventfd(0, EFD_CLOEXEC);
	/* 0 would be a NULL HANDLE. */
	if (fd == 0) {
		fd2 = fcntl(fd, F_DUPFD_CLOEXEC, 1);
		close(fd);
		fd = fd2;
	}
	if (fd < 0)
		return -1;
	if (fd >= MAX_OBJECTS) {
		close(fd);
		errno = EMFILE;
		return -1;
	}
	pthread_mutex_lock(&lock);
	memset(&objects[fd], 0, sizeof(objects[fd]));
	objects[fd].kind = OBJ_EVENT;
	objects[fd].manual = !!manual_reset;
	objects[fd].signaled = !!initial_state;
	pthread_mutex_unlock(&lock);
	return fd;
}

static int event_change(int fd, int state)
{
	struct object *o;

	pthread_once(&once, init);
	pthread_mutex_lock(&lock);
	o = obj(fd, OBJ_EVENT);
	if (o) {
		o->signaled = state;
		pthread_cond_broadcast(&changed);
	}
	pthread_mutex_unlock(&lock);
	return o ? 0 : -1;
}

int winpar_event_set(int fd)
{
	return event_change(fd, 1);
}

int winpar_event_reset(int fd)
{
	return event_change(fd, 0);
}

/* Whether @fd is signaled now; an auto-reset event is taken.  -1: not waitable. */
static int take_signal(int fd)
{
	struct object *o = obj(fd, OBJ_EVENT);

	if (o) {
		if (!o->signaled)
			return 0;
		if (!o->manual)
			o->signaled = 0;
		return 1;
	}
	/* A file handle is signaled while none of its overlapped requests runs. */
	o = obj(fd, OBJ_FILE);
	if (o)
		return !o->pending;
	return -1;
}

int winpar_wait(int fd, uint32_t ms)
{
	struct timespec until;
	int r, err = 0;

	pthread_once(&once, init);
	clock_gettime(CLOCK_MONOTONIC, &until);
	until.tv_sec += ms / 1000;
	until.tv_nsec += (long)(ms % 1000) * 1000000L;
	if (until.tv_nsec >= 1000000000L) {
		until.tv_sec++;
		until.tv_nsec -= 1000000000L;
	}
	pthread_mutex_lock(&lock);
	while (!(r = take_signal(fd)) && err != ETIMEDOUT) {
		if (ms == WINPAR_INFINITE)
			pthread_cond_wait(&changed, &lock);
		else
			err = pthread_cond_timedwait(&changed, &lock, &until);
	}
	pthread_mutex_unlock(&lock);
	return r < 0 ? -1 : r ? 0 : 1;
}

/* The request's thread: the transfer, then the OVERLAPPED and the event. */
static void *worker(void *arg)
{
	struct request *r = arg, **pp;
	struct sigevent sev;
	uint32_t moved = 0;
	int32_t status;
	sigset_t s;
	void *event;

	sigemptyset(&s);
	sigaddset(&s, WINPAR_CANCEL_SIGNAL);
	pthread_sigmask(SIG_UNBLOCK, &s, NULL);

	memset(&sev, 0, sizeof(sev));
	sev.sigev_notify = SIGEV_THREAD_ID;
	sev.sigev_signo = WINPAR_CANCEL_SIGNAL;
	sev.sigev_notify_thread_id = gettid();
	pthread_mutex_lock(&lock);
	r->tid = gettid();
	r->timer_ok = !timer_create(CLOCK_MONOTONIC, &sev, &r->timer);
	if (r->cancel && r->timer_ok) {
		struct itimerspec its = { { 0, KICK_NS }, { 0, KICK_NS } };

		timer_settime(r->timer, 0, &its, NULL);
		r->kicking = 1;
	}
	pthread_mutex_unlock(&lock);

	if (__atomic_load_n(&r->cancel, __ATOMIC_ACQUIRE))
		status = STATUS_CANCELLED;
	else if (r->write)
		status = winpar_write_cancellable(r->fd, r->buf, r->len, &moved, &r->cancel);
	else
		status = winpar_read_cancellable(r->fd, r->buf, r->len, &moved, &r->cancel);

	pthread_mutex_lock(&lock);
	if (r->timer_ok)
		timer_delete(r->timer);
	for (pp = &objects[r->fd].pending; *pp; pp = &(*pp)->next)
		if (*pp == r) {
			*pp = r->next;
			break;
		}
	event = r->ov->hEvent;
	r->ov->InternalHigh = moved;
	__atomic_store_n(&r->ov->Internal, (uintptr_t)(intptr_t)status, __ATOMIC_RELEASE);
	if (event)
		event_set_locked((int)(intptr_t)event);
	pthread_cond_broadcast(&changed);
	pthread_mutex_unlock(&lock);
	free(r);
	return NULL;
}

int32_t winpar_overlapped_start(int fd, int write, void *buf, uint32_t len,
				struct winpar_overlapped *ov)
{
	struct request *r;
	pthread_attr_t attr;
	sigset_t all, old;
	pthread_t t;
	int err;

	pthread_once(&once, init);
	if (fd < 0 || fd >= MAX_OBJECTS)
		return STATUS_INVALID_HANDLE;
	r = calloc(1, sizeof(*r));
	if (!r) {
		ov->Internal = (uintptr_t)(intptr_t)STATUS_INSUFFICIENT_RESOURCES;
		return STATUS_INSUFFICIENT_RESOURCES;
	}
	r->fd = fd;
	r->write = write;
	r->buf = buf;
	r->len = len;
	r->ov = ov;
	r->issuer = pthread_self();

	/* As the I/O manager does: pending, and the event reset, before it starts. */
	ov->InternalHigh = 0;
	__atomic_store_n(&ov->Internal, (uintptr_t)STATUS_PENDING, __ATOMIC_RELEASE);
	if (ov->hEvent)
		winpar_event_reset((int)(intptr_t)ov->hEvent);

	pthread_mutex_lock(&lock);
	if (objects[fd].kind != OBJ_FILE) {
		ov->Internal = (uintptr_t)(intptr_t)STATUS_INVALID_HANDLE;
		pthread_mutex_unlock(&lock);
		free(r);
		return STATUS_INVALID_HANDLE;
	}
	r->next = objects[fd].pending;
	objects[fd].pending = r;
	/* The thread starts with every signal blocked and unblocks only its own. */
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &old);
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	err = pthread_create(&t, &attr, worker, r);
	pthread_attr_destroy(&attr);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (err) {
		objects[fd].pending = r->next;
		ov->Internal = (uintptr_t)(intptr_t)STATUS_INSUFFICIENT_RESOURCES;
		pthread_mutex_unlock(&lock);
		free(r);
		return STATUS_INSUFFICIENT_RESOURCES;
	}
	pthread_mutex_unlock(&lock);
	return STATUS_PENDING;
}

/* With the lock held: ask the request's thread to end it. */
static void cancel_locked(struct request *r)
{
	struct itimerspec its = { { 0, KICK_NS }, { 0, 1 } };

	__atomic_store_n(&r->cancel, 1, __ATOMIC_RELEASE);
	if (r->timer_ok && !r->kicking) {
		timer_settime(r->timer, 0, &its, NULL);
		r->kicking = 1;
	}
}

int winpar_overlapped_cancel(int fd, const struct winpar_overlapped *ov, int this_thread)
{
	struct request *r;
	int n = 0;

	pthread_once(&once, init);
	pthread_mutex_lock(&lock);
	if (obj(fd, OBJ_FILE))
		for (r = objects[fd].pending; r; r = r->next) {
			if (ov && r->ov != ov)
				continue;
			if (this_thread && !pthread_equal(r->issuer, pthread_self()))
				continue;
			cancel_locked(r);
			n++;
		}
	pthread_mutex_unlock(&lock);
	return n;
}

int winpar_overlapped_wait(const struct winpar_overlapped *ov)
{
	pthread_once(&once, init);
	pthread_mutex_lock(&lock);
	while (__atomic_load_n(&ov->Internal, __ATOMIC_ACQUIRE) == (uintptr_t)STATUS_PENDING)
		pthread_cond_wait(&changed, &lock);
	pthread_mutex_unlock(&lock);
	return 0;
}

int winpar_handle_close(int fd)
{
	struct object *o;
	struct request *r;

	winpar_port_ranges_forget(fd);
	pthread_once(&once, init);
	pthread_mutex_lock(&lock);
	o = obj(fd, OBJ_FILE);
	if (o) {
		/* IRP_MJ_CLEANUP: the file's requests end, then it closes. */
		for (r = o->pending; r; r = r->next)
			cancel_locked(r);
		while (o->pending)
			pthread_cond_wait(&changed, &lock);
	}
	if (fd >= 0 && fd < MAX_OBJECTS)
		objects[fd].kind = OBJ_NONE;
	pthread_mutex_unlock(&lock);
	return close(fd);
}
