/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-cli"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "pl-cli-export-schedule.h"
#include "pl-ics.h"

/*
 * `plenary-cli export FILE --what schedule --format ics -o OUT`: the
 * organization of work and the deadlines as an iCalendar file. Kept apart
 * from the export command itself, which also serves the documents.
 */

/* Reproducible output for scripts and packaging: SOURCE_DATE_EPOCH, when
 * set, is the DTSTAMP (reproducible-builds.org convention). */
static GDateTime *
export_stamp (GError **error)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  gint64 seconds;
  g_autoptr(GError) local_error = NULL;

  if (epoch == NULL || *epoch == '\0')
    return g_date_time_new_now_utc ();

  if (!g_ascii_string_to_signed (epoch, 10, 0, G_MAXINT64 / G_USEC_PER_SEC, &seconds, &local_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("SOURCE_DATE_EPOCH: %s"), local_error->message);
      return NULL;
    }

  return g_date_time_new_from_unix_utc (seconds);
}

/**
 * pl_cli_export_schedule:
 * @format: the only one the schedule has, "ics"
 * @output: the file to write
 *
 * Returns: %FALSE, with a message that says what and where, on an
 *   unsupported format or a session that cannot be written as a calendar
 */
gboolean
pl_cli_export_schedule (PlSession   *session,
                        const char  *format,
                        const char  *output,
                        GError     **error)
{
  g_autoptr(GDateTime) stamp = NULL;

  if (g_strcmp0 (format, "ics") != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("export: --what schedule is written as --format ics, not “%s”"),
                   format ? format : "");
      return FALSE;
    }

  if ((stamp = export_stamp (error)) == NULL)
    return FALSE;

  return pl_ics_write_schedule (session, stamp, output, error);
}
