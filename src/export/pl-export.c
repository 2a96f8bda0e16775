/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "pl-agenda-report.h"
#include "pl-bureau-report.h"
#include "pl-credentials-report.h"
#include "pl-draft-report.h"
#include "pl-export-check.h"
#include "pl-export.h"
#include "pl-ics.h"
#include "pl-journal-report.h"
#include "pl-participants-report.h"
#include "pl-proposals-report.h"
#include "pl-render.h"
#include "pl-speakers-report.h"

/*
 * The front door of the export layer, shared by plenary-cli and the app's
 * Export…: build a report's PlDocModel, render it in a format, and write
 * the file whole or not at all.
 */

G_DEFINE_QUARK (pl-export-error-quark, pl_export_error)

static const struct { const char *name; PlExportWhat what; } whats[] = {
  { "agenda", PL_EXPORT_WHAT_AGENDA },
  { "schedule", PL_EXPORT_WHAT_SCHEDULE },
  { "credentials", PL_EXPORT_WHAT_CREDENTIALS },
  { "participants", PL_EXPORT_WHAT_PARTICIPANTS },
  { "bureau", PL_EXPORT_WHAT_BUREAU },
  { "speakers", PL_EXPORT_WHAT_SPEAKERS },
  { "proposals", PL_EXPORT_WHAT_PROPOSALS },
  { "decisions", PL_EXPORT_WHAT_DECISIONS },
  { "report", PL_EXPORT_WHAT_REPORT },
  { "journal", PL_EXPORT_WHAT_JOURNAL },
};

static const struct { const char *name; const char *suffix; PlExportFormat format; } formats[] = {
  { "pdf", ".pdf", PL_EXPORT_FORMAT_PDF },
  { "html", ".html", PL_EXPORT_FORMAT_HTML },
  { "odt", ".fodt", PL_EXPORT_FORMAT_ODT },
  { "md", ".md", PL_EXPORT_FORMAT_MD },
  { "ics", ".ics", PL_EXPORT_FORMAT_ICS },
};

gboolean
pl_export_what_from_string (const char    *name,
                            PlExportWhat  *what,
                            GError       **error)
{
  g_autoptr(GString) known = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (whats); i++)
    {
      if (g_strcmp0 (name, whats[i].name) == 0)
        {
          *what = whats[i].what;
          return TRUE;
        }
      g_string_append_printf (known, "%s%s", i > 0 ? ", " : "", whats[i].name);
    }

  g_set_error (error, PL_EXPORT_ERROR, PL_EXPORT_ERROR_UNKNOWN_WHAT,
               _("Unknown report “%s”: this version exports %s"), name ? name : "", known->str);
  return FALSE;
}

gboolean
pl_export_format_from_string (const char      *name,
                              PlExportFormat  *format,
                              GError         **error)
{
  g_autoptr(GString) known = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (name != NULL && g_ascii_strcasecmp (name, formats[i].name) == 0)
        {
          *format = formats[i].format;
          return TRUE;
        }
      g_string_append_printf (known, "%s%s", i > 0 ? ", " : "", formats[i].name);
    }

  g_set_error (error, PL_EXPORT_ERROR, PL_EXPORT_ERROR_UNKNOWN_FORMAT,
               _("Unknown format “%s”: choose one of %s"), name ? name : "", known->str);
  return FALSE;
}

/* The usual file name ending of @format: ".fodt" for the flat ODF text. */
const char *
pl_export_format_get_suffix (PlExportFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].format == format)
      return formats[i].suffix;
  g_return_val_if_reached (NULL);
}

/**
 * pl_export_check_combination:
 *
 * The schedule (meetings and deadlines) is a calendar, written as
 * iCalendar; the documents are written in the document formats.
 */
gboolean
pl_export_check_combination (PlExportWhat     what,
                             PlExportFormat   format,
                             GError         **error)
{
  if (what == PL_EXPORT_WHAT_SCHEDULE && format != PL_EXPORT_FORMAT_ICS)
    {
      g_set_error (error, PL_EXPORT_ERROR, PL_EXPORT_ERROR_UNKNOWN_FORMAT,
                   _("The schedule is a calendar: export it with --format ics"));
      return FALSE;
    }

  if (what != PL_EXPORT_WHAT_SCHEDULE && format == PL_EXPORT_FORMAT_ICS)
    {
      g_set_error (error, PL_EXPORT_ERROR, PL_EXPORT_ERROR_UNKNOWN_FORMAT,
                   _("Only the schedule is a calendar: --format ics goes with --what schedule"));
      return FALSE;
    }

  return TRUE;
}

/* Reproducible output for scripts and packaging: SOURCE_DATE_EPOCH, when
 * set, is the calendar's DTSTAMP (reproducible-builds.org convention). */
static GDateTime *
export_stamp (GError **error)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GError) local_error = NULL;
  gint64 seconds;

  if (epoch == NULL || *epoch == '\0')
    return g_date_time_new_now_utc ();

  if (!g_ascii_string_to_signed (epoch, 10, 0, G_MAXINT64 / G_USEC_PER_SEC, &seconds, &local_error))
    {
      g_set_error (error, PL_EXPORT_ERROR, PL_EXPORT_ERROR_RENDER,
                   _("SOURCE_DATE_EPOCH: %s"), local_error->message);
      return NULL;
    }

  return g_date_time_new_from_unix_utc (seconds);
}

static GBytes *
render_schedule (PlSession  *session,
                 GError    **error)
{
  g_autoptr(GDateTime) stamp = export_stamp (error);
  char *text;

  if (stamp == NULL)
    return NULL;

  text = pl_ics_build_schedule (session, stamp, error);
  if (text == NULL)
    return NULL;

  return g_bytes_new_take (text, strlen (text));
}

/**
 * pl_export_date_is_valid:
 *
 * Returns: whether @date is a calendar date written YYYY-MM-DD, as the
 *   Journal's --date takes it
 */
gboolean
pl_export_date_is_valid (const char *date)
{
  guint year, month, day;
  char tail;

  return date != NULL && strlen (date) == 10 && sscanf (date, "%4u-%2u-%2u%c", &year, &month, &day, &tail) == 3 &&
         g_date_valid_dmy (day, month, year);
}

/**
 * pl_export_build:
 * @language: (nullable): the document's language; English when NULL or
 *   when its catalogue is not installed
 *
 * Returns: (transfer full): the report as a document model; the Journal
 *   is that of the session's first day (see pl_export_build_dated())
 */
PlDocModel *
pl_export_build (PlSession    *session,
                 PlExportWhat  what,
                 const char   *language)
{
  return pl_export_build_dated (session, what, language, NULL);
}

/**
 * pl_export_build_dated:
 * @date: (nullable): the Journal's day, YYYY-MM-DD; the session's first
 *   day when %NULL; the other documents are not dated this way
 *
 * Returns: (transfer full): the report as a document model
 */
PlDocModel *
pl_export_build_dated (PlSession    *session,
                       PlExportWhat  what,
                       const char   *language,
                       const char   *date)
{
  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  switch (what)
    {
    case PL_EXPORT_WHAT_REPORT:
      return pl_draft_report_build (session, language);
    case PL_EXPORT_WHAT_JOURNAL:
      if (date == NULL)
        date = pl_session_settings_get_start_date (pl_session_get_settings (session));
      return pl_journal_report_build (session, date != NULL ? date : "", language);
    case PL_EXPORT_WHAT_CREDENTIALS:
      {
        /* The report's date: now, or SOURCE_DATE_EPOCH for a
         * reproducible file (pl_export_to_file() has checked it). */
        g_autoptr(GDateTime) stamp = export_stamp (NULL);

        if (stamp == NULL)
          stamp = g_date_time_new_now_utc ();
        return pl_credentials_report_build (session, language, stamp);
      }
    case PL_EXPORT_WHAT_PARTICIPANTS:
      return pl_participants_report_build (session, language);
    case PL_EXPORT_WHAT_BUREAU:
      return pl_bureau_report_build (session, language);
    case PL_EXPORT_WHAT_SPEAKERS:
      return pl_speakers_report_build (session, language);
    case PL_EXPORT_WHAT_PROPOSALS:
      return pl_proposals_report_build (session, language);
    case PL_EXPORT_WHAT_DECISIONS:
      return pl_decisions_report_build (session, language);
    case PL_EXPORT_WHAT_AGENDA:
    case PL_EXPORT_WHAT_SCHEDULE:
    default:
      /* The schedule's document form is the agenda's annex. */
      return pl_agenda_report_build (session, language);
    }
}

GBytes *
pl_export_render (PlDocModel      *model,
                  PlExportFormat   format,
                  GError         **error)
{
  g_return_val_if_fail (PL_IS_DOC_MODEL (model), NULL);

  switch (format)
    {
    case PL_EXPORT_FORMAT_PDF:
      return pl_render_pdf (model, error);
    case PL_EXPORT_FORMAT_HTML:
      return pl_render_html (model);
    case PL_EXPORT_FORMAT_ODT:
      return pl_render_odt (model);
    case PL_EXPORT_FORMAT_MD:
      return pl_render_markdown (model);
    case PL_EXPORT_FORMAT_ICS:
    default:
      g_set_error (error, PL_EXPORT_ERROR, PL_EXPORT_ERROR_UNKNOWN_FORMAT,
                   _("Unknown format %d"), format);
      return NULL;
    }
}

/**
 * pl_export_check_complete:
 * @model: a document pl_export_build() made
 *
 * A document with a text missing or out of date in its language is not
 * issued (rule 38: documents are published in the official languages)
 * unless @flags allow the originals, which the document then marks.
 *
 * Returns: %FALSE with %PL_EXPORT_ERROR_INCOMPLETE, whose message names
 *   the language and then every such text, one a line
 */
gboolean
pl_export_check_complete (PlSession      *session,
                          PlDocModel     *model,
                          PlExportFlags   flags,
                          GError        **error)
{
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GString) message = NULL;

  g_return_val_if_fail (PL_IS_DOC_MODEL (model), FALSE);

  if ((flags & PL_EXPORT_FLAGS_FALLBACK_ORIGINAL) || pl_doc_model_get_n_fallbacks (model) == 0)
    return TRUE;

  lines = pl_export_describe_fallbacks (session, model);
  message = g_string_new (NULL);
  g_string_append_printf (message,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "The document in %s lacks %u text in its language:",
                                       "The document in %s lacks %u texts in its language:", lines->len),
                          pl_export_language_label (pl_doc_model_get_language (model)), lines->len);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (message, "\n  %s", (const char *) g_ptr_array_index (lines, i));

  g_set_error_literal (error, PL_EXPORT_ERROR, PL_EXPORT_ERROR_INCOMPLETE, message->str);
  return FALSE;
}

/**
 * pl_export_to_file:
 *
 * pl_export_to_file_full() with no flags: a document with a text missing
 * in its language is refused.
 */
gboolean
pl_export_to_file (PlSession       *session,
                   PlExportWhat     what,
                   PlExportFormat   format,
                   const char      *language,
                   const char      *path,
                   GError         **error)
{
  return pl_export_to_file_full (session, what, format, language, NULL, PL_EXPORT_FLAGS_NONE, path, error);
}

/**
 * pl_export_to_file_dated:
 * @date: (nullable): the Journal's day, YYYY-MM-DD
 *
 * pl_export_to_file() for a dated document: the Journal of @date.
 */
gboolean
pl_export_to_file_dated (PlSession       *session,
                         PlExportWhat     what,
                         PlExportFormat   format,
                         const char      *language,
                         const char      *date,
                         const char      *path,
                         GError         **error)
{
  return pl_export_to_file_full (session, what, format, language, date, PL_EXPORT_FLAGS_NONE, path, error);
}

/**
 * pl_export_to_file_full:
 * @date: (nullable): the Journal's day, YYYY-MM-DD
 * @flags: whether texts missing in @language print in their original
 *
 * Renders the report and writes it to @path. The file is written to a
 * temporary file beside it and renamed over @path, so a failed export
 * leaves no half-written file and an existing one untouched. A date that
 * is not one, or a document with texts missing in @language (unless
 * @flags say to print their originals), is refused before anything is
 * written.
 */
gboolean
pl_export_to_file_full (PlSession       *session,
                        PlExportWhat     what,
                        PlExportFormat   format,
                        const char      *language,
                        const char      *date,
                        PlExportFlags    flags,
                        const char      *path,
                        GError         **error)
{
  g_autoptr(PlDocModel) model = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *data;
  gsize size;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, PL_EXPORT_ERROR, PL_EXPORT_ERROR_WRITE,
                   _("Cannot write %s: it is a folder"), path);
      return FALSE;
    }

  if (!pl_export_check_combination (what, format, error))
    return FALSE;

  if (date != NULL && !pl_export_date_is_valid (date))
    {
      g_set_error (error, PL_EXPORT_ERROR, PL_EXPORT_ERROR_DATE,
                   _("“%s” is not a date: write it YYYY-MM-DD, e.g. 2020-10-13"), date);
      return FALSE;
    }

  /* The credentials report is dated: a bad SOURCE_DATE_EPOCH is an
   * error, as for the calendar, not a silent "now". */
  if (what == PL_EXPORT_WHAT_CREDENTIALS)
    {
      g_autoptr(GDateTime) stamp = export_stamp (error);

      if (stamp == NULL)
        return FALSE;
    }

  if (format == PL_EXPORT_FORMAT_ICS)
    {
      bytes = render_schedule (session, error);
    }
  else
    {
      model = pl_export_build_dated (session, what, language, date);
      if (!pl_export_check_complete (session, model, flags, error))
        return FALSE;
      bytes = pl_export_render (model, format, error);
    }
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &size);
  if (!g_file_set_contents_full (path, data, size,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_ONLY_EXISTING,
                                 0644, &local_error))
    {
      g_set_error (error, PL_EXPORT_ERROR, PL_EXPORT_ERROR_WRITE,
                   _("Cannot write %s: %s"), path, local_error->message);
      return FALSE;
    }

  return TRUE;
}
