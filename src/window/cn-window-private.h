/* cn-window-private.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Shared by cn-window.c and its parts (cn-window-*.c), and read by the
 * tests and the benchmark; not installed, not for other code. */

#include "cn-authorities-page.h"
#include "cn-benefits-view.h"
#include "cn-case-study-panel.h"
#include "cn-case-study-results.h"
#include "cn-glossary-page.h"
#include "cn-filter-chips.h"
#include "cn-filter-popover.h"
#include "cn-deadlines-view.h"
#include "cn-comparison-view.h"
#include "cn-network-detail.h"
#include "cn-network-list.h"
#include "cn-ranked-selection.h"
#include "cn-search-filter.h"
#include "cn-shortlist-view.h"
#include "cn-welcome-page.h"
#include "cn-window.h"
#include "cn-window-history.h"

G_BEGIN_DECLS

/* How long typing must pause before the detail follows the search: its
 * first result, and the search's words in bold. */
#define CN_WINDOW_DETAIL_DELAY_MS 150

/* Opens a link; tests put one in place of gtk_show_uri(). */
typedef void (*CnUriLauncher) (GtkWindow  *window,
                               const char *uri,
                               gpointer    user_data);

/* Chooses a file in place of the file chooser, for the tests: @purpose is
 * "export-brief", "print-brief" (a PDF the print operation exports to),
 * "export-csv", "export-shortlist" or "import-shortlist". Returns a path,
 * or NULL as if the user cancelled. */
typedef char *(*CnFileHook) (GtkWindow  *window,
                             const char *purpose,
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
  GtkMenuButton        *filter_button;
  GtkLabel             *filter_badge;
  CnFilterChips        *filter_chips;
  GtkOverlay           *overlay;
  GtkPaned             *side_paned;
  GtkStack             *view_stack;
  GtkPaned             *paned;
  CnNetworkList        *network_list;
  CnCaseStudyResults   *case_study_results;
  GtkStack             *detail_stack;
  CnNetworkDetail      *network_detail;    /* NULL until a network is first shown */
  GtkWidget            *detail_page;       /* holds network_detail once built */
  CnWelcomePage        *welcome_page;
  CnGlossaryPage       *glossary_page;
  CnAuthoritiesPage    *authorities_page;
  GtkWidget            *benefits_page;     /* holds benefits_view once built */
  CnCaseStudyPanel     *case_study_panel;
  GtkWidget            *shortlist_page;
  GtkWidget            *deadlines_page;
  GtkToggleButton      *case_study_button;
  GtkWidget            *search_button;
  GtkMenuButton        *menu_button;
  GtkStackSwitcher     *view_switcher;
  GtkWidget            *back_button;
  GtkRevealer          *glossary_hint;
  GtkButton            *glossary_hint_button;
  GtkWidget            *comparison_page;
  GtkButton            *compare_button;

  /* Built when first needed, in the pages above (cn-window-navigation.c);
   * NULL until then. Borrowed: the pages own them. */
  CnBenefitsView       *benefits_view;
  CnShortlistView      *shortlist_view;
  CnDeadlinesView      *deadlines_view;
  CnComparisonView     *comparison_view;

  /* Owned references */
  CnCatalog            *catalog;
  GSettings            *settings;
  CnSearchFilter       *filter;
  CnFacets             *facets;
  CnRankedSelection    *selection;
  CnCaseStudy          *case_study;
  GtkWindow            *help_overlay;  /* built on first use */
  CnWindowHistory      *history;
  char                 *glossary_term;  /* the entry the glossary was opened at */
  CnShortlist          *shortlist;     /* the application's */
  GtkWindow            *brief_dialog;  /* weak: the one open, if any */
  CnComparison         *comparison;
  char                 *view_before_comparison;

  /* Filled on first use, to keep startup to what the first frame shows. */
  gboolean              benefits_ready;
  gboolean              welcome_ready;
  gboolean              case_study_ready;
  gboolean              deadlines_ready;
  GtkWindow            *fit_finder;    /* built on first use */
  gboolean              searching;
  guint                 detail_timeout;
  guint                 highlight_timeout; /* the detail's bold words following the search */
  guint                 after_first_frame_idle; /* prepares for the first search */
  gboolean              first_frame_watched;

  CnUriLauncher         uri_launcher;
  gpointer              uri_launcher_data;
  CnFileHook            file_hook;
  gpointer              file_hook_data;
  guint                 placement_idle;
  gboolean              narrow;
  /* The detail pane's page while no network is selected: "welcome",
   * "glossary" or "authorities" (static strings). */
  const char           *requested_page;
  gboolean              glossary_ready;
  gboolean              authorities_ready;
  gboolean              restoring;      /* going Back or Forward: record nothing */
  guint                 history_frozen; /* in a change of several steps: record at its end */
  gboolean              search_place;   /* the current place came from a search */
  int                   panel_auto_width; /* the panel's width when set by the window, 0 once dragged */
  guint                 panel_width_idle;
};

/* cn-window.c */
void      _cn_window_set_uri_launcher        (CnWindow      *self,
                                              CnUriLauncher  launcher,
                                              gpointer       user_data);

/* cn-window-navigation.c */
void      _cn_window_class_navigation_init   (GtkWidgetClass *widget_class);
void      _cn_window_init_navigation         (CnWindow      *self);
void      _cn_window_setup_navigation        (CnWindow      *self);
void      _cn_window_start_history           (CnWindow      *self);
void      _cn_window_ensure_benefits_view    (CnWindow      *self);
void      _cn_window_ensure_deadlines_view   (CnWindow      *self);
CnBenefitsView   *_cn_window_get_benefits_view   (CnWindow      *self);
CnNetworkDetail  *_cn_window_get_network_detail  (CnWindow      *self);
CnNetwork        *_cn_window_get_shown_network   (CnWindow      *self);
CnShortlistView  *_cn_window_get_shortlist_view  (CnWindow      *self);
CnDeadlinesView  *_cn_window_get_deadlines_view  (CnWindow      *self);
CnComparisonView *_cn_window_get_comparison_view (CnWindow      *self);
void      _cn_window_show_view               (CnWindow      *self,
                                              const char    *view);
void      _cn_window_update_detail           (CnWindow      *self);
void      _cn_window_defer_detail_update     (CnWindow      *self);
void      _cn_window_record_place            (CnWindow      *self,
                                              gboolean       from_search);
void      _cn_window_show_page               (CnWindow      *self,
                                              const char    *page);
void      _cn_window_show_glossary           (CnWindow      *self,
                                              const char    *term);
void      _cn_window_go_back                 (CnWindow      *self);
void      _cn_window_go_forward              (CnWindow      *self);

/* cn-window-search.c */
void      _cn_window_class_search_init       (GtkWidgetClass *widget_class);
void      _cn_window_init_search             (CnWindow      *self);
void      _cn_window_setup_filters           (CnWindow      *self);
void      _cn_window_filter_by               (CnWindow      *self,
                                              CnFacet        facet,
                                              const char    *value_id);

/* cn-window-panel.c */
gboolean  _cn_window_get_case_study_visible  (CnWindow      *self);
void      _cn_window_set_case_study_visible  (CnWindow      *self,
                                              gboolean       visible);
gboolean  _cn_window_show_case_study         (CnWindow      *self,
                                              const char    *study_id,
                                              const char    *section_id);
gboolean  _cn_window_close_floating_panel    (CnWindow      *self);
int       _cn_window_get_auto_panel_width    (int            total);
void      _cn_window_allocate_panel          (CnWindow      *self,
                                              int            width);

/* cn-window-export.c */
void      _cn_window_class_export_init       (GtkWidgetClass *widget_class);
void      _cn_window_set_file_hook           (CnWindow      *self,
                                              CnFileHook     hook,
                                              gpointer       user_data);
void      _cn_window_show_info               (CnWindow      *self,
                                              const char    *message);

/* cn-window-compare.c */
void      _cn_window_setup_comparison        (CnWindow      *self);
void      _cn_window_toggle_compare          (CnWindow      *self,
                                              const char    *id);
void      _cn_window_show_comparison         (CnWindow      *self);
void      _cn_window_close_comparison        (CnWindow      *self);

/* cn-window-actions.c */
void      _cn_window_class_actions_init      (GtkWidgetClass *widget_class);
void      _cn_window_show_uri_error          (CnWindow      *self,
                                              const char    *uri);

/* cn-window-state.c */
void      _cn_window_restore_state           (CnWindow      *self);
void      _cn_window_save_state              (CnWindow      *self);
void      _cn_window_unbind_state            (CnWindow      *self);

G_END_DECLS
