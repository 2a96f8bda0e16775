/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "pl-participation.h"
#include "pl-json-text.h"

/*
 * Who takes part, and on what footing (rules 14-17 of the rules of
 * procedure, ../shared/domain/RULES.md): the requirement of each category
 * of delegation, the participation state derived from the stored
 * `observer_status`, the opening of the session from which the deadlines
 * of rules 17 and 18 are computed, and the members of a delegation.
 */

G_DEFINE_QUARK (pl-participation-error-quark, pl_participation_error)

GType
pl_observer_requirement_get_type (void)
{
  static gsize type_id = 0;
  static const GEnumValue values[] = {
    { PL_OBSERVER_REQUIREMENT_NONE, "PL_OBSERVER_REQUIREMENT_NONE", "none" },
    { PL_OBSERVER_REQUIREMENT_NOTIFICATION, "PL_OBSERVER_REQUIREMENT_NOTIFICATION", "notification" },
    { PL_OBSERVER_REQUIREMENT_APPLICATION, "PL_OBSERVER_REQUIREMENT_APPLICATION", "application" },
    { PL_OBSERVER_REQUIREMENT_CIRCULATION, "PL_OBSERVER_REQUIREMENT_CIRCULATION", "circulation" },
    { 0, NULL, NULL },
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_enum_register_static (g_intern_static_string ("PlObserverRequirement"), values));

  return type_id;
}

GType
pl_participation_get_type (void)
{
  static gsize type_id = 0;
  static const GEnumValue values[] = {
    { PL_PARTICIPATION_AS_PARTY, "PL_PARTICIPATION_AS_PARTY", "as_party" },
    { PL_PARTICIPATION_AWAITING, "PL_PARTICIPATION_AWAITING", "awaiting" },
    { PL_PARTICIPATION_PENDING, "PL_PARTICIPATION_PENDING", "pending" },
    { PL_PARTICIPATION_ADMITTED, "PL_PARTICIPATION_ADMITTED", "admitted" },
    { PL_PARTICIPATION_REFUSED, "PL_PARTICIPATION_REFUSED", "refused" },
    { 0, NULL, NULL },
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_enum_register_static (g_intern_static_string ("PlParticipation"), values));

  return type_id;
}

GType
pl_member_function_get_type (void)
{
  static gsize type_id = 0;
  static const GEnumValue values[] = {
    { PL_MEMBER_FUNCTION_HEAD, "PL_MEMBER_FUNCTION_HEAD", "head" },
    { PL_MEMBER_FUNCTION_ALTERNATE, "PL_MEMBER_FUNCTION_ALTERNATE", "alternate" },
    { PL_MEMBER_FUNCTION_REPRESENTATIVE, "PL_MEMBER_FUNCTION_REPRESENTATIVE", "representative" },
    { PL_MEMBER_FUNCTION_ADVISER, "PL_MEMBER_FUNCTION_ADVISER", "adviser" },
    { 0, NULL, NULL },
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_enum_register_static (g_intern_static_string ("PlMemberFunction"), values));

  return type_id;
}

/* "HH:MM" → minutes after midnight, or -1. */
static int
parse_hh_mm (const char *text)
{
  int h, m;
  char end;

  if (text == NULL || sscanf (text, "%2d:%2d%c", &h, &m, &end) != 2)
    return -1;
  if (h < 0 || h > 23 || m < 0 || m > 59)
    return -1;
  return h * 60 + m;
}

/* g_time_zone_new_identifier() reads and parses the zone's tzfile each
 * time (GLib 2.74 caches only the local zone), and a status list asks for
 * the session's zone twice per refresh: the last zone is kept. */
G_LOCK_DEFINE_STATIC (last_timezone);

static GTimeZone *
new_timezone (const char *identifier)
{
  static char *last_identifier;
  static GTimeZone *last;
  GTimeZone *tz;

  G_LOCK (last_timezone);
  if (last != NULL && g_strcmp0 (identifier, last_identifier) == 0)
    {
      tz = g_time_zone_ref (last);
      G_UNLOCK (last_timezone);
      return tz;
    }
  G_UNLOCK (last_timezone);

  if ((tz = g_time_zone_new_identifier (identifier)) == NULL)
    return NULL;

  G_LOCK (last_timezone);
  g_clear_pointer (&last, g_time_zone_unref);
  g_free (last_identifier);
  last = g_time_zone_ref (tz);
  last_identifier = g_strdup (identifier);
  G_UNLOCK (last_timezone);
  return tz;
}

/**
 * pl_participation_dup_timezone:
 *
 * Returns: (transfer full): the session's time zone (its IANA `timezone`)
 */
GTimeZone *
pl_participation_dup_timezone (PlSession  *session,
                               GError    **error)
{
  const char *identifier;
  GTimeZone *tz;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  identifier = pl_session_settings_get_timezone (pl_session_get_settings (session));
  if (identifier == NULL || *identifier == '\0')
    {
      g_set_error (error, PL_PARTICIPATION_ERROR, PL_PARTICIPATION_ERROR_TIMEZONE,
                   _("The session has no time zone: set “timezone” in the session’s settings"));
      return NULL;
    }

  tz = new_timezone (identifier);
  if (tz == NULL)
    g_set_error (error, PL_PARTICIPATION_ERROR, PL_PARTICIPATION_ERROR_TIMEZONE,
                 _("The session’s time zone “%s” is not a known IANA time zone"), identifier);
  return tz;
}

/**
 * pl_participation_dup_opening:
 *
 * The opening of the session, in its time zone: `start_date` at the start
 * of the first meeting of that day (whatever its body), or at 10:00 when no
 * meeting is planned yet for it. 10:00 is the usual opening hour at Vienna
 * and New York; the sample session opened at noon, as its first meeting
 * says, so the meetings win whenever the organization of work exists.
 *
 * Returns: (transfer full): the opening, or %NULL with @error set
 */
GDateTime *
pl_participation_dup_opening (PlSession  *session,
                              GError    **error)
{
  g_autoptr(GTimeZone) tz = NULL;
  const char *start_date;
  GListModel *meetings;
  int y, m, d, minutes = -1;
  char end;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  start_date = pl_session_settings_get_start_date (pl_session_get_settings (session));
  if (start_date == NULL || sscanf (start_date, "%4d-%2d-%2d%c", &y, &m, &d, &end) != 3
      || !g_date_valid_dmy (d, m, y))
    {
      g_set_error (error, PL_PARTICIPATION_ERROR, PL_PARTICIPATION_ERROR_NO_START_DATE,
                   _("The session’s start date “%s” is not a date (YYYY-MM-DD)"),
                   start_date ? start_date : "");
      return NULL;
    }

  if (!(tz = pl_participation_dup_timezone (session, error)))
    return NULL;

  meetings = pl_session_get_records (session, PL_TYPE_MEETING);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, i);
      int start;

      if (g_strcmp0 (pl_meeting_get_date (meeting), start_date) != 0)
        continue;
      start = parse_hh_mm (pl_meeting_get_start (meeting));
      if (start >= 0 && (minutes < 0 || start < minutes))
        minutes = start;
    }
  if (minutes < 0)
    minutes = 10 * 60;

  return g_date_time_new (tz, y, m, d, minutes / 60, minutes % 60, 0);
}

/**
 * pl_participation_dup_circulation_deadline:
 *
 * Rule 17, para. 2: the list of non-governmental organizations without
 * consultative status is circulated at least 30 days before the session,
 * i.e. 30 calendar days before the opening, at the opening's hour.
 *
 * Returns: (transfer full): the deadline, or %NULL with @error set
 */
GDateTime *
pl_participation_dup_circulation_deadline (PlSession  *session,
                                           GError    **error)
{
  g_autoptr(GDateTime) opening = pl_participation_dup_opening (session, error);

  if (opening == NULL)
    return NULL;
  return g_date_time_add_days (opening, -30);
}

/**
 * pl_participation_requirement:
 *
 * Returns: what a delegation of @category must do to take part
 */
PlObserverRequirement
pl_participation_requirement (PlDelegationCategory category)
{
  switch (category)
    {
    case PL_DELEGATION_CATEGORY_STATE_PARTY:
    case PL_DELEGATION_CATEGORY_REIO:
      /* A REIO in this category is party to the Convention (the
       * reference list files the European Union so); one that only signed
       * is filed as a signatory, under rule 14. */
      return PL_OBSERVER_REQUIREMENT_NONE;
    case PL_DELEGATION_CATEGORY_SIGNATORY:       /* rule 14 */
    case PL_DELEGATION_CATEGORY_UN_ENTITY:       /* rule 16, para. 1 */
      return PL_OBSERVER_REQUIREMENT_NOTIFICATION;
    case PL_DELEGATION_CATEGORY_NON_SIGNATORY_STATE: /* rule 15 */
    case PL_DELEGATION_CATEGORY_IGO:             /* rule 16, para. 2 */
    case PL_DELEGATION_CATEGORY_NGO_ECOSOC:      /* rule 17, para. 1 */
      return PL_OBSERVER_REQUIREMENT_APPLICATION;
    case PL_DELEGATION_CATEGORY_NGO_OTHER:       /* rule 17, para. 2 */
      return PL_OBSERVER_REQUIREMENT_CIRCULATION;
    default:
      g_return_val_if_reached (PL_OBSERVER_REQUIREMENT_APPLICATION);
    }
}

/**
 * pl_participation_needs_credentials:
 *
 * Rule 18: the representatives of each State party, and of a regional
 * economic integration organization party to the Convention, need
 * credentials; observers do not.
 */
gboolean
pl_participation_needs_credentials (PlDelegationCategory category)
{
  return pl_participation_requirement (category) == PL_OBSERVER_REQUIREMENT_NONE;
}

/**
 * pl_delegation_is_state:
 *
 * Rule 22: officers are elected from among the representatives of States.
 * A State party, a signatory or a non-signatory State is a State; a
 * regional economic integration organization, though party to the
 * Convention, is not, nor is any other observer.
 *
 * Returns: whether @delegation is a State's
 */
gboolean
pl_delegation_is_state (PlDelegation *delegation)
{
  g_return_val_if_fail (PL_IS_DELEGATION (delegation), FALSE);

  switch (pl_delegation_get_category (delegation))
    {
    case PL_DELEGATION_CATEGORY_STATE_PARTY:
    case PL_DELEGATION_CATEGORY_SIGNATORY:
    case PL_DELEGATION_CATEGORY_NON_SIGNATORY_STATE:
      return TRUE;
    case PL_DELEGATION_CATEGORY_REIO:
    case PL_DELEGATION_CATEGORY_UN_ENTITY:
    case PL_DELEGATION_CATEGORY_IGO:
    case PL_DELEGATION_CATEGORY_NGO_ECOSOC:
    case PL_DELEGATION_CATEGORY_NGO_OTHER:
    default:
      return FALSE;
    }
}

/**
 * pl_participation_rule:
 *
 * Returns: the rule that governs @category's participation, as cited
 */
const char *
pl_participation_rule (PlDelegationCategory category)
{
  switch (category)
    {
    case PL_DELEGATION_CATEGORY_STATE_PARTY:
    case PL_DELEGATION_CATEGORY_REIO:
      return _("rules 18-20");
    case PL_DELEGATION_CATEGORY_SIGNATORY:
      return _("rule 14");
    case PL_DELEGATION_CATEGORY_NON_SIGNATORY_STATE:
      return _("rule 15");
    case PL_DELEGATION_CATEGORY_UN_ENTITY:
      return _("rule 16, para. 1");
    case PL_DELEGATION_CATEGORY_IGO:
      return _("rule 16, para. 2");
    case PL_DELEGATION_CATEGORY_NGO_ECOSOC:
      return _("rule 17, para. 1");
    case PL_DELEGATION_CATEGORY_NGO_OTHER:
      return _("rule 17, para. 2");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * pl_participation_describe_requirement:
 *
 * Returns: a sentence for the Participants page: what @category requires
 */
const char *
pl_participation_describe_requirement (PlDelegationCategory category)
{
  switch (category)
    {
    case PL_DELEGATION_CATEGORY_STATE_PARTY:
      return _("Participates as a State party; its representatives need credentials (rule 18).");
    case PL_DELEGATION_CATEGORY_REIO:
      return _("Participates as a party; credentials are issued by its competent authority (rule 18, para. 3).");
    case PL_DELEGATION_CATEGORY_SIGNATORY:
      return _("Observer on prior written notification to the Secretary-General (rule 14).");
    case PL_DELEGATION_CATEGORY_NON_SIGNATORY_STATE:
      return _("May apply to the Bureau for observer status, accorded unless the Conference decides otherwise (rule 15).");
    case PL_DELEGATION_CATEGORY_UN_ENTITY:
      return _("Entitled to observe on prior written notification to the Secretary-General (rule 16, para. 1).");
    case PL_DELEGATION_CATEGORY_IGO:
      return _("Applies to the Bureau for observer status (rule 16, para. 2).");
    case PL_DELEGATION_CATEGORY_NGO_ECOSOC:
      return _("In consultative status with ECOSOC: applies to the Bureau for observer status (rule 17, para. 1).");
    case PL_DELEGATION_CATEGORY_NGO_OTHER:
      return _("Without consultative status: the secretariat circulates its name on a list at least 30 days before the session (rule 17, para. 2).");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * pl_participation_for_delegation:
 *
 * Derives the participation state from the category and the stored
 * `observer_status`. A written application counts as the written
 * notification rules 14 and 16 ask for; a mere notification does not
 * replace the application that rules 15-17 require, so it leaves the
 * request pending before the Bureau.
 */
PlParticipation
pl_participation_for_delegation (PlDelegation *delegation)
{
  PlObserverStatus status;

  g_return_val_if_fail (PL_IS_DELEGATION (delegation), PL_PARTICIPATION_AWAITING);

  status = pl_delegation_get_observer_status (delegation);

  switch (pl_participation_requirement (pl_delegation_get_category (delegation)))
    {
    case PL_OBSERVER_REQUIREMENT_NONE:
      return PL_PARTICIPATION_AS_PARTY;

    case PL_OBSERVER_REQUIREMENT_NOTIFICATION:
      switch (status)
        {
        case PL_OBSERVER_STATUS_NONE:
          return PL_PARTICIPATION_AWAITING;
        case PL_OBSERVER_STATUS_OBJECTED:
          return PL_PARTICIPATION_REFUSED;
        case PL_OBSERVER_STATUS_NOTIFIED:
        case PL_OBSERVER_STATUS_APPLIED:
        case PL_OBSERVER_STATUS_ACCORDED:
        default:
          return PL_PARTICIPATION_ADMITTED;
        }

    case PL_OBSERVER_REQUIREMENT_APPLICATION:
    case PL_OBSERVER_REQUIREMENT_CIRCULATION:
    default:
      switch (status)
        {
        case PL_OBSERVER_STATUS_NONE:
          return PL_PARTICIPATION_AWAITING;
        case PL_OBSERVER_STATUS_OBJECTED:
          return PL_PARTICIPATION_REFUSED;
        case PL_OBSERVER_STATUS_ACCORDED:
          return PL_PARTICIPATION_ADMITTED;
        case PL_OBSERVER_STATUS_NOTIFIED:
        case PL_OBSERVER_STATUS_APPLIED:
        default:
          return PL_PARTICIPATION_PENDING;
        }
    }
}

/**
 * pl_participation_to_label:
 *
 * Returns: the state as a UI shows it
 */
const char *
pl_participation_to_label (PlParticipation participation)
{
  switch (participation)
    {
    case PL_PARTICIPATION_AS_PARTY:
      return _("Party");
    case PL_PARTICIPATION_AWAITING:
      return _("Awaiting notification or application");
    case PL_PARTICIPATION_PENDING:
      return _("Pending before the Bureau");
    case PL_PARTICIPATION_ADMITTED:
      return _("Observer");
    case PL_PARTICIPATION_REFUSED:
      return _("Not admitted");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * pl_participation_add_delegation:
 * @regional_group: (nullable): the group's id, for a State
 *
 * Adds a delegation entered by hand (an organization, or a State missing
 * from the reference list), with no members yet, as one undo step. States
 * of the reference list are added with pl_reference_states_new_delegation()
 * instead, so that their `_id` is `delegation:<ISO3>`.
 *
 * Returns: (transfer none): the delegation, owned by the session
 */
PlDelegation *
pl_participation_add_delegation (PlSession            *session,
                                 const char           *name,
                                 PlDelegationCategory  category,
                                 const char           *regional_group)
{
  g_autoptr(PlDelegation) delegation = NULL;
  g_autoptr(JsonArray) empty = json_array_new ();
  g_autoptr(JsonNode) members = NULL;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (name != NULL && *name != '\0', NULL);

  members = json_node_init_array (json_node_alloc (), empty);
  delegation = pl_delegation_new (NULL);
  pl_delegation_set_name (delegation, name);
  pl_delegation_set_category (delegation, category);
  pl_delegation_set_regional_group (delegation, regional_group);
  pl_delegation_set_members (delegation, members);
  pl_session_add_record (session, PL_RECORD (delegation));

  return delegation;
}

/* Members. */

static JsonArray *
members_array (PlDelegation *delegation)
{
  JsonNode *node = pl_delegation_get_members (delegation);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  return json_node_get_array (node);
}

guint
pl_delegation_get_n_members (PlDelegation *delegation)
{
  JsonArray *array;

  g_return_val_if_fail (PL_IS_DELEGATION (delegation), 0);

  array = members_array (delegation);
  return array ? json_array_get_length (array) : 0;
}

/**
 * pl_delegation_get_member:
 *
 * Returns: (transfer none) (nullable): the member object at @index
 */
JsonObject *
pl_delegation_get_member (PlDelegation *delegation,
                          guint         index)
{
  JsonArray *array;
  JsonNode *node;

  g_return_val_if_fail (PL_IS_DELEGATION (delegation), NULL);

  array = members_array (delegation);
  if (array == NULL || index >= json_array_get_length (array))
    return NULL;
  node = json_array_get_element (array, index);
  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

typedef struct
{
  JsonObject *member;
  gboolean    head;
  PlRank      rank;
  guint       index;
} RankedMember;

static int
compare_ranked_members (gconstpointer a,
                        gconstpointer b)
{
  const RankedMember *x = a, *y = b;

  if (x->head != y->head)
    return x->head ? -1 : 1;
  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

/**
 * pl_delegation_list_members_by_rank:
 *
 * The delegation's registered members in the order they are offered when
 * one is chosen to represent the State (an officer of the Bureau): the
 * head of delegation first, then by rank (a minister before an
 * ambassador before an official; a rank this version does not know
 * last), and as the delegation listed them within a rank.
 *
 * Returns: (transfer container) (element-type JsonObject): the members
 *   (the delegation's own objects), each with a name
 */
GPtrArray *
pl_delegation_list_members_by_rank (PlDelegation *delegation)
{
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (RankedMember));
  GPtrArray *members = g_ptr_array_new ();
  guint n;

  g_return_val_if_fail (PL_IS_DELEGATION (delegation), members);

  n = pl_delegation_get_n_members (delegation);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *member = pl_delegation_get_member (delegation, i);
      RankedMember entry = { member, FALSE, PL_RANK_UNKNOWN, i };
      const char *name;
      int value;

      name = member != NULL ? pl_json_object_get_string (member, "name", NULL) : NULL;
      if (name == NULL || *name == '\0')
        continue;
      entry.head = g_strcmp0 (pl_json_object_get_string (member, "function", NULL), "head") == 0;
      if (pl_enum_from_nick (PL_TYPE_RANK, pl_json_object_get_string (member, "rank", NULL), &value))
        entry.rank = (PlRank) value;
      g_array_append_val (ranked, entry);
    }
  g_array_sort (ranked, compare_ranked_members);

  for (guint i = 0; i < ranked->len; i++)
    g_ptr_array_add (members, g_array_index (ranked, RankedMember, i).member);
  return members;
}

/* Names compare without regard to case or runs of blanks: the same person
 * typed twice by two registration clerks. */
static char *
normalize_name (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name ? name : "", -1);
  g_auto(GStrv) words = g_strsplit_set (g_strstrip (folded), " \t\n\r", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  return g_string_free (out, FALSE);
}

/**
 * pl_member_same_person:
 *
 * Issue 6: two entries are the same member when name and email match,
 * names regardless of case and spacing, emails regardless of case.
 */
gboolean
pl_member_same_person (const char *name_a,
                       const char *email_a,
                       const char *name_b,
                       const char *email_b)
{
  g_autofree char *ea = g_strstrip (g_ascii_strdown (email_a ? email_a : "", -1));
  g_autofree char *eb = g_strstrip (g_ascii_strdown (email_b ? email_b : "", -1));
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  /* The emails first: they are cheap to compare and mostly differ, and
   * the names' Unicode case folding was half of a CSV import's time
   * (callgrind, bench-participants: normalize_name 44 %). */
  if (!g_str_equal (ea, eb))
    return FALSE;
  a = normalize_name (name_a);
  b = normalize_name (name_b);
  return g_str_equal (a, b);
}

/**
 * pl_delegation_find_member:
 * @contact: (nullable): the delegation's contact record, which holds the
 *   members' emails
 *
 * Returns: the index of the member with this name and email, or -1
 */
int
pl_delegation_find_member (PlDelegation *delegation,
                           PlContact    *contact,
                           const char   *name,
                           const char   *email)
{
  guint n;

  g_return_val_if_fail (PL_IS_DELEGATION (delegation), -1);

  n = pl_delegation_get_n_members (delegation);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *member = pl_delegation_get_member (delegation, i);

      const char *known = member != NULL && contact != NULL
                          ? pl_contact_get_email (contact, pl_json_object_get_string (member, "id", NULL))
                          : NULL;

      if (member != NULL
          && pl_member_same_person (pl_json_object_get_string (member, "name", ""), known, name, email))
        return (int) i;
    }
  return -1;
}

/**
 * pl_delegation_lookup_member:
 * @member_id: a member's `id` in the delegation's `members`
 * @name: (out) (optional) (transfer none) (nullable): the member's name
 * @function: (out) (optional): the registered function (representative
 *   when the registration states none this version knows)
 * @rank: (out) (optional): the registered rank; %PL_RANK_UNKNOWN when the
 *   registration states none this version knows
 *
 * A registered member by `id` (issue 18: a request to speak names the
 * member, and the rank comes from here, never from the request).
 *
 * Returns: whether the delegation has a member with that `id`
 */
gboolean
pl_delegation_lookup_member (PlDelegation      *delegation,
                             const char        *member_id,
                             const char       **name,
                             PlMemberFunction  *function,
                             PlRank            *rank)
{
  guint n;

  g_return_val_if_fail (PL_IS_DELEGATION (delegation), FALSE);

  n = member_id != NULL ? pl_delegation_get_n_members (delegation) : 0;
  for (guint i = 0; i < n; i++)
    {
      JsonObject *member = pl_delegation_get_member (delegation, i);
      int value;

      if (member == NULL || g_strcmp0 (pl_json_object_get_string (member, "id", NULL), member_id) != 0)
        continue;
      if (name != NULL)
        *name = pl_json_object_get_string (member, "name", NULL);
      if (function != NULL)
        {
          if (!pl_enum_from_nick (PL_TYPE_MEMBER_FUNCTION, pl_json_object_get_string (member, "function", NULL), &value))
            value = PL_MEMBER_FUNCTION_REPRESENTATIVE;
          *function = (PlMemberFunction) value;
        }
      if (rank != NULL)
        {
          if (!pl_enum_from_nick (PL_TYPE_RANK, pl_json_object_get_string (member, "rank", NULL), &value))
            value = PL_RANK_UNKNOWN;
          *rank = (PlRank) value;
        }
      return TRUE;
    }
  return FALSE;
}

/**
 * pl_delegation_find_member_by_name:
 *
 * For a request to speak written before requests named the member: the
 * member whose registered name is @name, regardless of case and spacing.
 *
 * Returns: (nullable): that member's `id`
 */
const char *
pl_delegation_find_member_by_name (PlDelegation *delegation,
                                   const char   *name)
{
  guint n;

  g_return_val_if_fail (PL_IS_DELEGATION (delegation), NULL);

  n = name != NULL && *name != '\0' ? pl_delegation_get_n_members (delegation) : 0;
  for (guint i = 0; i < n; i++)
    {
      JsonObject *member = pl_delegation_get_member (delegation, i);

      if (member != NULL && pl_member_same_person (pl_json_object_get_string (member, "name", ""), NULL, name, NULL))
        return pl_json_object_get_string (member, "id", NULL);
    }
  return NULL;
}

/**
 * pl_member_object_new:
 *
 * Returns: (transfer full): a member object with a fresh `id`; the
 *   member's email goes into the delegation's contact record
 */
JsonObject *
pl_member_object_new (const char       *name,
                      PlMemberFunction  function,
                      PlRank            rank)
{
  JsonObject *member = json_object_new ();
  g_autofree char *uuid = g_uuid_string_random ();

  json_object_set_string_member (member, "id", uuid);
  json_object_set_string_member (member, "name", name);
  json_object_set_string_member (member, "function", pl_enum_to_nick (PL_TYPE_MEMBER_FUNCTION, function));
  json_object_set_string_member (member, "rank", pl_enum_to_nick (PL_TYPE_RANK, rank));
  return member;
}

/* A copy of the members whose objects can be edited: json_node_copy()
 * shares an object node's JsonObject, and the stored one is sealed. Values
 * inside a member are copied as they are (fields this version does not know
 * are kept, never edited). */
/**
 * pl_delegation_copy_members:
 *
 * Returns: (transfer full): an editable copy of the members, for
 *   pl_delegation_store_members()
 */
JsonArray *
pl_delegation_copy_members (PlDelegation *delegation)
{
  JsonArray *array;
  JsonArray *copy;

  g_return_val_if_fail (PL_IS_DELEGATION (delegation), NULL);

  array = members_array (delegation);
  copy = json_array_new ();

  if (array == NULL)
    return copy;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObject *object = json_node_get_object (node);
          JsonObject *member = json_object_new ();
          JsonObjectIter iter;
          const char *name;
          JsonNode *value;

          json_object_iter_init_ordered (&iter, object);
          while (json_object_iter_next_ordered (&iter, &name, &value))
            json_object_set_member (member, name, json_node_copy (value));
          json_array_add_object_element (copy, member);
        }
      else
        json_array_add_element (copy, json_node_copy (node));
    }
  return copy;
}

/**
 * pl_delegation_store_members:
 *
 * Stores @members (sealed from now on) as the delegation's members: one
 * undo step when the delegation is in a session.
 */
void
pl_delegation_store_members (PlDelegation *delegation,
                             JsonArray    *array)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_if_fail (PL_IS_DELEGATION (delegation));
  g_return_if_fail (array != NULL);

  node = json_node_init_array (json_node_alloc (), array);

  json_node_seal (node);
  pl_delegation_set_members (delegation, node);
}

static int
index_of_member_id (JsonArray  *array,
                    const char *member_id)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (node)
          && g_strcmp0 (pl_json_object_get_string (json_node_get_object (node), "id", NULL),
                        member_id) == 0)
        return (int) i;
    }
  return -1;
}

/**
 * pl_delegation_add_member:
 *
 * Appends a member (one undo step when the delegation is in a session).
 * An email goes to the contact record: pl_contact_store_email().
 *
 * Returns: (transfer full): the new member's `id`
 */
char *
pl_delegation_add_member (PlDelegation     *delegation,
                          const char       *name,
                          PlMemberFunction  function,
                          PlRank            rank)
{
  g_autoptr(JsonArray) array = NULL;
  JsonObject *member;
  char *id;

  g_return_val_if_fail (PL_IS_DELEGATION (delegation), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  array = pl_delegation_copy_members (delegation);
  member = pl_member_object_new (name, function, rank);
  id = g_strdup (json_object_get_string_member (member, "id"));
  json_array_add_object_element (array, member);
  pl_delegation_store_members (delegation, array);

  return id;
}

/**
 * pl_delegation_update_member:
 *
 * Changes a member's function and rank, keeping its other fields.
 *
 * Returns: %FALSE if there is no member @member_id
 */
gboolean
pl_delegation_update_member (PlDelegation     *delegation,
                             const char       *member_id,
                             PlMemberFunction  function,
                             PlRank            rank)
{
  g_autoptr(JsonArray) array = NULL;
  JsonObject *member;
  int index;

  g_return_val_if_fail (PL_IS_DELEGATION (delegation), FALSE);

  array = pl_delegation_copy_members (delegation);
  if ((index = index_of_member_id (array, member_id)) < 0)
    return FALSE;

  member = json_array_get_object_element (array, index);
  json_object_set_string_member (member, "function", pl_enum_to_nick (PL_TYPE_MEMBER_FUNCTION, function));
  json_object_set_string_member (member, "rank", pl_enum_to_nick (PL_TYPE_RANK, rank));
  pl_delegation_store_members (delegation, array);
  return TRUE;
}

/**
 * pl_delegation_remove_member:
 *
 * Returns: %FALSE if there is no member @member_id
 */
gboolean
pl_delegation_remove_member (PlDelegation *delegation,
                             const char   *member_id)
{
  g_autoptr(JsonArray) array = NULL;
  int index;

  g_return_val_if_fail (PL_IS_DELEGATION (delegation), FALSE);

  array = pl_delegation_copy_members (delegation);
  if ((index = index_of_member_id (array, member_id)) < 0)
    return FALSE;

  json_array_remove_element (array, index);
  pl_delegation_store_members (delegation, array);
  return TRUE;
}
