pub mod briefing_header;
pub mod qa_article;
pub mod repair_mark;
pub mod repairs_list;
pub mod rich_paragraph;
pub mod topic_nav;
pub mod topic_section;
