/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <json-glib/json-glib.h>

#include "pl-value.h"

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_strv_equal (a, b);
}

/* Equality of two field values of the same type: what a setter compares
 * before it notifies, so that a no-op set emits nothing. */
gboolean
pl_value_equal (const GValue *a,
                const GValue *b)
{
  GType type;

  g_return_val_if_fail (G_IS_VALUE (a), FALSE);
  g_return_val_if_fail (G_IS_VALUE (b), FALSE);

  type = G_VALUE_TYPE (a);
  if (type != G_VALUE_TYPE (b))
    return FALSE;

  if (type == G_TYPE_STRING)
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (type == G_TYPE_INT)
    return g_value_get_int (a) == g_value_get_int (b);
  if (type == G_TYPE_BOOLEAN)
    return !g_value_get_boolean (a) == !g_value_get_boolean (b);
  if (G_TYPE_IS_ENUM (type))
    return g_value_get_enum (a) == g_value_get_enum (b);
  if (type == G_TYPE_STRV)
    return strv_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (type == JSON_TYPE_NODE)
    {
      JsonNode *na = g_value_get_boxed (a);
      JsonNode *nb = g_value_get_boxed (b);

      if (na == NULL || nb == NULL)
        return na == nb;
      return json_node_equal (na, nb);
    }

  g_assert_not_reached ();
}
