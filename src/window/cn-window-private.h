/* cn-window-private.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Shared by cn-window.c, cn-window-actions.c and cn-window-state.c, and
 * read by the tests and the benchmark; not installed, not for other code. */

#include "cn-benefits-view.h"
#include "cn-case-study-panel.h"
#include "cn-comparison-view.h"
#include "cn-network-detail.h"
#include "cn-network-list.h"
#include "cn-ranked-selection.h"
#include "cn-search-filter.h"
#include "cn-welcome-page.h"
#include "cn-window.h"

G_BEGIN_DECLS

/* Opens a link; tests put one in place of gtk_show_uri(). */
typedef void (*CnUriLauncher) (GtkWindow  *window,
                               const char *uri,
                               gpointer    user_data);

struct _CnWindow
{
  GtkApplicationWindow  parent_instance;

  /* Template widgets */
  GtkInfoBar           *message_bar;
  GtkSpinner           *message_spinner;
  GtkLabel             *message_label;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkOverlay           *overlay;
  GtkPaned             *side_paned;
  GtkStack             *view_stack;
  GtkPaned             *paned;
  CnNetworkList        *network_list;
  GtkStack             *detail_stack;
  CnNetworkDetail      *network_detail;
  CnWelcomePage        *welcome_page;
  CnBenefitsView       *benefits_view;
  CnCaseStudyPanel     *case_study_panel;
  GtkToggleButton      *case_study_button;
  GtkWidget            *search_button;
  GtkMenuButton        *menu_button;
  CnComparisonView     *comparison_view;
  GtkButton            *compare_button;

  /* Owned references */
  CnCatalog            *catalog;
  GSettings            *settings;
  CnSearchFilter       *filter;
  CnRankedSelection    *selection;
  CnCaseStudy          *case_study;
  GtkWindow            *help_overlay;  /* built on first use */
  CnComparison         *comparison;
  char                 *view_before_comparison;

  /* Filled on first use, to keep startup to what the first frame shows. */
  gboolean              benefits_ready;
  gboolean              welcome_ready;
  gboolean              case_study_ready;
  gboolean              searching;
  guint                 detail_timeout;

  CnUriLauncher         uri_launcher;
  gpointer              uri_launcher_data;
  guint                 placement_idle;
  gboolean              narrow;
  gboolean              welcome_requested;
};

/* cn-window.c */
void      _cn_window_ensure_benefits_view    (CnWindow      *self);
void      _cn_window_show_view               (CnWindow      *self,
                                              const char    *view);
void      _cn_window_update_detail           (CnWindow      *self);
gboolean  _cn_window_get_case_study_visible  (CnWindow      *self);
void      _cn_window_set_case_study_visible  (CnWindow      *self,
                                              gboolean       visible);
void      _cn_window_set_uri_launcher        (CnWindow      *self,
                                              CnUriLauncher  launcher,
                                              gpointer       user_data);

/* cn-window-compare.c */
void      _cn_window_setup_comparison        (CnWindow      *self);
void      _cn_window_toggle_compare          (CnWindow      *self,
                                              const char    *id);
void      _cn_window_show_comparison         (CnWindow      *self);
void      _cn_window_close_comparison        (CnWindow      *self);

/* cn-window-actions.c */
void      _cn_window_class_actions_init      (GtkWidgetClass *widget_class);

/* cn-window-state.c */
void      _cn_window_restore_state           (CnWindow      *self);
void      _cn_window_save_state              (CnWindow      *self);
void      _cn_window_unbind_state            (CnWindow      *self);

G_END_DECLS
