/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pl-session.h"

/* What the two files of test-widgets share: the helpers (test-widgets.c)
 * and the tests of the window, its dialogs and the record pages' editors
 * (test-widgets-window.c), which main() in test-widgets.c runs. */

void       check_page  (GType type);

void test_credentials_page (void);
void test_participants_page_import_filter (void);
void test_credentials_page_receipt (void);
void test_window (void);
void test_window_open_sample (void);
void test_window_open_file (void);
void test_window_bureau_go_to_participants (void);
void test_start_view (void);
void test_preferences_window (void);
void test_preferences_password_in_address (void);
void test_conflicts_dialog (void);
void test_conflicts_dialog_translation (void);
void test_window_read_only (void);
void test_window_delegate_copy (void);
void test_item_editor_keeps_cursor (void);
void test_item_editor_symbol_error_in_view (void);
void test_annotation_link_follows_move (void);
void test_annotation_link_to_item (void);
void test_annotation_link_numbers (void);
void test_tables_at_default_size (void);
void test_settings_body_name_at_default_size (void);
void test_add_state_several (void);
void test_settings_instruments (void);
void test_record_table_cell_tooltips (void);
void test_record_table_search (void);
void test_participants_text_cells (void);
