/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-agenda-item.h"
#include "pl-history.h"
#include "pl-instruments.h"
#include "pl-json-text.h"
#include "pl-session-settings.h"

/**
 * SECTION:pl-instruments
 *
 * Editing the session's treaty instruments (`session.instruments`,
 * [{`id`, `short_title`, `title`}]). The first is the Convention, the
 * others its Protocols; an instrument's `id` is the key of a
 * delegation's `adherence` it is read from (the "adherence column":
 * `untoc`, `tip`, `som`, `firearms` in the reference list of States),
 * and the `instrument` an agenda item is under. The Bureau's checks
 * (rule 22) and the parties entitled to decide (rule 76) read them, so
 * they follow every edit here.
 *
 * Each edit is one undo step. The Convention stays (a session without
 * one has no States parties); an instrument an agenda item is under is
 * not removed, so that no item silently falls back to the Convention;
 * changing an instrument's column moves the items under it along.
 */

G_DEFINE_QUARK (pl-instruments-error-quark, pl_instruments_error)

static JsonArray *
instruments_array (PlSession *session)
{
  JsonNode *node = pl_session_settings_get_instruments (pl_session_get_settings (session));

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  return json_node_get_array (node);
}

static JsonObject *
instrument_at (PlSession *session,
               guint      index)
{
  JsonArray *array = instruments_array (session);
  JsonNode *element;

  if (array == NULL || index >= json_array_get_length (array))
    return NULL;
  element = json_array_get_element (array, index);
  return JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
}

static int
index_of (PlSession  *session,
          const char *id)
{
  for (guint i = 0; i < pl_instruments_count (session); i++)
    if (g_strcmp0 (pl_instruments_get_id (session, i), id) == 0)
      return (int) i;
  return -1;
}

/* A copy to edit, down to each instrument's object: the record's value
 * is sealed and kept by the history, and json_node_copy() would share
 * its array and objects. */
static JsonNode *
copy_instruments (PlSession *session)
{
  JsonArray *array = instruments_array (session);
  JsonArray *copy = json_array_new ();
  JsonNode *node;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *object = json_object_new ();

      if (JSON_NODE_HOLDS_OBJECT (element))
        {
          JsonObjectIter iter;
          const char *name;
          JsonNode *value;

          json_object_iter_init_ordered (&iter, json_node_get_object (element));
          while (json_object_iter_next_ordered (&iter, &name, &value))
            json_object_set_member (object, name, json_node_copy (value));
        }
      json_array_add_object_element (copy, object);
    }
  node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, copy);
  return node;
}

static JsonObject *
copy_at (JsonNode *copy,
         guint     index)
{
  return json_node_get_object (json_array_get_element (json_node_get_array (copy), index));
}

static void
store (PlSession *session,
       JsonNode  *copy)
{
  pl_session_settings_set_instruments (pl_session_get_settings (session), copy);
}

static gboolean
unknown (const char  *id,
         GError     **error)
{
  g_set_error (error, PL_INSTRUMENTS_ERROR, PL_INSTRUMENTS_ERROR_UNKNOWN,
               _("The session has no instrument “%s”"), id);
  return FALSE;
}

guint
pl_instruments_count (PlSession *session)
{
  JsonArray *array;

  g_return_val_if_fail (PL_IS_SESSION (session), 0);

  array = instruments_array (session);
  return array != NULL ? json_array_get_length (array) : 0;
}

/**
 * pl_instruments_get_id:
 *
 * Returns: (nullable): the instrument's `id`, its adherence column
 */
const char *
pl_instruments_get_id (PlSession *session,
                       guint      index)
{
  JsonObject *object = instrument_at (session, index);

  return object != NULL ? pl_json_object_get_string (object, "id", NULL) : NULL;
}

const char *
pl_instruments_get_short_title (PlSession *session,
                                guint      index)
{
  JsonObject *object = instrument_at (session, index);

  return object != NULL ? pl_json_object_get_string (object, "short_title", "") : "";
}

const char *
pl_instruments_get_title (PlSession *session,
                          guint      index)
{
  JsonObject *object = instrument_at (session, index);

  return object != NULL ? pl_json_object_get_string (object, "title", "") : "";
}

/**
 * pl_instruments_add:
 * @columns: (array zero-terminated=1): the adherence columns the
 *   delegations are filled from (the reference list's), in order
 *
 * Adds a Protocol at the end, read from the first of @columns no other
 * instrument uses (or a column of its own when every one is taken),
 * titled "New Protocol" for the user to rename. One undo step.
 *
 * Returns: (transfer full): the new instrument's `id`
 */
char *
pl_instruments_add (PlSession          *session,
                    const char * const *columns,
                    GError            **error)
{
  g_autoptr(JsonNode) copy = NULL;
  g_autofree char *id = NULL;
  JsonObject *object;
  PlHistory *history;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  for (guint i = 0; columns != NULL && columns[i] != NULL && id == NULL; i++)
    if (index_of (session, columns[i]) < 0)
      id = g_strdup (columns[i]);
  for (guint n = pl_instruments_count (session) + 1; id == NULL; n++)
    {
      g_autofree char *candidate = g_strdup_printf ("instrument%u", n);

      if (index_of (session, candidate) < 0)
        id = g_steal_pointer (&candidate);
    }

  copy = copy_instruments (session);
  object = json_object_new ();
  json_object_set_string_member (object, "id", id);
  json_object_set_string_member (object, "short_title",
                                 pl_instruments_count (session) == 0 ? _("Convention") : _("New Protocol"));
  json_object_set_string_member (object, "title", "");
  json_array_add_object_element (json_node_get_array (copy), object);

  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Add Instrument"));
  store (session, copy);
  pl_history_end_group (history);

  return g_steal_pointer (&id);
}

/**
 * pl_instruments_rename:
 * @short_title: (nullable): the new short title, %NULL to keep it
 * @title: (nullable): the new full title, %NULL to keep it
 *
 * Renames an instrument; its short title cannot be empty (the checks and
 * the documents name it so). The caller groups a burst of typing into one
 * undo step.
 */
gboolean
pl_instruments_rename (PlSession   *session,
                       const char  *id,
                       const char  *short_title,
                       const char  *title,
                       GError     **error)
{
  g_autoptr(JsonNode) copy = NULL;
  JsonObject *object;
  int index;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);

  if ((index = index_of (session, id)) < 0)
    return unknown (id, error);
  if (short_title != NULL && *short_title == '\0')
    {
      g_set_error_literal (error, PL_INSTRUMENTS_ERROR, PL_INSTRUMENTS_ERROR_EMPTY,
                           _("An instrument needs a short title"));
      return FALSE;
    }

  copy = copy_instruments (session);
  object = copy_at (copy, index);
  if (short_title != NULL)
    json_object_set_string_member (object, "short_title", short_title);
  if (title != NULL)
    json_object_set_string_member (object, "title", title);
  store (session, copy);
  return TRUE;
}

/**
 * pl_instruments_set_column:
 * @column: the adherence column to read the instrument from
 *
 * Reads an instrument from another column of the delegations'
 * `adherence`: its `id` becomes @column, and the agenda items under it
 * follow, in the same undo step. A column another instrument reads is
 * refused.
 */
gboolean
pl_instruments_set_column (PlSession   *session,
                           const char  *id,
                           const char  *column,
                           GError     **error)
{
  g_autoptr(JsonNode) copy = NULL;
  GListModel *items;
  PlHistory *history;
  int index, other;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (column != NULL, FALSE);

  if ((index = index_of (session, id)) < 0)
    return unknown (id, error);
  if (g_str_equal (id, column))
    return TRUE;
  if ((other = index_of (session, column)) >= 0)
    {
      g_set_error (error, PL_INSTRUMENTS_ERROR, PL_INSTRUMENTS_ERROR_COLUMN_TAKEN,
                   _("The %s is already read from that column"), pl_instruments_get_short_title (session, other));
      return FALSE;
    }

  copy = copy_instruments (session);
  json_object_set_string_member (copy_at (copy, index), "id", column);

  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Change Adherence Column"));
  store (session, copy);
  items = pl_session_get_records (session, PL_TYPE_AGENDA_ITEM);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PlAgendaItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (pl_agenda_item_get_instrument (item), id) == 0)
        pl_agenda_item_set_instrument (item, column);
    }
  pl_history_end_group (history);
  return TRUE;
}

/**
 * pl_instruments_remove:
 *
 * Removes a Protocol, as one undo step. The Convention is refused, and so
 * is an instrument an agenda item is under (the error names the items).
 */
gboolean
pl_instruments_remove (PlSession   *session,
                       const char  *id,
                       GError     **error)
{
  g_autoptr(JsonNode) copy = NULL;
  g_autoptr(GString) numbers = g_string_new (NULL);
  GListModel *items;
  PlHistory *history;
  guint n_under = 0;
  int index;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);

  if ((index = index_of (session, id)) < 0)
    return unknown (id, error);
  if (index == 0)
    {
      g_set_error (error, PL_INSTRUMENTS_ERROR, PL_INSTRUMENTS_ERROR_CONVENTION,
                   _("The %s is the session’s Convention: rename it instead"),
                   pl_instruments_get_short_title (session, 0));
      return FALSE;
    }

  items = pl_session_get_records (session, PL_TYPE_AGENDA_ITEM);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PlAgendaItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (pl_agenda_item_get_instrument (item), id) == 0)
        {
          const char *number = pl_agenda_item_get_number (item);

          g_string_append_printf (numbers, "%s%s", n_under++ > 0 ? ", " : "", number != NULL ? number : "?");
        }
    }
  if (n_under > 0)
    {
      g_set_error (error, PL_INSTRUMENTS_ERROR, PL_INSTRUMENTS_ERROR_IN_USE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Agenda item %2$s is under the %1$s: put it under another instrument first",
                                "Agenda items %2$s are under the %1$s: put them under another instrument first",
                                n_under),
                   pl_instruments_get_short_title (session, index), numbers->str);
      return FALSE;
    }

  copy = copy_instruments (session);
  json_array_remove_element (json_node_get_array (copy), index);
  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Remove Instrument"));
  store (session, copy);
  pl_history_end_group (history);
  return TRUE;
}
