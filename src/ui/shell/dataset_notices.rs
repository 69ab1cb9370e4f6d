//! A notice of what was set aside while reading the dataset (a table's unknown columns), and of
//! the Windows code page a table was read in, with a button for each other code page its bytes
//! are text in (choosing one reads the file again in it), until dismissed.

use leptos::prelude::*;

use crate::domain::i18n::{Key, Message};
use crate::ui::dataset_source::TableInCodePage;
use crate::ui::i18n::Language;

#[component]
pub fn DatasetNotices(
    /// Each thing set aside, said in the reader's language.
    notices: Vec<Message>,
    /// The table, when it was read in a Windows code page.
    table: Option<TableInCodePage>,
) -> impl IntoView {
    let language = expect_context::<Language>();
    let mut notices = notices;
    if let Some(table) = &table {
        notices.insert(0, table.notice());
    }
    let shown = RwSignal::new(!notices.is_empty());
    move || {
        shown.get().then(|| {
            let locale = language.get();
            // At most two other code pages: one button each.
            let read_as = |at: usize| {
                let table = table.clone()?;
                let encoding = *table.decoded_as.alternatives.get(at)?;
                let label = locale.fill(Key::ReadAsEncoding, &[("encoding", encoding.name())]);
                Some(view! {
                    <button class="button button--quiet" on:click=move |_| table.read_as(encoding)>
                        {label}
                    </button>
                })
            };
            view! {
                <div class="url-notice url-notice--row" role="status">
                    <div>
                        {notices.iter().map(|n| view! { <p class="url-notice__text">{n.text(locale)}</p> }).collect_view()}
                    </div>
                    <div class="url-notice__actions">
                        {read_as(0)}
                        {read_as(1)}
                        <button class="button button--quiet" on:click=move |_| shown.set(false)>
                            {locale.text(Key::Dismiss)}
                        </button>
                    </div>
                </div>
            }
        })
    }
}
