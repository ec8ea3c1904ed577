//! One component per file, named after it; `page.rs` lays them out.

pub mod briefing_header;
pub mod copy_link;
pub mod data_panel;
pub mod figure_chart;
pub mod figure_popover;
pub mod figure_toolbar;
pub mod figures_panel;
pub mod filter_bar;
pub mod lang_toggle;
pub mod library_search;
pub mod library_view;
pub mod page;
pub mod progress_panel;
pub mod qa_article;
pub mod quiz_launcher;
pub mod quiz_view;
pub mod repair_mark;
pub mod repairs_list;
pub mod rich_paragraph;
pub mod set_aside_list;
pub mod study_stats;
pub mod theme_toggle;
pub mod topic_nav;
pub mod topic_section;
pub mod worksheet;

/// The value of the `<select>` an event came from ("" without one).
pub fn select_value(e: &yew::Event) -> String {
    use wasm_bindgen::JsCast;
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .map(|s| s.value())
        .unwrap_or_default()
}
