# request.c: the i386 size of PARALLEL_INTERRUPT_SERVICE_ROUTINE 12, not 16
s/^\(#define ISR_32[[:space:]]*\)16$/\112/
