/* A function for GNU make, $(airaces-exit STATUS), that ends make with STATUS.

   GNU make ends with status 0, 1 or 2 whatever its recipes return, so a pipeline
   that runs `STRICT=1 make rerun ...` would see 2 where `python -m airaces rerun
   --strict` returns 3 (a failed premise). The Makefile loads this file with
   `-load`, records a command's status, and expands $(airaces-exit ...) with it.
   Where no C compiler is at hand, the function is missing, expands to nothing,
   and make ends with its own status 2 instead. */
#include <gnumake.h>
#include <stdlib.h>

int plugin_is_GPL_compatible; /* make refuses plugins without it; the project is MIT, which is compatible */

static char *airaces_exit(const char *name, unsigned int argc, char **argv)
{
    char *end;
    long status = strtol(argv[0], &end, 10);
    (void) name;
    (void) argc;
    if (end != argv[0] && status > 0 && status < 256)
        exit((int) status);
    return NULL; /* status 0: expand to nothing and let make go on */
}

int make_exit_gmk_setup(const gmk_floc *floc)
{
    (void) floc;
    gmk_add_function("airaces-exit", airaces_exit, 1, 1, GMK_FUNC_DEFAULT);
    return 1;
}
