/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pl-check.h"
#include "pl-samples.h"
#include "pl-session-file.h"
#include "pl-test-support.h"

/*
 * One process per figure, for tests/bench-all.py's peak memory (the
 * maxrss of a process is only its own):
 *   bench-memory generate DIR     writes DIR/sample.plenary and
 *                                 DIR/large.plenary (the benchmark's large
 *                                 generated session, seed 1)
 *   bench-memory parse FILE       the reference: json-glib parses FILE
 *   bench-memory load FILE        Plenary loads FILE and checks it
 */

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;

  if (argc != 3)
    {
      g_printerr ("usage: bench-memory generate DIR | parse FILE | load FILE\n");
      return 2;
    }

  if (g_str_equal (argv[1], "generate"))
    {
      g_autoptr(PlSession) sample = pl_samples_load (&error);
      g_autoptr(PlSession) large = pl_test_generate_large_session (1);
      g_autofree char *sample_path = g_build_filename (argv[2], "sample.plenary", NULL);
      g_autofree char *large_path = g_build_filename (argv[2], "large.plenary", NULL);

      g_assert_no_error (error);
      if (!pl_session_file_save (sample, sample_path, &error) ||
          !pl_session_file_save (large, large_path, &error))
        g_error ("%s", error->message);
    }
  else if (g_str_equal (argv[1], "parse"))
    {
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();

      if (!json_parser_load_from_mapped_file (parser, argv[2], &error))
        g_error ("%s", error->message);
    }
  else if (g_str_equal (argv[1], "load"))
    {
      g_autoptr(PlSession) session = pl_session_file_load (argv[2], &error);
      g_autoptr(GListStore) findings = NULL;

      if (session == NULL)
        g_error ("%s", error->message);
      findings = pl_check_session (session);
    }
  else
    {
      g_printerr ("bench-memory: unknown mode “%s”\n", argv[1]);
      return 2;
    }

  return 0;
}
