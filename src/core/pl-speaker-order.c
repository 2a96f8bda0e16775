/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "pl-speaker-order.h"
#include "pl-json-text.h"

/**
 * PlSpeakerOrder:
 *
 * A list of speakers in the order the rules give it, kept current: a
 * #GListModel of #PlSpeakerEntry for the Speakers page.
 *
 * The order (seed, item 1 (f)): rank tiers first — Heads of State or
 * Government and Vice-Presidents, then ministers and other cabinet-level
 * ranks, then the rest — with observers after States; then the time of
 * request, compared as instants (date-times carry their offsets); ties go
 * to the higher rank, then the delegation's name, then the record's `_id`,
 * so that every client derives the same order. An unknown rank (a speaker
 * recorded without one, issue 16) gives no priority and yields a tie to
 * every known rank: the rules grant priority to a rank, and nobody stated
 * one. The secretariat may place a speaker by hand (`manual_position`);
 * the others keep their derived order around them. Withdrawn speakers follow, unnumbered.
 *
 * Each speaker is then projected onto the meetings that serve the list's
 * item (the meetings' `entries`): a statement takes the list's time limit,
 * or the group limit when made on behalf of others, and does not straddle
 * two meetings. A meeting that serves several items gives each the
 * `minutes` its entry states, else an equal share of what is left.
 */
struct _PlSpeakerOrder
{
  GObject        parent_instance;

  PlSession     *session;
  PlSpeakerList *list;
  gulong         changed_id;
  GListStore    *entries;
  guint          n_overflow;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PlSpeakerOrder, pl_speaker_order, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_SESSION,
  PROP_LIST,
  PROP_N_OVERFLOW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * pl_speaker_order_dup_time_zone:
 *
 * Returns: (transfer full): the session's time zone (its `timezone`), UTC
 *   when it has none or names none this system knows
 */
GTimeZone *
pl_speaker_order_dup_time_zone (PlSession *session)
{
  const char *identifier = pl_session_settings_get_timezone (pl_session_get_settings (session));
  GTimeZone *tz = NULL;

  if (identifier != NULL && *identifier != '\0')
    tz = g_time_zone_new_identifier (identifier);
  return tz != NULL ? tz : g_time_zone_new_utc ();
}

/**
 * pl_speaker_order_parse_date_time:
 *
 * Parses an ISO 8601 date-time of the session; one without an offset is
 * read in the session's time zone.
 *
 * Returns: (transfer full) (nullable): the instant, in the session's time
 *   zone, or %NULL if @text is empty or not a date-time
 */
GDateTime *
pl_speaker_order_parse_date_time (PlSession  *session,
                                  const char *text)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) parsed = NULL;

  if (text == NULL || *text == '\0')
    return NULL;
  tz = pl_speaker_order_dup_time_zone (session);
  parsed = g_date_time_new_from_iso8601 (text, tz);
  if (parsed == NULL)
    return NULL;
  return g_date_time_to_timezone (parsed, tz);
}

void
pl_speaker_projection_free (PlSpeakerProjection *projection)
{
  if (projection == NULL)
    return;
  g_ptr_array_unref (projection->meetings);
  g_array_unref (projection->capacity_s);
  g_free (projection);
}

static PlSpeakerTier
tier_of (PlRank rank)
{
  switch (rank)
    {
    case PL_RANK_HEAD_OF_STATE:
    case PL_RANK_HEAD_OF_GOVERNMENT:
    case PL_RANK_VICE_PRESIDENT:
      return PL_SPEAKER_TIER_HEAD;
    case PL_RANK_MINISTER:
      return PL_SPEAKER_TIER_MINISTER;
    case PL_RANK_DEPUTY_MINISTER:
    case PL_RANK_AMBASSADOR:
    case PL_RANK_OFFICIAL:
    case PL_RANK_OTHER:
    case PL_RANK_UNKNOWN: /* no priority on a rank nobody stated */
    default:
      return PL_SPEAKER_TIER_OTHER;
    }
}

/* Rules 14-17: States parties take part as of right; signatories, other
 * States, organizations and NGOs observe. A regional economic integration
 * organization is a party when its adherence to the Convention says so. */
static gboolean
is_observer (PlSession    *session,
             PlDelegation *delegation)
{
  JsonNode *adherence;
  const char *convention;

  if (delegation == NULL)
    return FALSE;

  switch (pl_delegation_get_category (delegation))
    {
    case PL_DELEGATION_CATEGORY_STATE_PARTY:
      return FALSE;
    case PL_DELEGATION_CATEGORY_REIO:
      adherence = pl_delegation_get_adherence (delegation);
      convention = pl_session_settings_get_convention_id (pl_session_get_settings (session));
      return !(convention != NULL && adherence != NULL && JSON_NODE_HOLDS_OBJECT (adherence)
               && g_strcmp0 (pl_json_object_get_string (json_node_get_object (adherence),
                                                                          convention, NULL), "party") == 0);
    case PL_DELEGATION_CATEGORY_SIGNATORY:
    case PL_DELEGATION_CATEGORY_NON_SIGNATORY_STATE:
    case PL_DELEGATION_CATEGORY_UN_ENTITY:
    case PL_DELEGATION_CATEGORY_IGO:
    case PL_DELEGATION_CATEGORY_NGO_ECOSOC:
    case PL_DELEGATION_CATEGORY_NGO_OTHER:
    default:
      return TRUE;
    }
}

typedef struct
{
  PlSpeakerEntry *entry;
  char           *name_key;
} SortItem;

static void
sort_item_clear (SortItem *item)
{
  g_clear_object (&item->entry);
  g_clear_pointer (&item->name_key, g_free);
}

static int
compare_derived (gconstpointer pa,
                 gconstpointer pb)
{
  const SortItem *ia = pa, *ib = pb;
  PlSpeakerEntryData *a = _pl_speaker_entry_data (ia->entry);
  PlSpeakerEntryData *b = _pl_speaker_entry_data (ib->entry);
  int c;

  if (a->observer != b->observer)
    return a->observer ? 1 : -1;
  if (a->tier != b->tier)
    return a->tier < b->tier ? -1 : 1;
  if ((a->requested_at == NULL) != (b->requested_at == NULL))
    return a->requested_at == NULL ? 1 : -1;
  if (a->requested_at != NULL && (c = g_date_time_compare (a->requested_at, b->requested_at)) != 0)
    return c;
  if (pl_speaker_get_rank (a->speaker) != pl_speaker_get_rank (b->speaker))
    return pl_speaker_get_rank (a->speaker) < pl_speaker_get_rank (b->speaker) ? -1 : 1;
  if ((c = g_strcmp0 (ia->name_key, ib->name_key)) != 0)
    return c;
  return g_strcmp0 (pl_record_get_id (PL_RECORD (a->speaker)), pl_record_get_id (PL_RECORD (b->speaker)));
}

static int
compare_manual (gconstpointer pa,
                gconstpointer pb)
{
  PlSpeakerEntryData *a = _pl_speaker_entry_data (*(PlSpeakerEntry * const *) pa);
  PlSpeakerEntryData *b = _pl_speaker_entry_data (*(PlSpeakerEntry * const *) pb);
  int ma = pl_speaker_get_manual_position (a->speaker);
  int mb = pl_speaker_get_manual_position (b->speaker);

  if (ma != mb)
    return ma < mb ? -1 : 1;
  return a->derived_number < b->derived_number ? -1 : a->derived_number > b->derived_number;
}

static GDateTime *
meeting_time (PlSession  *session,
              GTimeZone  *tz,
              const char *date,
              const char *hhmm)
{
  int y, mo, d, h, mi;

  if (date == NULL || hhmm == NULL
      || sscanf (date, "%d-%d-%d", &y, &mo, &d) != 3
      || sscanf (hhmm, "%d:%d", &h, &mi) != 2)
    return NULL;
  return g_date_time_new (tz, y, mo, d, h, mi, 0);
}

typedef struct
{
  PlMeeting *meeting;
  GDateTime *start;
  gint64     capacity_s;
} Slot;

static int
compare_slots (gconstpointer pa,
               gconstpointer pb)
{
  const Slot *a = pa, *b = pb;

  return g_date_time_compare (a->start, b->start);
}

/* The meetings that serve @item, with the time each gives it. */
static GArray *
list_slots (PlSession  *session,
            GTimeZone  *tz,
            const char *item)
{
  GListModel *meetings = pl_session_get_records (session, PL_TYPE_MEETING);
  GArray *slots = g_array_new (FALSE, TRUE, sizeof (Slot));

  for (guint i = 0; item != NULL && i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, i);
      JsonNode *node = pl_meeting_get_entries (meeting);
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GDateTime) end = NULL;
      JsonArray *entries;
      gint64 duration, fixed = 0, mine = -1;
      guint shared = 0;
      gboolean serves = FALSE, mine_fixed = FALSE;

      /* A cancelled meeting (issue 20) gives no one the floor. */
      if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node)
          || pl_meeting_get_status (meeting) == PL_MEETING_STATUS_CANCELLED)
        continue;
      start = meeting_time (session, tz, pl_meeting_get_date (meeting), pl_meeting_get_start (meeting));
      end = meeting_time (session, tz, pl_meeting_get_date (meeting), pl_meeting_get_end (meeting));
      if (start == NULL || end == NULL)
        continue;
      duration = MAX (g_date_time_difference (end, start) / G_TIME_SPAN_SECOND, 0);

      entries = json_node_get_array (node);
      for (guint k = 0; k < json_array_get_length (entries); k++)
        {
          JsonNode *element = json_array_get_element (entries, k);
          JsonObject *entry;
          gboolean is_mine;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            continue;
          entry = json_node_get_object (element);
          is_mine = g_strcmp0 (pl_json_object_get_string (entry, "item", NULL), item) == 0;
          serves |= is_mine;
          if (json_object_has_member (entry, "minutes")
              && json_node_get_value_type (json_object_get_member (entry, "minutes")) == G_TYPE_INT64)
            {
              gint64 seconds = MAX (json_object_get_int_member (entry, "minutes"), 0) * 60;

              fixed += seconds;
              if (is_mine)
                {
                  mine = seconds;
                  mine_fixed = TRUE;
                }
            }
          else
            shared++;
        }

      if (!serves)
        continue;
      if (!mine_fixed)
        mine = MAX (duration - fixed, 0) / MAX (shared, 1);

      {
        Slot slot = { meeting, g_date_time_ref (start), mine };

        g_object_ref (meeting);
        g_array_append_val (slots, slot);
      }
    }

  g_array_sort (slots, compare_slots);
  return slots;
}

static char *
deviation_text (PlSpeakerEntryData *data)
{
  const char *note = pl_speaker_get_manual_note (data->speaker);
  g_autofree char *where = NULL;

  if (data->number == data->derived_number)
    return NULL;
  /* Translators: where a speaker was placed by hand, and where the
   * list's rules would have put them */
  where = g_strdup_printf (_("Placed by hand at %u; by the rules, %u"), data->number, data->derived_number);
  if (note != NULL && *note != '\0')
    return g_strdup_printf ("%s: %s", where, note);
  return g_steal_pointer (&where);
}

/**
 * pl_speaker_list_arrange:
 * @projection: (out) (optional) (transfer full): the meetings and their time
 *
 * Derives the order of @list and projects it onto the meetings of its
 * item. Reads the session, changes nothing.
 *
 * Returns: (transfer full) (element-type PlSpeakerEntry): the entries in
 *   order, withdrawn speakers last
 */
GPtrArray *
pl_speaker_list_arrange (PlSession            *session,
                         PlSpeakerList        *list,
                         PlSpeakerProjection **projection)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *speakers;
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) opens = NULL;
  g_autoptr(GDateTime) closes = NULL;
  g_autoptr(GArray) active = g_array_new (FALSE, TRUE, sizeof (SortItem));
  g_autoptr(GPtrArray) withdrawn = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) manual = g_ptr_array_new ();
  g_autoptr(GPtrArray) derived = g_ptr_array_new ();
  g_autoptr(GArray) slots = NULL;
  const char *list_id;
  guint m = 0;
  gint64 used = 0;

  g_return_val_if_fail (PL_IS_SESSION (session), result);
  g_return_val_if_fail (PL_IS_SPEAKER_LIST (list), result);

  g_array_set_clear_func (active, (GDestroyNotify) sort_item_clear);
  tz = pl_speaker_order_dup_time_zone (session);
  opens = pl_speaker_order_parse_date_time (session, pl_speaker_list_get_opens (list));
  closes = pl_speaker_order_parse_date_time (session, pl_speaker_list_get_closes (list));
  list_id = pl_record_get_id (PL_RECORD (list));

  speakers = pl_session_get_records (session, PL_TYPE_SPEAKER);
  for (guint i = 0; i < g_list_model_get_n_items (speakers); i++)
    {
      g_autoptr(PlSpeaker) speaker = g_list_model_get_item (speakers, i);
      PlSpeakerEntry *entry;
      PlSpeakerEntryData *data;
      PlRecord *delegation;
      const char *behalf;

      if (g_strcmp0 (pl_speaker_get_list (speaker), list_id) != 0)
        continue;

      entry = _pl_speaker_entry_new (speaker);
      data = _pl_speaker_entry_data (entry);
      delegation = pl_session_lookup (session, pl_speaker_get_delegation (speaker));
      if (!PL_IS_DELEGATION (delegation))
        delegation = NULL;
      behalf = pl_speaker_get_on_behalf_of (speaker);

      data->tier = tier_of (pl_speaker_get_rank (speaker));
      data->observer = is_observer (session, PL_DELEGATION (delegation));
      data->group_statement = behalf != NULL && *behalf != '\0'
                              && g_strcmp0 (behalf, pl_speaker_get_delegation (speaker)) != 0;
      data->limit_s = data->group_statement && pl_speaker_list_get_group_time_limit_s (list) > 0
                      ? pl_speaker_list_get_group_time_limit_s (list)
                      : pl_speaker_list_get_time_limit_s (list);
      data->requested_at = pl_speaker_order_parse_date_time (session, pl_speaker_get_requested_at (speaker));
      data->closed = data->requested_at != NULL
                     && ((closes != NULL && g_date_time_compare (data->requested_at, closes) > 0)
                         || (opens != NULL && g_date_time_compare (data->requested_at, opens) < 0));

      if (pl_speaker_get_status (speaker) == PL_SPEAKER_STATUS_WITHDRAWN)
        g_ptr_array_add (withdrawn, entry);
      else
        {
          const char *name = delegation != NULL ? pl_delegation_get_name (PL_DELEGATION (delegation))
                                                : pl_speaker_get_delegation (speaker);
          SortItem item = { entry, g_utf8_collate_key (name != NULL ? name : "", -1) };

          g_array_append_val (active, item);
        }
    }

  g_array_sort (active, compare_derived);
  for (guint i = 0; i < active->len; i++)
    {
      PlSpeakerEntry *entry = g_array_index (active, SortItem, i).entry;
      PlSpeakerEntryData *data = _pl_speaker_entry_data (entry);

      data->derived_number = i + 1;
      data->manual = pl_speaker_get_manual_position (data->speaker) > 0;
      g_ptr_array_add (data->manual ? manual : derived, entry);
    }
  g_ptr_array_sort (manual, compare_manual);

  /* Placements by hand take their places; the others fill the rest in
   * derived order. */
  for (guint pos = 1, mi = 0, di = 0; pos <= active->len; pos++)
    {
      PlSpeakerEntry *entry;

      if (mi < manual->len
          && ((guint) pl_speaker_get_manual_position (_pl_speaker_entry_data (g_ptr_array_index (manual, mi))->speaker) <= pos
              || di >= derived->len))
        entry = g_ptr_array_index (manual, mi++);
      else
        entry = g_ptr_array_index (derived, di++);

      _pl_speaker_entry_data (entry)->number = pos;
      g_ptr_array_add (result, g_object_ref (entry));
    }
  for (guint i = 0; i < result->len; i++)
    {
      PlSpeakerEntryData *data = _pl_speaker_entry_data (g_ptr_array_index (result, i));

      if (data->manual)
        data->deviation = deviation_text (data);
    }

  /* The seed: "a two-hour meeting holds forty three-minute statements". */
  slots = list_slots (session, tz, pl_speaker_list_get_item (list));
  for (guint i = 0; i < result->len; i++)
    {
      PlSpeakerEntryData *data = _pl_speaker_entry_data (g_ptr_array_index (result, i));
      gint64 need = data->limit_s;

      if (pl_speaker_get_status (data->speaker) == PL_SPEAKER_STATUS_SPOKEN && pl_speaker_get_duration_s (data->speaker) > 0)
        need = pl_speaker_get_duration_s (data->speaker);

      while (m < slots->len && used + need > g_array_index (slots, Slot, m).capacity_s)
        {
          m++;
          used = 0;
        }
      if (m < slots->len)
        {
          Slot *slot = &g_array_index (slots, Slot, m);

          data->meeting = g_object_ref (slot->meeting);
          data->estimated_start = g_date_time_add_seconds (slot->start, (gdouble) used);
          used += need;
        }
      else
        data->overflow = TRUE;
    }

  if (projection != NULL)
    {
      *projection = g_new0 (PlSpeakerProjection, 1);
      (*projection)->meetings = g_ptr_array_new_with_free_func (g_object_unref);
      (*projection)->capacity_s = g_array_new (FALSE, TRUE, sizeof (gint64));
      for (guint i = 0; i < slots->len; i++)
        {
          Slot *slot = &g_array_index (slots, Slot, i);

          g_ptr_array_add ((*projection)->meetings, g_object_ref (slot->meeting));
          g_array_append_val ((*projection)->capacity_s, slot->capacity_s);
          (*projection)->total_s += slot->capacity_s;
        }
    }
  for (guint i = 0; i < slots->len; i++)
    {
      g_object_unref (g_array_index (slots, Slot, i).meeting);
      g_date_time_unref (g_array_index (slots, Slot, i).start);
    }

  for (guint i = 0; i < withdrawn->len; i++)
    g_ptr_array_add (result, g_object_ref (g_ptr_array_index (withdrawn, i)));

  return result;
}

static GType
pl_speaker_order_get_item_type (GListModel *model)
{
  return PL_TYPE_SPEAKER_ENTRY;
}

static guint
pl_speaker_order_get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (PL_SPEAKER_ORDER (model)->entries));
}

static gpointer
pl_speaker_order_get_item (GListModel *model,
                           guint       position)
{
  return g_list_model_get_item (G_LIST_MODEL (PL_SPEAKER_ORDER (model)->entries), position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = pl_speaker_order_get_item_type;
  iface->get_n_items = pl_speaker_order_get_n_items;
  iface->get_item = pl_speaker_order_get_item;
}

/* Replaces only the run of entries that changed: adding one speaker to a
 * list of two hundred rebinds the rows after it, not the whole list. */
static void
rearrange (PlSpeakerOrder *self)
{
  g_autoptr(GPtrArray) fresh = pl_speaker_list_arrange (self->session, self->list, NULL);
  GListModel *old = G_LIST_MODEL (self->entries);
  guint n_old = g_list_model_get_n_items (old);
  guint head = 0, tail = 0, n_overflow = 0;

  for (guint i = 0; i < fresh->len; i++)
    if (pl_speaker_entry_get_overflow (g_ptr_array_index (fresh, i)))
      n_overflow++;

  while (head < n_old && head < fresh->len)
    {
      g_autoptr(PlSpeakerEntry) a = g_list_model_get_item (old, head);

      if (!pl_speaker_entry_equal (a, g_ptr_array_index (fresh, head)))
        break;
      head++;
    }
  while (tail < n_old - head && tail < fresh->len - head)
    {
      g_autoptr(PlSpeakerEntry) a = g_list_model_get_item (old, n_old - 1 - tail);

      if (!pl_speaker_entry_equal (a, g_ptr_array_index (fresh, fresh->len - 1 - tail)))
        break;
      tail++;
    }

  if (head < n_old || head < fresh->len)
    {
      guint removed = n_old - head - tail;
      guint added = fresh->len - head - tail;

      g_list_store_splice (self->entries, head, removed, fresh->pdata + head, added);
      g_list_model_items_changed (G_LIST_MODEL (self), head, removed, added);
    }

  if (n_overflow != self->n_overflow)
    {
      self->n_overflow = n_overflow;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_OVERFLOW]);
    }
}

static void
on_session_changed_cb (PlSession      *session,
                       PlRecord       *record,
                       PlChangeKind    kind,
                       const char     *field,
                       PlSpeakerOrder *self)
{
  if (PL_IS_SPEAKER (record) || PL_IS_DELEGATION (record) || PL_IS_MEETING (record)
      || PL_IS_SESSION_SETTINGS (record) || record == PL_RECORD (self->list))
    rearrange (self);
}

static void
pl_speaker_order_dispose (GObject *object)
{
  PlSpeakerOrder *self = PL_SPEAKER_ORDER (object);

  g_clear_signal_handler (&self->changed_id, self->session);
  g_clear_object (&self->session);
  g_clear_object (&self->list);
  g_clear_object (&self->entries);

  G_OBJECT_CLASS (pl_speaker_order_parent_class)->dispose (object);
}

static void
pl_speaker_order_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PlSpeakerOrder *self = PL_SPEAKER_ORDER (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_LIST:
      g_value_set_object (value, self->list);
      break;
    case PROP_N_OVERFLOW:
      g_value_set_uint (value, self->n_overflow);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_speaker_order_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PlSpeakerOrder *self = PL_SPEAKER_ORDER (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_LIST:
      self->list = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_speaker_order_constructed (GObject *object)
{
  PlSpeakerOrder *self = PL_SPEAKER_ORDER (object);

  G_OBJECT_CLASS (pl_speaker_order_parent_class)->constructed (object);

  g_assert (PL_IS_SESSION (self->session) && PL_IS_SPEAKER_LIST (self->list));
  self->changed_id = g_signal_connect (self->session, "changed", G_CALLBACK (on_session_changed_cb), self);
  rearrange (self);
}

static void
pl_speaker_order_class_init (PlSpeakerOrderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = pl_speaker_order_constructed;
  object_class->dispose = pl_speaker_order_dispose;
  object_class->get_property = pl_speaker_order_get_property;
  object_class->set_property = pl_speaker_order_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, PL_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LIST] =
    g_param_spec_object ("list", NULL, NULL, PL_TYPE_SPEAKER_LIST,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* how many speakers fall after the last meeting for the item */
  properties[PROP_N_OVERFLOW] =
    g_param_spec_uint ("n-overflow", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pl_speaker_order_init (PlSpeakerOrder *self)
{
  self->entries = g_list_store_new (PL_TYPE_SPEAKER_ENTRY);
}

PlSpeakerOrder *
pl_speaker_order_new (PlSession     *session,
                      PlSpeakerList *list)
{
  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_SPEAKER_LIST (list), NULL);

  return g_object_new (PL_TYPE_SPEAKER_ORDER, "session", session, "list", list, NULL);
}

/**
 * pl_speaker_order_get_list:
 *
 * Returns: (transfer none): the list
 */
PlSpeakerList *
pl_speaker_order_get_list (PlSpeakerOrder *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_ORDER (self), NULL);
  return self->list;
}

/**
 * pl_speaker_order_find:
 *
 * Returns: (transfer none) (nullable): @speaker's entry
 */
PlSpeakerEntry *
pl_speaker_order_find (PlSpeakerOrder *self,
                       PlSpeaker      *speaker)
{
  guint n;

  g_return_val_if_fail (PL_IS_SPEAKER_ORDER (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlSpeakerEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);

      if (pl_speaker_entry_get_speaker (entry) == speaker)
        return entry;   /* the store holds a reference */
    }
  return NULL;
}

guint
pl_speaker_order_get_n_overflow (PlSpeakerOrder *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_ORDER (self), 0);
  return self->n_overflow;
}
