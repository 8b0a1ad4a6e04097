/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-space stand-ins for the kernel headers module/request.c and
 * module/ntstatus.c include, so that the request table and its checks build
 * into a libFuzzer target (selftests/fuzz/).  Only what those files and
 * module/winpar.h use; nothing here runs in the kernel.
 */
#ifndef _FUZZ_SHIM_TYPES_H
#define _FUZZ_SHIM_TYPES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef uint8_t u8, __u8;
typedef uint16_t u16, __u16;
typedef uint32_t u32, __u32;
typedef uint64_t u64, __u64;
typedef int8_t s8, __s8;
typedef int16_t s16, __s16;
typedef int32_t s32, __s32;
typedef int64_t s64, __s64;
typedef uint64_t __aligned_u64 __attribute__((aligned(8)));
typedef uint16_t __le16, __be16;
typedef uint32_t __le32, __be32;
typedef uint64_t __le64, __be64;
typedef unsigned int __poll_t;
typedef struct { int counter; } atomic_t;
typedef struct { long long counter; } atomic64_t;
struct list_head { struct list_head *next, *prev; };

#endif
