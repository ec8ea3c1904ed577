//! The top of the app: reads the embedded briefing and lays out the reading view.

use yew::prelude::*;

use crate::components::briefing_header::BriefingHeader;
use crate::components::repairs_list::RepairsList;
use crate::components::topic_nav::TopicNav;
use crate::components::topic_section::TopicSection;
use crate::data;
use crate::i18n::ZH as T;

#[component]
pub fn App() -> Html {
    let briefing = use_memo((), |_| data::embedded());
    let briefing = match &*briefing {
        Ok(b) => b.clone(),
        Err(e) => {
            return html! {
                <main class="fatal" role="alert">
                    <h1>{ T.data_error }</h1>
                    <p>{ e.clone() }</p>
                </main>
            }
        }
    };
    html! {
        <>
            <a class="skip-link" href="#content">{ T.skip_to_content }</a>
            <BriefingHeader briefing={briefing.clone()} />
            <div class="layout">
                <TopicNav briefing={briefing.clone()} />
                <main id="content" class="content" tabindex="-1">
                    { for (0..briefing.topics.len()).map(|i| html! {
                        <TopicSection key={i} briefing={briefing.clone()} index={i} />
                    }) }
                    <RepairsList briefing={briefing.clone()} />
                </main>
            </div>
            <footer class="site-footer">
                <p>{ T.source_note }</p>
                <p><a href="briefing.json" download="briefing.json">{ T.download_json }</a></p>
            </footer>
        </>
    }
}
