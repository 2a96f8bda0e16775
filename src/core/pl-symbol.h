/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PL_SYMBOL_ERROR (pl_symbol_error_quark ())

/**
 * PlSymbolError:
 * @PL_SYMBOL_ERROR_INVALID: the text is not a UN document symbol
 */
typedef enum {
  PL_SYMBOL_ERROR_INVALID,
} PlSymbolError;

GQuark   pl_symbol_error_quark (void);
gboolean pl_symbol_validate    (const char  *symbol,
                                GError     **error);

G_END_DECLS
