/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-json-text.h"
#include "pl-speaker-labels.h"
#include "pl-sponsor-row.h"

/**
 * PlSponsorRow:
 *
 * One State of a proposal's `sponsors`: its name, whether it sponsors or
 * co-sponsors, on whose behalf, when it joined and, once it withdrew,
 * when (kept and dimmed: the register keeps who sponsored a text). Its
 * Withdraw button is the page's action proposals.withdraw-sponsor, with
 * the delegation's _id: an action, so that a read-only page turns it off
 * (pl-action-guard.h) in rows built after it became read-only.
 */
struct _PlSponsorRow
{
  AdwActionRow  parent_instance;

  char         *delegation;
  GtkWidget    *withdraw_button;
};

G_DEFINE_FINAL_TYPE (PlSponsorRow, pl_sponsor_row, ADW_TYPE_ACTION_ROW)

static void
pl_sponsor_row_finalize (GObject *object)
{
  PlSponsorRow *self = PL_SPONSOR_ROW (object);

  g_free (self->delegation);

  G_OBJECT_CLASS (pl_sponsor_row_parent_class)->finalize (object);
}

static void
pl_sponsor_row_class_init (PlSponsorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = pl_sponsor_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-sponsor-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PlSponsorRow, withdraw_button);
}

static void
pl_sponsor_row_init (PlSponsorRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pl_sponsor_row_new:
 * @sponsor: an element of a proposal's `sponsors`
 */
GtkWidget *
pl_sponsor_row_new (PlSession  *session,
                    JsonObject *sponsor)
{
  PlSponsorRow *self = g_object_new (PL_TYPE_SPONSOR_ROW, NULL);
  const char *delegation = pl_json_object_get_string (sponsor, "delegation", NULL);
  const char *role = pl_json_object_get_string (sponsor, "role", "sponsor");
  const char *withdrawn = pl_json_object_get_string (sponsor, "withdrawn", NULL);
  g_autofree char *joined = pl_speaker_format_stored (session, pl_json_object_get_string (sponsor, "joined", NULL),
                                                      "%Y-%m-%d %H:%M");
  g_autofree char *left = pl_speaker_format_stored (session, withdrawn, "%Y-%m-%d %H:%M");
  g_autofree char *behalf = pl_speaker_behalf_label (session, delegation,
                                                     pl_json_object_get_string (sponsor, "on_behalf_of", NULL));
  GString *subtitle = g_string_new (g_str_equal (role, "cosponsor") ? _("Co-sponsor") : _("Sponsor"));
  g_autofree char *withdraw_name = NULL;

  self->delegation = g_strdup (delegation);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), pl_speaker_delegation_name (session, delegation));
  if (behalf != NULL)
    /* Translators: on behalf of a regional group, "on behalf of African States" */
    g_string_append_printf (subtitle, _(", on behalf of %s"), behalf);
  if (joined != NULL)
    /* Translators: the date and time a State joined the sponsors */
    g_string_append_printf (subtitle, _(" · joined %s"), joined);
  if (withdrawn != NULL)
    {
      /* Translators: the date and time a State withdrew its sponsorship */
      g_string_append_printf (subtitle, _(" · withdrew %s"), left ? left : withdrawn);
      gtk_widget_add_css_class (GTK_WIDGET (self), "dim-label");
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle->str);
  g_string_free (subtitle, TRUE);

  gtk_widget_set_visible (self->withdraw_button, withdrawn == NULL);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->withdraw_button), "s", delegation ? delegation : "");
  /* Translators: %s is a State, "Withdraw Austria" */
  withdraw_name = g_strdup_printf (_("Withdraw %s"), pl_speaker_delegation_name (session, delegation));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->withdraw_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  withdraw_name, -1);

  return GTK_WIDGET (self);
}

/**
 * pl_sponsor_row_get_delegation:
 *
 * Returns: (transfer none): the sponsor's delegation _id
 */
const char *
pl_sponsor_row_get_delegation (PlSponsorRow *self)
{
  g_return_val_if_fail (PL_IS_SPONSOR_ROW (self), NULL);

  return self->delegation;
}
