/*
 * A stand-in for bcryptprimitives.dll's ProcessPrng, for running stagecoach.exe under the wine
 * that Debian ships (8.0), which lacks it. Rust's standard library asks ProcessPrng for random
 * bytes when it starts (HashMap keys); without it the exe stops before main. This one asks
 * RtlGenRandom (SystemFunction036 in advapi32), which every wine has. For CI only: it is never
 * shipped, and Windows itself has the real one.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
