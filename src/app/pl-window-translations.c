/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-compat.h"
#include "pl-edit-burst.h"
#include "pl-language-names.h"
#include "pl-translatable.h"
#include "pl-window-private.h"
#include "pl-xliff.h"

/*
 * Export for Translation… and Import Translation… (issue 21, point 5):
 * the session's texts in one language, handed to the translation service
 * as XLIFF 1.2 and read back (pl-xliff.h), through the portal's file
 * dialogs. The Translations page starts them for the language it shows
 * (win.export-translation and win.import-translation take its code).
 */

/* The refused units said so many at most, then how many more. */
#define MAX_REFUSED_SHOWN 12

static GtkFileFilter *
xliff_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("XLIFF Files"));
  gtk_file_filter_add_mime_type (filter, "application/x-xliff+xml");
  gtk_file_filter_add_suffix (filter, "xlf");
  gtk_file_filter_add_suffix (filter, "xliff");
  return filter;
}

/* "cop10-fr.xlf", after the session's file. */
static char *
suggested_name (PlWindow   *self,
                const char *language)
{
  const char *path = pl_window_get_path (self);
  g_autofree char *base = path != NULL ? g_path_get_basename (path) : g_strdup ("session");
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_strdup_printf ("%s-%s.xlf", base, language);
}

/**
 * pl_window_export_translation_file:
 * @language: the versions' language ("fr")
 * @file: where to write
 *
 * Writes the session's texts and their @language versions to @file and
 * says so in a toast, or why not in a dialog.
 *
 * Returns: whether the file was written
 */
gboolean
pl_window_export_translation_file (PlWindow   *self,
                                   const char *language,
                                   GFile      *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *text = NULL;

  g_return_val_if_fail (PL_IS_WINDOW (self), FALSE);

  if (self->session == NULL)
    return FALSE;

  pl_edit_burst_flush (self->session);
  if (path == NULL || !pl_xliff_write (self->session, language, path, &error))
    {
      pl_compat_show_message (GTK_WINDOW (self), _("Could Not Export for Translation"),
                              error != NULL ? error->message : _("The file is not on this computer."));
      return FALSE;
    }

  /* Translators: "French texts written to cop10-fr.xlf" */
  text = g_strdup_printf (_("%s texts written to %s"), pl_language_name (language), basename);
  pl_window_toast (self, text);
  return TRUE;
}

/* A refused unit in words: where its text is printed, then why. The core
 * names a unit "<record _id>#<field>" first, the reason after it. */
static char *
refused_in_words (GHashTable *contexts,
                  const char *refused)
{
  const char *hash = strchr (refused, '#');
  const char *end;
  g_autofree char *unit = NULL;
  const char *context;
  const char *reason;

  if (hash == NULL)
    return g_strdup (refused);
  for (end = hash + 1; g_ascii_isalnum (*end) || *end == '_'; end++)
    ;
  unit = g_strndup (refused, end - refused);
  context = g_hash_table_lookup (contexts, unit);
  reason = end;
  while (*reason == ':' || *reason == ' ' || *reason == '\t')
    reason++;
  if (context == NULL)
    return g_strdup (refused);
  if (*reason == '\0')
    return g_strdup (context);
  /* Translators: a unit of a translator's file that was not imported,
   * "Item 2 (a), title: the original changed since the file was written" */
  return g_strdup_printf (_("%s: %s"), context, reason);
}

static char *
describe_refused (PlSession *session,
                  GPtrArray *refused)
{
  g_autoptr(GPtrArray) texts = pl_translatables_list (session);
  g_autoptr(GHashTable) contexts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *body = g_string_new (NULL);

  for (guint i = 0; i < texts->len; i++)
    {
      PlTranslatable *text = g_ptr_array_index (texts, i);

      g_hash_table_replace (contexts,
                            g_strdup_printf ("%s#%s", pl_record_get_id (pl_translatable_get_record (text)),
                                             pl_translatable_get_field (text)),
                            (gpointer) pl_translatable_get_context (text));
    }

  g_string_append_printf (body,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "The other versions were imported. This text was not: its original "
                                       "changed after the file was written, or it is no longer in the session.",
                                       "The other versions were imported. These %u texts were not: their "
                                       "originals changed after the file was written, or they are no longer "
                                       "in the session.",
                                       refused->len),
                          refused->len);
  g_string_append (body, "\n");
  for (guint i = 0; i < refused->len && i < MAX_REFUSED_SHOWN; i++)
    {
      g_autofree char *line = refused_in_words (contexts, g_ptr_array_index (refused, i));

      g_string_append_printf (body, "\n• %s", line);
    }
  if (refused->len > MAX_REFUSED_SHOWN)
    {
      guint more = refused->len - MAX_REFUSED_SHOWN;

      g_string_append (body, "\n");
      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", more), more);
    }
  return g_string_free (body, FALSE);
}

/**
 * pl_window_import_translation_file:
 * @language: the versions' language ("fr")
 * @file: a translator's XLIFF file
 *
 * Reads the @language versions of @file into the session, all as one undo
 * step, or nothing from a file that cannot be read (a dialog says why).
 * The units refused because their original changed since are listed in
 * words in a dialog; a toast says the rest were imported.
 *
 * Returns: whether the file was imported (with or without refused units)
 */
gboolean
pl_window_import_translation_file (PlWindow   *self,
                                   const char *language,
                                   GFile      *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) refused = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *basename = g_file_get_basename (file);

  g_return_val_if_fail (PL_IS_WINDOW (self), FALSE);

  if (self->session == NULL)
    return FALSE;

  pl_edit_burst_flush (self->session);
  if (path == NULL || !pl_xliff_read (self->session, path, language, &refused, &error))
    {
      g_autofree char *body = g_strdup_printf ("%s\n\n%s",
                                               error != NULL ? error->message : _("The file is not on this computer."),
                                               _("Nothing in the session was changed."));

      pl_compat_show_message (GTK_WINDOW (self), _("Could Not Import the Translation"), body);
      return FALSE;
    }

  if (refused != NULL && refused->len > 0)
    {
      g_autofree char *body = describe_refused (self->session, refused);

      pl_compat_show_message (GTK_WINDOW (self), _("Some Texts Were Not Imported"), body);
    }
  else
    {
      /* Translators: "French versions imported from cop10-fr.xlf" */
      g_autofree char *text = g_strdup_printf (_("%s versions imported from %s"), pl_language_name (language),
                                               basename);

      pl_window_toast (self, text);
    }
  return TRUE;
}

typedef struct
{
  PlWindow *window;
  char     *language;
} Transfer;

static void
transfer_free (Transfer *transfer)
{
  g_object_unref (transfer->window);
  g_free (transfer->language);
  g_free (transfer);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Transfer, transfer_free)

static Transfer *
transfer_new (PlWindow   *window,
              const char *language)
{
  Transfer *transfer = g_new0 (Transfer, 1);

  transfer->window = g_object_ref (window);
  transfer->language = g_strdup (language);
  return transfer;
}

static void
on_export_file_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(Transfer) transfer = user_data;
  g_autoptr(GFile) file = pl_compat_choose_file_finish (result, NULL);

  /* No file chosen: nothing to say. */
  if (file != NULL)
    pl_window_export_translation_file (transfer->window, transfer->language, file);
}

static void
on_import_file_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(Transfer) transfer = user_data;
  g_autoptr(GFile) file = pl_compat_choose_file_finish (result, NULL);

  if (file != NULL)
    pl_window_import_translation_file (transfer->window, transfer->language, file);
}

static void
export_translation_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  PlWindow *self = PL_WINDOW (widget);
  const char *language = g_variant_get_string (parameter, NULL);
  g_autoptr(GtkFileFilter) filter = xliff_filter ();
  g_autofree char *name = suggested_name (self, language);
  g_autofree char *title = NULL;

  if (self->session == NULL || *language == '\0')
    return;

  pl_edit_burst_flush (self->session);
  /* Translators: the title of the save dialog, "Export French for Translation" */
  title = g_strdup_printf (_("Export %s for Translation"), pl_language_name (language));
  pl_compat_save_file_async (GTK_WINDOW (self), title, name, filter, self->cancellable,
                             on_export_file_cb, transfer_new (self, language));
}

static void
import_translation_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  PlWindow *self = PL_WINDOW (widget);
  const char *language = g_variant_get_string (parameter, NULL);
  g_autofree char *title = NULL;

  if (self->session == NULL || *language == '\0')
    return;

  pl_edit_burst_flush (self->session);
  /* Translators: the title of the open dialog, "Import French Translation" */
  title = g_strdup_printf (_("Import %s Translation"), pl_language_name (language));
  pl_compat_choose_file_async (GTK_WINDOW (self), PL_COMPAT_FILE_OPEN_XLIFF, title, NULL, self->cancellable,
                               on_import_file_cb, transfer_new (self, language));
}

void
pl_window_translations_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-translation", "s", export_translation_action);
  gtk_widget_class_install_action (widget_class, "win.import-translation", "s", import_translation_action);
}
