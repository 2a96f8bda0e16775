/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pl-check-bureau-private.h"
#include "pl-participation.h"

/*
 * The election of officers, rule 22. The seats come from the session's
 * `bureau` settings; each seat's nominee is the officer record
 * `officer:<seat>`; what each State has ratified comes from its
 * delegation's `adherence`, read against the session's `instruments`, the
 * first of which is the Convention and the others its Protocols.
 *
 * Settings (`bureau` of the session record), with the defaults of rule 22:
 *   vice_presidents        8     number of Vice-Presidents
 *   per_group              2     officers per regional group; 0 or null: no
 *                                per-group composition
 *   president_group        null  the group whose turn it is for the
 *   rapporteur_group       null  Presidency / the post of Rapporteur
 *                                (rule 22, para. 3); null: any group
 *   vice_president_groups  {}    {group: count} of Vice-Presidents; seats
 *                                not given to a group are open to any
 *   rotating_offices       ["president", "rapporteur"]; [] for none
 *   all_instruments_min    2     officers from States parties to every
 *                                instrument; 0 to drop the rule
 *
 * Finding codes (stable; the help pages document them):
 *
 * bureau.vacant (warning) — a seat has no nominee, or its nomination was
 *   withdrawn. Subject: the seat's officer record.
 * bureau.group-count (error) — the composition by regional group cannot
 *   hold: a seat given to one group is filled from another; a nominee's
 *   State belongs to no group; a group has more officers than its share,
 *   or can no longer reach it; or the settings themselves give a group more
 *   seats than its share, or name a group the session does not have
 *   (subject `session`).
 * bureau.group-protocol-party — of each group's officers, one must be from
 *   a State party to the Convention and at least one Protocol (rule 22).
 *   Error when the group's seats are all filled and none is; info ("still
 *   needs") while a seat the group may fill is vacant; warning when the
 *   adherence of a nominee is unknown, so it cannot be verified; warning
 *   (the "if possible all" of rule 22) when the group is complete and none
 *   is party to all the Protocols.
 * bureau.all-instruments — fewer than `all_instruments_min` officers are
 *   from States parties to every instrument. Error when the vacant seats
 *   cannot make up the difference; info while they can; warning when
 *   unknown adherence is what is missing. Subject: `session`.
 * bureau.rotation (error) — a rotating office (rule 22, para. 3) goes to a
 *   group other than the one whose turn it is, or to a group that held it
 *   within the last rotation (as many sessions back as there are groups,
 *   less one) according to the `office_holder` records.
 * bureau.duplicate-state (error) — a State holds two seats ("a State or a
 *   person holds one office at a time").
 * bureau.duplicate-person (error) — a person holds two seats.
 * bureau.not-state-party — the nominee is not a State or not a State party
 *   to the Convention (rule 22). Error; a warning when the adherence to the
 *   Convention is unknown.
 * bureau.not-present (error) — an elected officer's delegation is not
 *   present (rule 22: elected "from among the representatives of States
 *   parties present"); its own code, as the remedy differs.
 */

typedef enum {
  TRI_NO,
  TRI_UNKNOWN,
  TRI_YES,
} Tri;


typedef struct
{
  const PlSeatSpec *spec;
  PlOfficer        *officer;      /* nullable */
  PlDelegation     *delegation;   /* the nominee's, when filled and known */
  gboolean          filled;
  const char       *group;        /* the nominee's group, when filled */
  Tri               convention;
  Tri               convention_and_protocol;
  Tri               all_instruments;
} Seat;

typedef struct
{
  PlSession         *session;
  PlSessionSettings *settings;
  GPtrArray         *out;
  Rules              rules;
  GPtrArray         *specs;
  GArray            *seats;       /* of Seat */
  GPtrArray         *groups;      /* group ids, in settings order */
  GPtrArray         *instruments; /* instrument ids; [0] is the Convention */
} Context;

static const char *
instrument_title (Context    *ctx,
                  const char *instrument_id)
{
  JsonNode *node = pl_session_settings_get_instruments (ctx->settings);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return instrument_id;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (element)
          && g_strcmp0 (pl_bureau_member_string (json_node_get_object (element), "id"), instrument_id) == 0)
        {
          const char *title = pl_bureau_member_string (json_node_get_object (element), "short_title");

          return title != NULL ? title : instrument_id;
        }
    }

  return instrument_id;
}

/* What the delegation's `adherence` says of one instrument. A missing
 * entry is as good as "unknown": nothing is assumed. */
static Tri
adherence (PlDelegation *delegation,
           const char   *instrument_id)
{
  JsonNode *node = pl_delegation_get_adherence (delegation);
  const char *value;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return TRI_UNKNOWN;
  value = pl_bureau_member_string (json_node_get_object (node), instrument_id);
  if (g_strcmp0 (value, "party") == 0)
    return TRI_YES;
  if (g_strcmp0 (value, "signatory") == 0 || g_strcmp0 (value, "none") == 0)
    return TRI_NO;
  return TRI_UNKNOWN;
}

static const char *
adherence_string (PlDelegation *delegation,
                  const char   *instrument_id)
{
  JsonNode *node = pl_delegation_get_adherence (delegation);
  const char *value = NULL;

  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    value = pl_bureau_member_string (json_node_get_object (node), instrument_id);
  return value != NULL ? value : "unknown";
}

static Tri
tri_and (Tri a,
         Tri b)
{
  return MIN (a, b);
}

static Tri
tri_or (Tri a,
        Tri b)
{
  return MAX (a, b);
}

static void
evaluate_adherence (Context *ctx,
                    Seat    *seat)
{
  Tri any_protocol = TRI_NO;
  Tri all = TRI_YES;

  if (ctx->instruments->len == 0)
    {
      seat->convention = seat->convention_and_protocol = seat->all_instruments = TRI_UNKNOWN;
      return;
    }

  seat->convention = adherence (seat->delegation, g_ptr_array_index (ctx->instruments, 0));
  for (guint i = 1; i < ctx->instruments->len; i++)
    {
      Tri t = adherence (seat->delegation, g_ptr_array_index (ctx->instruments, i));

      any_protocol = tri_or (any_protocol, t);
      all = tri_and (all, t);
    }

  seat->convention_and_protocol = tri_and (seat->convention, any_protocol);
  seat->all_instruments = tri_and (seat->convention, all);
}

static void
emit (Context    *ctx,
      PlSeverity  severity,
      const char *code,
      const char *seat,
      const char *group,
      char       *message)
{
  PlBureauFinding *bf = g_new0 (PlBureauFinding, 1);
  g_autofree char *subject = NULL;

  subject = seat != NULL ? g_strdup_printf ("officer:%s", seat) : g_strdup ("session");
  bf->finding = pl_finding_new (severity, code, subject, message);
  bf->seat = g_strdup (seat);
  bf->regional_group = g_strdup (group);
  g_ptr_array_add (ctx->out, bf);
  g_free (message);
}

static char *
seat_title (Seat *seat)
{
  return pl_bureau_seat_title (seat->spec);
}

static const char *
delegation_name (PlDelegation *delegation)
{
  const char *name = pl_delegation_get_name (delegation);

  return (name != NULL && *name != '\0') ? name : pl_record_get_id (PL_RECORD (delegation));
}

static const char *
group_name (Context    *ctx,
            const char *group)
{
  return pl_bureau_group_name (ctx->settings, group);
}

static gboolean
is_known_group (Context    *ctx,
                const char *group)
{
  return g_ptr_array_find_with_equal_func (ctx->groups, group, g_str_equal, NULL);
}

/* The person's name as compared: normalized, case-folded, with runs of
 * spaces made one, so "Ms.  Ana Pérez" and "ms. ana pérez" are one person. */
static char *
person_key (const char *person)
{
  g_autofree char *normalized = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;

  if (person == NULL)
    return NULL;
  normalized = g_utf8_normalize (person, -1, G_NORMALIZE_ALL_COMPOSE);
  if (normalized == NULL)
    return NULL;
  folded = g_utf8_casefold (normalized, -1);
  words = g_strsplit_set (g_strstrip (folded), " \t\n", -1);
  {
    g_autoptr(GString) key = g_string_new (NULL);

    for (guint i = 0; words[i] != NULL; i++)
      if (*words[i] != '\0')
        {
          if (key->len > 0)
            g_string_append_c (key, ' ');
          g_string_append (key, words[i]);
        }
    if (key->len == 0)
      return NULL;
    return g_string_free (g_steal_pointer (&key), FALSE);
  }
}

static const char *
office_name (PlOffice office)
{
  switch (office)
    {
    case PL_OFFICE_PRESIDENT:
      return _("the Presidency");
    case PL_OFFICE_VICE_PRESIDENT:
      return _("the office of Vice-President");
    case PL_OFFICE_RAPPORTEUR:
    default:
      return _("the office of Rapporteur");
    }
}

/* Settings that cannot give rule 22's composition, whoever is nominated. */
static void
check_settings (Context *ctx)
{
  JsonObject *bureau = pl_bureau_settings_object (ctx->settings);
  const char *named[2] = { ctx->rules.president_group, ctx->rules.rapporteur_group };
  guint n_seats = ctx->specs->len;

  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    if (named[i] != NULL && !is_known_group (ctx, named[i]))
      emit (ctx, PL_SEVERITY_ERROR, "bureau.group-count", NULL, NULL,
            /* Translators: %s is a group id from the settings */
            g_strdup_printf (_("The bureau settings give %s to “%s”, which is not one of the session’s regional groups. "
                               "Choose one of the regional groups."),
                             office_name (i == 0 ? PL_OFFICE_PRESIDENT : PL_OFFICE_RAPPORTEUR), named[i]));

  if (bureau != NULL && json_object_has_member (bureau, "vice_president_groups")
      && JSON_NODE_HOLDS_OBJECT (json_object_get_member (bureau, "vice_president_groups")))
    {
      JsonObject *vp_groups = json_object_get_object_member (bureau, "vice_president_groups");
      g_autoptr(GList) members = json_object_get_members (vp_groups);
      gint64 total = 0;

      for (GList *l = members; l != NULL; l = l->next)
        {
          total += pl_bureau_member_int (vp_groups, l->data, 0);
          if (!is_known_group (ctx, l->data))
            emit (ctx, PL_SEVERITY_ERROR, "bureau.group-count", NULL, NULL,
                  g_strdup_printf (_("The bureau settings give Vice-Presidents to “%s”, which is not one of the session’s regional groups. "
                                     "Remove it or add the group."),
                                   (const char *) l->data));
        }
      if (total > ctx->rules.vice_presidents)
        emit (ctx, PL_SEVERITY_ERROR, "bureau.group-count", NULL, NULL,
              g_strdup_printf (_("The bureau settings share out %lld Vice-Presidents among the groups, "
                                 "but the Bureau has %u. Make the shares add up to the number of Vice-Presidents."),
                               (long long) total, ctx->rules.vice_presidents));
    }

  if (ctx->rules.per_group == 0)
    return;

  /* Rule 22: each group is represented by per_group officers, so the seats
   * must be exactly that many per group. */
  if (n_seats != ctx->rules.per_group * ctx->groups->len)
    emit (ctx, PL_SEVERITY_ERROR, "bureau.group-count", NULL, NULL,
          g_strdup_printf (_("The Bureau has %u seats, but %u regional groups of %u officers each need %u. "
                             "Change the number of Vice-Presidents or the officers per group in the bureau settings."),
                           n_seats, ctx->groups->len, ctx->rules.per_group,
                           ctx->rules.per_group * ctx->groups->len));

  for (guint g = 0; g < ctx->groups->len; g++)
    {
      const char *group = g_ptr_array_index (ctx->groups, g);
      guint designated = 0;

      for (guint i = 0; i < ctx->specs->len; i++)
        if (g_strcmp0 (((PlSeatSpec *) g_ptr_array_index (ctx->specs, i))->regional_group, group) == 0)
          designated++;

      if (designated > ctx->rules.per_group)
        emit (ctx, PL_SEVERITY_ERROR, "bureau.group-count", NULL, group,
              g_strdup_printf (_("The bureau settings give the %s %u seats, but rule 22 gives each group %u. "
                                 "Give the extra seats to another group."),
                               group_name (ctx, group), designated, ctx->rules.per_group));
    }
}

static void
check_vacancies (Context *ctx)
{
  for (guint i = 0; i < ctx->seats->len; i++)
    {
      Seat *seat = &g_array_index (ctx->seats, Seat, i);
      g_autofree char *title = NULL;
      const char *group = seat->spec->regional_group;

      if (seat->filled)
        continue;

      title = seat_title (seat);
      if (seat->officer != NULL && pl_officer_get_status (seat->officer) == PL_OFFICER_STATUS_WITHDRAWN)
        {
          PlDelegation *withdrawn = PL_DELEGATION (pl_session_lookup (ctx->session, pl_officer_get_delegation (seat->officer)));

          emit (ctx, PL_SEVERITY_WARNING, "bureau.vacant", seat->spec->id, group,
                g_strdup_printf (_("%s: the nomination of %s was withdrawn; %s must nominate another candidate."),
                                 title,
                                 withdrawn != NULL && PL_IS_DELEGATION (withdrawn) ? delegation_name (withdrawn)
                                                                                   : pl_officer_get_delegation (seat->officer),
                                 group != NULL ? group_name (ctx, group) : _("a regional group")));
        }
      else if (seat->officer != NULL && pl_officer_get_status (seat->officer) != PL_OFFICER_STATUS_VACANT)
        emit (ctx, PL_SEVERITY_WARNING, "bureau.vacant", seat->spec->id, group,
              g_strdup_printf (_("%s is marked as filled but names no State. Choose the nominated State."), title));
      else if (group != NULL)
        emit (ctx, PL_SEVERITY_WARNING, "bureau.vacant", seat->spec->id, group,
              g_strdup_printf (_("%s is vacant: the %s have not nominated a candidate yet."),
                               title, group_name (ctx, group)));
      else
        emit (ctx, PL_SEVERITY_WARNING, "bureau.vacant", seat->spec->id, NULL,
              g_strdup_printf (_("%s is vacant: no regional group has nominated a candidate yet."), title));
    }
}

/* Rule 22: officers are elected "from among the representatives of States
 * parties present". */
static void
check_state_party (Context *ctx)
{
  const char *convention = ctx->instruments->len > 0 ? g_ptr_array_index (ctx->instruments, 0) : NULL;

  for (guint i = 0; i < ctx->seats->len; i++)
    {
      Seat *seat = &g_array_index (ctx->seats, Seat, i);
      g_autofree char *title = NULL;

      if (!seat->filled)
        continue;

      title = seat_title (seat);
      if (seat->delegation == NULL)
        {
          emit (ctx, PL_SEVERITY_ERROR, "bureau.not-state-party", seat->spec->id, seat->spec->regional_group,
                g_strdup_printf (_("%s: the nominee’s State “%s” is not a delegation of this session. "
                                   "Register the delegation or choose a registered State party."),
                                 title, pl_officer_get_delegation (seat->officer)));
          continue;
        }

      if (!pl_delegation_is_state (seat->delegation))
        {
          emit (ctx, PL_SEVERITY_ERROR, "bureau.not-state-party", seat->spec->id, seat->group,
                g_strdup_printf (_("%s: %s is not a State; officers are elected from among the representatives of "
                                   "States parties (rule 22). Nominate a State party."),
                                 title, delegation_name (seat->delegation)));
          continue;
        }

      if (seat->convention == TRI_NO)
        emit (ctx, PL_SEVERITY_ERROR, "bureau.not-state-party", seat->spec->id, seat->group,
              g_strdup_printf (_("%s: %s is not a State party to the %s (its adherence is “%s”); officers are elected "
                                 "from among the representatives of States parties (rule 22). Nominate a State party."),
                               title, delegation_name (seat->delegation),
                               instrument_title (ctx, convention), adherence_string (seat->delegation, convention)));
      else if (seat->convention == TRI_UNKNOWN)
        emit (ctx, PL_SEVERITY_WARNING, "bureau.not-state-party", seat->spec->id, seat->group,
              g_strdup_printf (_("%s: whether %s is a State party to the %s cannot be verified: its adherence is "
                                 "unknown. Record it in the delegation."),
                               title, delegation_name (seat->delegation),
                               convention != NULL ? instrument_title (ctx, convention) : _("Convention")));

      if (pl_officer_get_status (seat->officer) == PL_OFFICER_STATUS_ELECTED
          && !pl_delegation_get_present (seat->delegation))
        emit (ctx, PL_SEVERITY_ERROR, "bureau.not-present", seat->spec->id, seat->group,
              g_strdup_printf (_("%s: %s is recorded as elected but its delegation is not present; officers are "
                                 "elected from among the representatives of States parties present (rule 22). "
                                 "Mark the delegation present or correct the election."),
                               title, delegation_name (seat->delegation)));
    }
}

static void
check_duplicates (Context *ctx)
{
  g_autoptr(GHashTable) states = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) persons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < ctx->seats->len; i++)
    {
      Seat *seat = &g_array_index (ctx->seats, Seat, i);
      const char *delegation_id;
      g_autofree char *key = NULL;
      g_autofree char *title = NULL;
      Seat *first;

      if (!seat->filled)
        continue;

      title = seat_title (seat);
      delegation_id = pl_officer_get_delegation (seat->officer);
      if ((first = g_hash_table_lookup (states, delegation_id)) != NULL)
        {
          g_autofree char *first_title = seat_title (first);

          emit (ctx, PL_SEVERITY_ERROR, "bureau.duplicate-state", seat->spec->id, seat->group,
                g_strdup_printf (_("%s: %s already holds the seat of %s; a State holds one office at a time "
                                   "(rule 22). Nominate another State for one of the two seats."),
                                 title,
                                 seat->delegation != NULL ? delegation_name (seat->delegation) : delegation_id,
                                 first_title));
        }
      else
        g_hash_table_insert (states, (gpointer) delegation_id, seat);

      key = person_key (pl_officer_get_person (seat->officer));
      if (key == NULL)
        continue;
      if ((first = g_hash_table_lookup (persons, key)) != NULL)
        {
          g_autofree char *first_title = seat_title (first);

          emit (ctx, PL_SEVERITY_ERROR, "bureau.duplicate-person", seat->spec->id, seat->group,
                g_strdup_printf (_("%s: %s is also nominated as %s; a person holds one office at a time "
                                   "(rule 22). Nominate someone else for one of the two seats."),
                                 title, pl_officer_get_person (seat->officer), first_title));
        }
      else
        g_hash_table_insert (persons, g_steal_pointer (&key), seat);
    }
}

/* The group of a history record: as recorded, or its delegation's. */
static const char *
holder_group (Context        *ctx,
              PlOfficeHolder *holder)
{
  const char *group = pl_office_holder_get_regional_group (holder);
  PlRecord *delegation;

  if (group != NULL && *group != '\0')
    return group;
  delegation = pl_session_lookup (ctx->session, pl_office_holder_get_delegation (holder));
  if (PL_IS_DELEGATION (delegation))
    return pl_delegation_get_regional_group (PL_DELEGATION (delegation));
  return NULL;
}

/* Rule 22, para. 3: the office rotates, so the group whose turn it is must
 * not have held it within the last turn of the groups. Returns the most
 * recent such session, or 0. */
static int
held_recently (Context    *ctx,
               PlOffice    office,
               const char *group)
{
  GListModel *holders = pl_session_get_records (ctx->session, PL_TYPE_OFFICE_HOLDER);
  int current = pl_session_settings_get_session_number (ctx->settings);
  int window = MAX ((int) ctx->groups->len - 1, 1);
  int latest = 0;

  if (current <= 0 || group == NULL)
    return 0;

  for (guint i = 0; i < g_list_model_get_n_items (holders); i++)
    {
      g_autoptr(PlOfficeHolder) holder = g_list_model_get_item (holders, i);
      int number = pl_office_holder_get_session_number (holder);

      if (pl_office_holder_get_office (holder) != office)
        continue;
      if (number >= current || number < current - window)
        continue;
      if (g_strcmp0 (holder_group (ctx, holder), group) == 0)
        latest = MAX (latest, number);
    }

  return latest;
}

static void
check_rotation (Context *ctx)
{
  for (guint i = 0; i < ctx->seats->len; i++)
    {
      Seat *seat = &g_array_index (ctx->seats, Seat, i);
      const char *designated = seat->spec->regional_group;
      const char *group;
      g_autofree char *title = NULL;
      int held;

      if (!ctx->rules.rotating[seat->spec->office])
        continue;

      title = seat_title (seat);
      if (designated != NULL && seat->filled && seat->group != NULL && g_strcmp0 (seat->group, designated) != 0)
        emit (ctx, PL_SEVERITY_ERROR, "bureau.rotation", seat->spec->id, seat->group,
              g_strdup_printf (_("%s: %s rotates among the regional groups (rule 22, para. 3) and falls to the %s at "
                                 "this session, but %s is of the %s. Nominate a State of the %s."),
                               title, office_name (seat->spec->office), group_name (ctx, designated),
                               seat->delegation != NULL ? delegation_name (seat->delegation) : "",
                               group_name (ctx, seat->group), group_name (ctx, designated)));

      group = designated != NULL ? designated : (seat->filled ? seat->group : NULL);
      held = held_recently (ctx, seat->spec->office, group);
      if (held > 0)
        emit (ctx, PL_SEVERITY_ERROR, "bureau.rotation", seat->spec->id, group,
              g_strdup_printf (_("%s: %s rotates among the regional groups (rule 22, para. 3), and the %s held it at "
                                 "session %d. Give it to a group that has not held it in the last %d sessions."),
                               title, office_name (seat->spec->office), group_name (ctx, group), held,
                               MAX ((int) ctx->groups->len - 1, 1)));
    }
}

/* The seats a group may still fill: vacant seats given to it or to no
 * group. */
static guint
open_to_group (Context    *ctx,
               const char *group)
{
  guint n = 0;

  for (guint i = 0; i < ctx->seats->len; i++)
    {
      Seat *seat = &g_array_index (ctx->seats, Seat, i);

      if (!seat->filled
          && (seat->spec->regional_group == NULL || g_strcmp0 (seat->spec->regional_group, group) == 0))
        n++;
    }

  return n;
}

static const char *
first_seat_of_group (Context    *ctx,
                     const char *group)
{
  for (guint i = 0; i < ctx->seats->len; i++)
    {
      Seat *seat = &g_array_index (ctx->seats, Seat, i);

      if ((seat->filled && g_strcmp0 (seat->group, group) == 0)
          || g_strcmp0 (seat->spec->regional_group, group) == 0)
        return seat->spec->id;
    }

  return NULL;
}

static void
check_group_count (Context *ctx)
{
  /* A seat given to one group is filled from another. */
  for (guint i = 0; i < ctx->seats->len; i++)
    {
      Seat *seat = &g_array_index (ctx->seats, Seat, i);
      g_autofree char *title = NULL;

      if (!seat->filled || seat->delegation == NULL)
        continue;

      title = seat_title (seat);
      if (seat->group == NULL)
        emit (ctx, PL_SEVERITY_ERROR, "bureau.group-count", seat->spec->id, NULL,
              g_strdup_printf (_("%s: %s belongs to no regional group, and each group is represented by its own "
                                 "officers (rule 22). Record the State’s regional group or nominate another State."),
                               title, delegation_name (seat->delegation)));
      else if (seat->spec->regional_group != NULL
               && g_strcmp0 (seat->spec->regional_group, seat->group) != 0
               && !ctx->rules.rotating[seat->spec->office])
        emit (ctx, PL_SEVERITY_ERROR, "bureau.group-count", seat->spec->id, seat->spec->regional_group,
              g_strdup_printf (_("%s is a seat of the %s, but %s is of the %s. Nominate a State of the %s."),
                               title, group_name (ctx, seat->spec->regional_group),
                               delegation_name (seat->delegation), group_name (ctx, seat->group),
                               group_name (ctx, seat->spec->regional_group)));
    }

  if (ctx->rules.per_group == 0)
    return;

  /* Rule 22: each regional group is represented by per_group officers. */
  for (guint g = 0; g < ctx->groups->len; g++)
    {
      const char *group = g_ptr_array_index (ctx->groups, g);
      guint filled = 0;

      for (guint i = 0; i < ctx->seats->len; i++)
        {
          Seat *seat = &g_array_index (ctx->seats, Seat, i);

          if (seat->filled && g_strcmp0 (seat->group, group) == 0)
            filled++;
        }

      if (filled > ctx->rules.per_group)
        emit (ctx, PL_SEVERITY_ERROR, "bureau.group-count", first_seat_of_group (ctx, group), group,
              /* Translators: the plural follows the number of officers
               * the group has; the second number is always several */
              g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The %s have %u officer, but rule 22 gives each group %u. "
                                         "Withdraw a nomination or move it to a seat of another group.",
                                         "The %s have %u officers, but rule 22 gives each group %u. "
                                         "Withdraw a nomination or move it to a seat of another group.",
                                         filled),
                               group_name (ctx, group), filled, ctx->rules.per_group));
      else if (filled + open_to_group (ctx, group) < ctx->rules.per_group)
        emit (ctx, PL_SEVERITY_ERROR, "bureau.group-count", first_seat_of_group (ctx, group), group,
              /* Translators: the plural follows the number of officers
               * the group can still have */
              g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The %s can have only %u officer with the seats left, but rule 22 gives "
                                         "each group %u. Free a seat held by another group for them.",
                                         "The %s can have only %u officers with the seats left, but rule 22 gives "
                                         "each group %u. Free a seat held by another group for them.",
                                         filled + open_to_group (ctx, group)),
                               group_name (ctx, group), filled + open_to_group (ctx, group), ctx->rules.per_group));
    }
}

static char *
protocols_phrase (Context *ctx)
{
  if (ctx->instruments->len == 2)
    return g_strdup_printf (_("the %s and the %s"),
                            instrument_title (ctx, g_ptr_array_index (ctx->instruments, 0)),
                            instrument_title (ctx, g_ptr_array_index (ctx->instruments, 1)));
  return g_strdup_printf (_("the %s and at least one of its Protocols"),
                          instrument_title (ctx, g_ptr_array_index (ctx->instruments, 0)));
}

/* Rule 22: of each group's officers, one is from a State party to the
 * Convention and to one or more, if possible all, of the Protocols. */
static void
check_group_protocol_party (Context *ctx)
{
  g_autofree char *phrase = NULL;

  if (ctx->instruments->len < 2)
    return;

  phrase = protocols_phrase (ctx);
  for (guint g = 0; g < ctx->groups->len; g++)
    {
      const char *group = g_ptr_array_index (ctx->groups, g);
      const char *seat_id = first_seat_of_group (ctx, group);
      Tri best = TRI_NO, best_all = TRI_NO;
      const char *unverified = NULL, *unverified_all = NULL;
      guint filled = 0, open;

      for (guint i = 0; i < ctx->seats->len; i++)
        {
          Seat *seat = &g_array_index (ctx->seats, Seat, i);

          if (!seat->filled || seat->delegation == NULL || g_strcmp0 (seat->group, group) != 0)
            continue;
          filled++;
          best = tri_or (best, seat->convention_and_protocol);
          best_all = tri_or (best_all, seat->all_instruments);
          if (seat->convention_and_protocol == TRI_UNKNOWN && unverified == NULL)
            unverified = delegation_name (seat->delegation);
          if (seat->all_instruments == TRI_UNKNOWN && unverified_all == NULL)
            unverified_all = delegation_name (seat->delegation);
        }

      open = open_to_group (ctx, group);
      if (filled == 0 && seat_id == NULL)
        continue;

      if (best == TRI_YES)
        {
          /* "If possible all": only a warning, and only once the group's
           * seats are all filled, since a later nominee may be. */
          if (best_all == TRI_YES || (ctx->rules.per_group > 0 && filled < ctx->rules.per_group && open > 0))
            continue;
          if (best_all == TRI_UNKNOWN)
            emit (ctx, PL_SEVERITY_WARNING, "bureau.group-protocol-party", seat_id, group,
                  g_strdup_printf (_("Whether any officer of the %s is from a State party to all the Protocols cannot be "
                                     "verified: the adherence of %s is unknown. Record it in the delegation."),
                                   group_name (ctx, group), unverified_all));
          else
            emit (ctx, PL_SEVERITY_WARNING, "bureau.group-protocol-party", seat_id, group,
                  g_strdup_printf (_("No officer of the %s is from a State party to all the Protocols; rule 22 asks for "
                                     "one “if possible”. Consider nominating a State party to all of them."),
                                   group_name (ctx, group)));
        }
      else if (best == TRI_UNKNOWN)
        emit (ctx, PL_SEVERITY_WARNING, "bureau.group-protocol-party", seat_id, group,
              g_strdup_printf (_("Whether the %s have an officer from a State party to %s cannot be verified: the "
                                 "adherence of %s is unknown. Record it in the delegation."),
                               group_name (ctx, group), phrase, unverified));
      else if (open > 0 && (ctx->rules.per_group == 0 || filled < ctx->rules.per_group))
        emit (ctx, PL_SEVERITY_INFO, "bureau.group-protocol-party", seat_id, group,
              g_strdup_printf (_("The %s still need an officer from a State party to %s (rule 22)."),
                               group_name (ctx, group), phrase));
      else
        emit (ctx, PL_SEVERITY_ERROR, "bureau.group-protocol-party", seat_id, group,
              g_strdup_printf (_("None of the officers of the %s is from a State party to %s, as rule 22 requires. "
                                 "Replace one of them with a nominee from such a State."),
                               group_name (ctx, group), phrase));
    }
}

/* Rule 22: the Bureau includes at least two representatives of States
 * parties to all the instruments. */
static void
check_all_instruments (Context *ctx)
{
  guint yes = 0, unknown = 0, vacant = 0;
  guint min = ctx->rules.all_instruments_min;
  const char *unverified = NULL;

  if (min == 0 || ctx->instruments->len == 0)
    return;

  for (guint i = 0; i < ctx->seats->len; i++)
    {
      Seat *seat = &g_array_index (ctx->seats, Seat, i);

      if (!seat->filled)
        vacant++;
      else if (seat->delegation == NULL)
        continue;
      else if (seat->all_instruments == TRI_YES)
        yes++;
      else if (seat->all_instruments == TRI_UNKNOWN)
        {
          unknown++;
          if (unverified == NULL)
            unverified = delegation_name (seat->delegation);
        }
    }

  if (yes >= min)
    return;

  if (yes + unknown >= min)
    emit (ctx, PL_SEVERITY_WARNING, "bureau.all-instruments", NULL, NULL,
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "The Bureau needs at least %u officers from States parties to all %u instruments; "
                                        "%u is known to be, and the others cannot be verified because the adherence of %s "
                                        "is unknown. Record it in the delegation.",
                                        "The Bureau needs at least %u officers from States parties to all %u instruments; "
                                        "%u are known to be, and the others cannot be verified because the adherence of %s "
                                        "is unknown. Record it in the delegation.",
                                        yes),
                           min, ctx->instruments->len, yes, unverified));
  else if (yes + unknown + vacant >= min)
    emit (ctx, PL_SEVERITY_INFO, "bureau.all-instruments", NULL, NULL,
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "The Bureau still needs %u more officer from a State party to all %u instruments "
                                        "(rule 22: at least %u).",
                                        "The Bureau still needs %u more officers from States parties to all %u instruments "
                                        "(rule 22: at least %u).",
                                        min - yes),
                           min - yes, ctx->instruments->len, min));
  else
    emit (ctx, PL_SEVERITY_ERROR, "bureau.all-instruments", NULL, NULL,
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Only %u officer is from a State party to all %u instruments; rule 22 requires at "
                                        "least %u. Replace a nominee with one from a State party to all of them.",
                                        "Only %u officers are from States parties to all %u instruments; rule 22 requires at "
                                        "least %u. Replace a nominee with one from a State party to all of them.",
                                        yes),
                           yes, ctx->instruments->len, min));
}

/**
 * pl_bureau_evaluate:
 * @bureau_findings: (element-type PlBureauFinding): where to append
 *
 * Checks the Bureau against rule 22, appending findings with the seat and
 * group they concern. The array's free function must be set by the
 * caller, or use pl_check_bureau().
 */
void
pl_bureau_evaluate (PlSession *session,
                    GPtrArray *bureau_findings)
{
  Context ctx = { 0, };

  g_return_if_fail (PL_IS_SESSION (session));

  ctx.session = session;
  ctx.settings = pl_session_get_settings (session);
  ctx.out = bureau_findings;
  pl_bureau_read_rules (ctx.settings, &ctx.rules);
  ctx.specs = pl_bureau_list_seat_specs (ctx.settings);
  ctx.groups = pl_bureau_list_ids (pl_session_settings_get_regional_groups (ctx.settings));
  ctx.instruments = pl_bureau_list_ids (pl_session_settings_get_instruments (ctx.settings));
  ctx.seats = g_array_sized_new (FALSE, TRUE, sizeof (Seat), ctx.specs->len);

  for (guint i = 0; i < ctx.specs->len; i++)
    {
      Seat seat = { 0, };
      g_autofree char *id = NULL;
      PlRecord *record, *delegation;

      seat.spec = g_ptr_array_index (ctx.specs, i);
      id = g_strdup_printf ("officer:%s", seat.spec->id);
      record = pl_session_lookup (session, id);
      seat.officer = PL_IS_OFFICER (record) ? PL_OFFICER (record) : NULL;
      if (seat.officer != NULL)
        {
          PlOfficerStatus status = pl_officer_get_status (seat.officer);

          seat.filled = (status == PL_OFFICER_STATUS_NOMINATED || status == PL_OFFICER_STATUS_ELECTED)
                        && pl_officer_get_delegation (seat.officer) != NULL
                        && *pl_officer_get_delegation (seat.officer) != '\0';
        }
      if (seat.filled)
        {
          delegation = pl_session_lookup (session, pl_officer_get_delegation (seat.officer));
          seat.delegation = PL_IS_DELEGATION (delegation) ? PL_DELEGATION (delegation) : NULL;
        }
      if (seat.delegation != NULL)
        {
          seat.group = pl_delegation_get_regional_group (seat.delegation);
          if (seat.group != NULL && *seat.group == '\0')
            seat.group = NULL;
          evaluate_adherence (&ctx, &seat);
        }
      g_array_append_val (ctx.seats, seat);
    }

  check_settings (&ctx);
  check_vacancies (&ctx);
  check_state_party (&ctx);
  check_group_count (&ctx);
  check_rotation (&ctx);
  check_duplicates (&ctx);
  check_group_protocol_party (&ctx);
  check_all_instruments (&ctx);

  g_array_unref (ctx.seats);
  g_ptr_array_unref (ctx.instruments);
  g_ptr_array_unref (ctx.groups);
  g_ptr_array_unref (ctx.specs);
  pl_bureau_clear_rules (&ctx.rules);
}

/**
 * pl_check_bureau:
 * @findings: (element-type PlFinding): where to append
 *
 * The Bureau's entry in the rules engine's table.
 */
void
pl_check_bureau (PlSession *session,
                 GPtrArray *findings)
{
  g_autoptr(GPtrArray) bureau_findings = g_ptr_array_new_with_free_func ((GDestroyNotify) pl_bureau_finding_free);

  pl_bureau_evaluate (session, bureau_findings);
  for (guint i = 0; i < bureau_findings->len; i++)
    {
      PlBureauFinding *bf = g_ptr_array_index (bureau_findings, i);

      g_ptr_array_add (findings, g_steal_pointer (&bf->finding));
    }
}
