/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pl-export-choices.h"

/* The schedule comes last: Print… offers every entry but that one. */
static const PlExportWhatChoice whats[] = {
  { PL_EXPORT_WHAT_AGENDA, "agenda", N_("Annotated Agenda") },
  { PL_EXPORT_WHAT_CREDENTIALS, "credentials", N_("Credentials Report") },
  { PL_EXPORT_WHAT_PARTICIPANTS, "participants", N_("List of Participants") },
  { PL_EXPORT_WHAT_BUREAU, "bureau", N_("Bureau") },
  { PL_EXPORT_WHAT_SPEAKERS, "speakers", N_("Lists of Speakers") },
  { PL_EXPORT_WHAT_PROPOSALS, "proposals", N_("Register of Proposals") },
  { PL_EXPORT_WHAT_DECISIONS, "decisions", N_("Resolutions and Decisions") },
  { PL_EXPORT_WHAT_REPORT, "report", N_("Draft Report") },
  { PL_EXPORT_WHAT_SCHEDULE, "schedule", N_("Schedule (Calendar)") },
};

static const PlExportFormatChoice document_formats[] = {
  { PL_EXPORT_FORMAT_PDF, N_("PDF"), "application/pdf" },
  { PL_EXPORT_FORMAT_HTML, N_("Web Page (HTML)"), "text/html" },
  { PL_EXPORT_FORMAT_ODT, N_("OpenDocument Text (.fodt)"), "application/vnd.oasis.opendocument.text-flat-xml" },
  { PL_EXPORT_FORMAT_MD, N_("Markdown"), "text/markdown" },
};

/* The schedule is a calendar (pl_export_check_combination()). */
static const PlExportFormatChoice calendar_formats[] = {
  { PL_EXPORT_FORMAT_ICS, N_("iCalendar (.ics)"), "text/calendar" },
};

/* The six official languages of the United Nations, each named in
 * itself so that a reader of that language finds it. */
static const PlExportLanguageChoice languages[] = {
  { "en", "English" },
  { "fr", "Français" },
  { "es", "Español" },
  { "ru", "Русский" },
  { "ar", "العربية" },
  { "zh", "中文" },
};

const PlExportWhatChoice *
pl_export_choices_get_what (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (whats), NULL);

  return &whats[index];
}

guint
pl_export_choices_find_what (PlExportWhat what)
{
  for (guint i = 0; i < G_N_ELEMENTS (whats); i++)
    if (whats[i].what == what)
      return i;

  return 0;
}

/* The report that belongs to a page of the window: on the Credentials
 * page, Export… and Print… start from the credentials report. */
guint
pl_export_choices_what_for_page (const char *page_name)
{
  static const struct { const char *page; PlExportWhat what; } pages[] = {
    { "credentials", PL_EXPORT_WHAT_CREDENTIALS },
    { "participants", PL_EXPORT_WHAT_PARTICIPANTS },
    { "bureau", PL_EXPORT_WHAT_BUREAU },
    { "speakers", PL_EXPORT_WHAT_SPEAKERS },
    { "proposals", PL_EXPORT_WHAT_PROPOSALS },
    { "report", PL_EXPORT_WHAT_REPORT },
  };

  for (guint i = 0; page_name != NULL && i < G_N_ELEMENTS (pages); i++)
    if (g_str_equal (page_name, pages[i].page))
      return pl_export_choices_find_what (pages[i].what);

  return pl_export_choices_find_what (PL_EXPORT_WHAT_AGENDA);
}

guint
pl_export_choices_n_formats (PlExportWhat what)
{
  return what == PL_EXPORT_WHAT_SCHEDULE ? G_N_ELEMENTS (calendar_formats)
                                         : G_N_ELEMENTS (document_formats);
}

const PlExportFormatChoice *
pl_export_choices_get_format (PlExportWhat what,
                              guint        index)
{
  g_return_val_if_fail (index < pl_export_choices_n_formats (what), NULL);

  return what == PL_EXPORT_WHAT_SCHEDULE ? &calendar_formats[index] : &document_formats[index];
}

const PlExportLanguageChoice *
pl_export_choices_get_language (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (languages), NULL);

  return &languages[index];
}

/* @code as a session's original_language may spell it ("fr", "fr_FR",
 * "zh-Hans"): its language part decides. English otherwise. */
guint
pl_export_choices_find_language (const char *code)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (languages); i++)
    {
      gsize len = strlen (languages[i].code);

      if (g_ascii_strncasecmp (code, languages[i].code, len) == 0 &&
          (code[len] == '\0' || code[len] == '_' || code[len] == '-'))
        return i;
    }

  return 0;
}

GtkStringList *
pl_export_choices_what_model (gboolean with_schedule)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (whats); i++)
    if (with_schedule || whats[i].what != PL_EXPORT_WHAT_SCHEDULE)
      gtk_string_list_append (list, _(whats[i].label));

  return list;
}

GtkStringList *
pl_export_choices_format_model (PlExportWhat what)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < pl_export_choices_n_formats (what); i++)
    gtk_string_list_append (list, _(pl_export_choices_get_format (what, i)->label));

  return list;
}

GtkStringList *
pl_export_choices_language_model (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    gtk_string_list_append (list, languages[i].endonym);

  return list;
}
