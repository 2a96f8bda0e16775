/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-bureau.h"
#include "pl-check-bureau.h"
#include "pl-finding.h"

/**
 * PlBureau:
 *
 * The Bureau of a session as the Bureau page shows it: a #GListModel of
 * #PlSeat, derived from the session's `bureau` settings and officer
 * records, with the findings of rule 22 per seat, per regional group and in
 * all, and a summary line ("7 of 10 nominated, 2 rules not yet met").
 *
 * It re-evaluates the rules on every #PlSession::changed that concerns an
 * officer, a delegation, an office holder or the settings: the check reads
 * ten seats and their delegations by `_id`, so it is cheap enough to run on
 * every keystroke. Seats are updated in place and only replaced when the
 * settings change the seats themselves; a custom #GListModel, rather than a
 * #GListStore, so that re-evaluating emits no items-changed at all when the
 * seats stay the same.
 *
 * The nominate/elect/withdraw/vacate methods are the edits the page makes:
 * each is one undo step.
 */
struct _PlBureau
{
  GObject     parent_instance;

  PlSession  *session;
  gulong      changed_id;

  GPtrArray  *seats;          /* of PlSeat */
  GListStore *findings;       /* of PlFinding */
  GHashTable *group_findings; /* group id → GListStore of PlFinding */
  guint       n_nominated;
  guint       n_elected;
  guint       n_unmet;
  char       *summary;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PlBureau, pl_bureau, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_SESSION,
  PROP_N_SEATS,
  PROP_N_NOMINATED,
  PROP_N_ELECTED,
  PROP_N_UNMET,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
pl_bureau_get_item_type (GListModel *model)
{
  return PL_TYPE_SEAT;
}

static guint
pl_bureau_get_n_items (GListModel *model)
{
  return PL_BUREAU (model)->seats->len;
}

static gpointer
pl_bureau_get_item (GListModel *model,
                    guint       position)
{
  PlBureau *self = PL_BUREAU (model);

  if (position >= self->seats->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->seats, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = pl_bureau_get_item_type;
  iface->get_n_items = pl_bureau_get_n_items;
  iface->get_item = pl_bureau_get_item;
}

static void
set_uint (PlBureau *self,
          guint    *field,
          guint     value,
          guint     prop_id)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* The seats change only with the settings; keep the objects (and the rows
 * bound to them) unless the seats themselves differ. */
static void
sync_seats (PlBureau *self)
{
  PlSessionSettings *settings = pl_session_get_settings (self->session);
  g_autoptr(GPtrArray) specs = pl_bureau_list_seat_specs (settings);
  gboolean same = specs->len == self->seats->len;
  guint old_len = self->seats->len;

  for (guint i = 0; same && i < specs->len; i++)
    {
      PlSeatSpec *spec = g_ptr_array_index (specs, i);
      PlSeat *seat = g_ptr_array_index (self->seats, i);
      g_autofree char *title = pl_bureau_seat_title (spec);

      same = g_str_equal (spec->id, pl_seat_get_id (seat))
             && g_str_equal (title, pl_seat_get_title (seat))
             && g_strcmp0 (spec->regional_group, pl_seat_get_regional_group (seat)) == 0
             && g_strcmp0 (pl_bureau_group_name (settings, spec->regional_group),
                           pl_seat_get_regional_group_name (seat)) == 0;
    }
  if (same)
    return;

  g_ptr_array_set_size (self->seats, 0);
  for (guint i = 0; i < specs->len; i++)
    {
      PlSeatSpec *spec = g_ptr_array_index (specs, i);
      g_autofree char *title = pl_bureau_seat_title (spec);

      g_ptr_array_add (self->seats,
                       _pl_seat_new (spec->id, title, spec->office, spec->regional_group,
                                     pl_bureau_group_name (settings, spec->regional_group)));
    }

  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, self->seats->len);
  if (old_len != self->seats->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SEATS]);
}

static void
evaluate (PlBureau *self)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) pl_bureau_finding_free);
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  g_autoptr(GHashTable) by_group = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                           (GDestroyNotify) g_ptr_array_unref);
  guint n_nominated = 0, n_elected = 0, n_unmet = 0;
  g_autofree char *summary = NULL;
  GHashTableIter iter;
  gpointer key, value;

  sync_seats (self);
  pl_bureau_evaluate (self->session, results);

  g_object_freeze_notify (G_OBJECT (self));

  /* Errors first, as pl_check_session() orders them. */
  for (int severity = PL_SEVERITY_ERROR; severity >= PL_SEVERITY_INFO; severity--)
    for (guint i = 0; i < results->len; i++)
      {
        PlBureauFinding *bf = g_ptr_array_index (results, i);

        if ((int) pl_finding_get_severity (bf->finding) == severity)
          g_ptr_array_add (all, bf->finding);
      }
  for (guint i = 0; i < results->len; i++)
    {
      PlBureauFinding *bf = g_ptr_array_index (results, i);
      GPtrArray *list;

      /* A vacancy is a seat not yet filled, not a rule not yet met. */
      if (!g_str_equal (pl_finding_get_code (bf->finding), "bureau.vacant"))
        n_unmet++;
      if (bf->regional_group == NULL)
        continue;
      list = g_hash_table_lookup (by_group, bf->regional_group);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (by_group, bf->regional_group, list);
        }
      g_ptr_array_add (list, bf->finding);
    }

  for (guint s = 0; s < self->seats->len; s++)
    {
      PlSeat *seat = g_ptr_array_index (self->seats, s);
      g_autoptr(GPtrArray) mine = g_ptr_array_new ();
      g_autofree char *officer_id = g_strdup_printf ("officer:%s", pl_seat_get_id (seat));
      PlRecord *officer = pl_session_lookup (self->session, officer_id);
      PlRecord *delegation = NULL;
      const char *delegation_name = NULL;

      if (!PL_IS_OFFICER (officer))
        officer = NULL;
      if (officer != NULL)
        {
          delegation = pl_session_lookup (self->session, pl_officer_get_delegation (PL_OFFICER (officer)));
          if (PL_IS_DELEGATION (delegation))
            delegation_name = pl_delegation_get_name (PL_DELEGATION (delegation));
          else
            delegation_name = pl_officer_get_delegation (PL_OFFICER (officer));

          switch (pl_officer_get_status (PL_OFFICER (officer)))
            {
            case PL_OFFICER_STATUS_ELECTED:
              n_elected++;
              n_nominated++;
              break;
            case PL_OFFICER_STATUS_NOMINATED:
              n_nominated++;
              break;
            case PL_OFFICER_STATUS_VACANT:
            case PL_OFFICER_STATUS_WITHDRAWN:
            default:
              break;
            }
        }

      for (guint i = 0; i < results->len; i++)
        {
          PlBureauFinding *bf = g_ptr_array_index (results, i);

          if (g_strcmp0 (bf->seat, pl_seat_get_id (seat)) == 0)
            g_ptr_array_add (mine, bf->finding);
        }

      _pl_seat_update (seat, PL_OFFICER (officer), delegation_name, mine);
    }

  pl_finding_store_replace (self->findings, all);

  g_hash_table_iter_init (&iter, self->group_findings);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(GPtrArray) none = g_ptr_array_new ();
      GPtrArray *list = g_hash_table_lookup (by_group, key);

      pl_finding_store_replace (value, list != NULL ? list : none);
    }

  set_uint (self, &self->n_nominated, n_nominated, PROP_N_NOMINATED);
  set_uint (self, &self->n_elected, n_elected, PROP_N_ELECTED);
  set_uint (self, &self->n_unmet, n_unmet, PROP_N_UNMET);

  if (n_unmet == 0)
    /* Translators: the Bureau page's summary, e.g. "10 of 10 nominated, all rules met" */
    summary = g_strdup_printf (_("%u of %u nominated, all rules met"), n_nominated, self->seats->len);
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u of %u nominated, %u rule not yet met",
                                            "%u of %u nominated, %u rules not yet met",
                                            n_unmet),
                               n_nominated, self->seats->len, n_unmet);
  if (g_strcmp0 (summary, self->summary) != 0)
    {
      g_free (self->summary);
      self->summary = g_steal_pointer (&summary);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

static void
on_session_changed_cb (PlSession    *session,
                       PlRecord     *record,
                       PlChangeKind  kind,
                       const char   *field,
                       PlBureau     *self)
{
  if (PL_IS_OFFICER (record) || PL_IS_DELEGATION (record)
      || PL_IS_OFFICE_HOLDER (record) || PL_IS_SESSION_SETTINGS (record))
    evaluate (self);
}

static void
pl_bureau_dispose (GObject *object)
{
  PlBureau *self = PL_BUREAU (object);

  g_clear_signal_handler (&self->changed_id, self->session);
  g_clear_object (&self->session);
  if (self->seats != NULL)
    g_ptr_array_set_size (self->seats, 0);

  G_OBJECT_CLASS (pl_bureau_parent_class)->dispose (object);
}

static void
pl_bureau_finalize (GObject *object)
{
  PlBureau *self = PL_BUREAU (object);

  g_clear_pointer (&self->seats, g_ptr_array_unref);
  g_clear_object (&self->findings);
  g_clear_pointer (&self->group_findings, g_hash_table_unref);
  g_free (self->summary);

  G_OBJECT_CLASS (pl_bureau_parent_class)->finalize (object);
}

static void
pl_bureau_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PlBureau *self = PL_BUREAU (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_N_SEATS:
      g_value_set_uint (value, self->seats->len);
      break;
    case PROP_N_NOMINATED:
      g_value_set_uint (value, self->n_nominated);
      break;
    case PROP_N_ELECTED:
      g_value_set_uint (value, self->n_elected);
      break;
    case PROP_N_UNMET:
      g_value_set_uint (value, self->n_unmet);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_bureau_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PlBureau *self = PL_BUREAU (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_bureau_constructed (GObject *object)
{
  PlBureau *self = PL_BUREAU (object);

  G_OBJECT_CLASS (pl_bureau_parent_class)->constructed (object);

  g_assert (PL_IS_SESSION (self->session));
  self->changed_id = g_signal_connect (self->session, "changed",
                                       G_CALLBACK (on_session_changed_cb), self);
  evaluate (self);
}

static void
pl_bureau_class_init (PlBureauClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = pl_bureau_constructed;
  object_class->dispose = pl_bureau_dispose;
  object_class->finalize = pl_bureau_finalize;
  object_class->get_property = pl_bureau_get_property;
  object_class->set_property = pl_bureau_set_property;

#define FLAGS (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, PL_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_SEATS] = g_param_spec_uint ("n-seats", NULL, NULL, 0, G_MAXUINT, 0, FLAGS);
  /* nominated or elected */
  properties[PROP_N_NOMINATED] = g_param_spec_uint ("n-nominated", NULL, NULL, 0, G_MAXUINT, 0, FLAGS);
  properties[PROP_N_ELECTED] = g_param_spec_uint ("n-elected", NULL, NULL, 0, G_MAXUINT, 0, FLAGS);
  /* findings other than vacancies: rules not (yet) met or not verifiable */
  properties[PROP_N_UNMET] = g_param_spec_uint ("n-unmet", NULL, NULL, 0, G_MAXUINT, 0, FLAGS);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, FLAGS);
#undef FLAGS

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pl_bureau_init (PlBureau *self)
{
  self->seats = g_ptr_array_new_with_free_func (g_object_unref);
  self->findings = g_list_store_new (PL_TYPE_FINDING);
  self->group_findings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

PlBureau *
pl_bureau_new (PlSession *session)
{
  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  return g_object_new (PL_TYPE_BUREAU, "session", session, NULL);
}

/**
 * pl_bureau_get_session:
 *
 * Returns: (transfer none): the session
 */
PlSession *
pl_bureau_get_session (PlBureau *self)
{
  g_return_val_if_fail (PL_IS_BUREAU (self), NULL);
  return self->session;
}

/**
 * pl_bureau_get_seat:
 *
 * Returns: (transfer none) (nullable): the seat named @seat_id
 */
PlSeat *
pl_bureau_get_seat (PlBureau   *self,
                    const char *seat_id)
{
  g_return_val_if_fail (PL_IS_BUREAU (self), NULL);

  for (guint i = 0; i < self->seats->len; i++)
    if (g_strcmp0 (pl_seat_get_id (g_ptr_array_index (self->seats, i)), seat_id) == 0)
      return g_ptr_array_index (self->seats, i);
  return NULL;
}

/**
 * pl_bureau_get_findings:
 *
 * Returns: (transfer none): every finding of rule 22, errors first
 */
GListModel *
pl_bureau_get_findings (PlBureau *self)
{
  g_return_val_if_fail (PL_IS_BUREAU (self), NULL);
  return G_LIST_MODEL (self->findings);
}

/**
 * pl_bureau_get_group_findings:
 *
 * What a regional group still needs: the findings about its seats and its
 * share of the Bureau, kept current.
 *
 * Returns: (transfer none): a #GListModel of #PlFinding
 */
GListModel *
pl_bureau_get_group_findings (PlBureau   *self,
                              const char *regional_group)
{
  GListStore *store;

  g_return_val_if_fail (PL_IS_BUREAU (self), NULL);
  g_return_val_if_fail (regional_group != NULL, NULL);

  store = g_hash_table_lookup (self->group_findings, regional_group);
  if (store == NULL)
    {
      store = g_list_store_new (PL_TYPE_FINDING);
      g_hash_table_insert (self->group_findings, g_strdup (regional_group), store);
      evaluate (self);
    }
  return G_LIST_MODEL (store);
}

guint
pl_bureau_get_n_seats (PlBureau *self)
{
  g_return_val_if_fail (PL_IS_BUREAU (self), 0);
  return self->seats->len;
}

guint
pl_bureau_get_n_nominated (PlBureau *self)
{
  g_return_val_if_fail (PL_IS_BUREAU (self), 0);
  return self->n_nominated;
}

guint
pl_bureau_get_n_elected (PlBureau *self)
{
  g_return_val_if_fail (PL_IS_BUREAU (self), 0);
  return self->n_elected;
}

guint
pl_bureau_get_n_unmet (PlBureau *self)
{
  g_return_val_if_fail (PL_IS_BUREAU (self), 0);
  return self->n_unmet;
}

const char *
pl_bureau_get_summary (PlBureau *self)
{
  g_return_val_if_fail (PL_IS_BUREAU (self), NULL);
  return self->summary;
}

/* The seat's officer record, made on first use with the fixed `_id` of the
 * format (`officer:vice_president-3`), so that two people nominating
 * offline land on the same record. */
static PlOfficer *
ensure_officer (PlBureau   *self,
                const char *seat_id)
{
  g_autofree char *id = g_strdup_printf ("officer:%s", seat_id);
  PlSeat *seat = pl_bureau_get_seat (self, seat_id);
  PlRecord *record = pl_session_lookup (self->session, id);
  g_autoptr(PlOfficer) officer = NULL;

  if (PL_IS_OFFICER (record))
    return PL_OFFICER (record);

  officer = pl_officer_new (id);
  pl_officer_set_office (officer, pl_seat_get_office (seat));
  pl_officer_set_seat (officer, seat_id);
  pl_officer_set_regional_group (officer, pl_seat_get_regional_group (seat));
  pl_session_add_record (self->session, PL_RECORD (officer));
  return officer;
}

/**
 * pl_bureau_nominate:
 * @delegation_id: the nominated State's delegation `_id`
 * @person: (nullable): the candidate
 * @nominated_on: (nullable): ISO date of the nomination
 *
 * Records a group's nomination to a seat, as one undo step.
 */
void
pl_bureau_nominate (PlBureau   *self,
                    const char *seat_id,
                    const char *delegation_id,
                    const char *person,
                    const char *nominated_on)
{
  PlHistory *history;
  PlOfficer *officer;

  g_return_if_fail (PL_IS_BUREAU (self));
  g_return_if_fail (pl_bureau_get_seat (self, seat_id) != NULL);
  g_return_if_fail (delegation_id != NULL);

  history = pl_session_get_history (self->session);
  pl_history_begin_group (history, _("Nominate officer"));
  officer = ensure_officer (self, seat_id);
  pl_officer_set_delegation (officer, delegation_id);
  pl_officer_set_person (officer, person);
  pl_officer_set_nominated_on (officer, nominated_on);
  pl_officer_set_withdrawn_on (officer, NULL);
  pl_officer_set_elected_on (officer, NULL);
  pl_officer_set_status (officer, PL_OFFICER_STATUS_NOMINATED);
  pl_history_end_group (history);
}

/**
 * pl_bureau_elect:
 * @elected_on: (nullable): ISO date of the election
 *
 * Records the election of the seat's nominee, as one undo step.
 */
void
pl_bureau_elect (PlBureau   *self,
                 const char *seat_id,
                 const char *elected_on)
{
  PlHistory *history;
  PlOfficer *officer;

  g_return_if_fail (PL_IS_BUREAU (self));
  g_return_if_fail (pl_bureau_get_seat (self, seat_id) != NULL);

  officer = ensure_officer (self, seat_id);
  g_return_if_fail (pl_officer_get_delegation (officer) != NULL);

  history = pl_session_get_history (self->session);
  pl_history_begin_group (history, _("Record election"));
  pl_officer_set_elected_on (officer, elected_on);
  pl_officer_set_status (officer, PL_OFFICER_STATUS_ELECTED);
  pl_history_end_group (history);
}

/**
 * pl_bureau_withdraw:
 * @withdrawn_on: (nullable): ISO date
 *
 * Records that the seat's nomination was withdrawn; the State and person
 * stay on the record, and the seat counts as vacant. One undo step.
 */
void
pl_bureau_withdraw (PlBureau   *self,
                    const char *seat_id,
                    const char *withdrawn_on)
{
  PlHistory *history;
  PlOfficer *officer;

  g_return_if_fail (PL_IS_BUREAU (self));
  g_return_if_fail (pl_bureau_get_seat (self, seat_id) != NULL);

  history = pl_session_get_history (self->session);
  pl_history_begin_group (history, _("Withdraw nomination"));
  officer = ensure_officer (self, seat_id);
  pl_officer_set_withdrawn_on (officer, withdrawn_on);
  pl_officer_set_status (officer, PL_OFFICER_STATUS_WITHDRAWN);
  pl_history_end_group (history);
}

/**
 * pl_bureau_vacate:
 *
 * Clears the seat (a nomination entered by mistake), as one undo step.
 */
void
pl_bureau_vacate (PlBureau   *self,
                  const char *seat_id)
{
  g_autofree char *id = NULL;
  PlHistory *history;
  PlRecord *record;

  g_return_if_fail (PL_IS_BUREAU (self));
  g_return_if_fail (pl_bureau_get_seat (self, seat_id) != NULL);

  id = g_strdup_printf ("officer:%s", seat_id);
  record = pl_session_lookup (self->session, id);
  if (!PL_IS_OFFICER (record))
    return;

  history = pl_session_get_history (self->session);
  pl_history_begin_group (history, _("Clear seat"));
  pl_officer_set_delegation (PL_OFFICER (record), NULL);
  pl_officer_set_person (PL_OFFICER (record), NULL);
  pl_officer_set_nominated_on (PL_OFFICER (record), NULL);
  pl_officer_set_elected_on (PL_OFFICER (record), NULL);
  pl_officer_set_withdrawn_on (PL_OFFICER (record), NULL);
  pl_officer_set_status (PL_OFFICER (record), PL_OFFICER_STATUS_VACANT);
  pl_history_end_group (history);
}
