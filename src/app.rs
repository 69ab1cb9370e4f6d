//! The root component: loads the dataset once and lays out the screen regions.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::dataset::{Dataset, DatasetError};
use crate::ui::filters::filter_panel::FilterPanel;
use crate::ui::list::event_list::EventList;
use crate::ui::map::map_region::MapRegion;
use crate::ui::panel::event_panel::EventPanel;
use crate::ui::shell::dataset_error::DatasetErrorPanel;
use crate::ui::shell::site_header::SiteHeader;
use crate::ui::timeline::timeline_region::TimelineRegion;
use crate::BUNDLED_DATASET_JSON;

/// The loaded dataset, shared with every region through context.
#[derive(Clone)]
pub struct AtlasDataset(pub Arc<Dataset>);

#[component]
pub fn App() -> impl IntoView {
    // Parsed once at start-up; a bring-your-own dataset will replace it whole.
    let loaded: Result<Dataset, DatasetError> = Dataset::from_json(BUNDLED_DATASET_JSON);
    let body = match loaded {
        Ok(dataset) => {
            provide_context(AtlasDataset(Arc::new(dataset)));
            view! {
                <div class="atlas">
                    <FilterPanel />
                    <main class="atlas__main" id="main">
                        <MapRegion />
                        <TimelineRegion />
                        <EventList />
                    </main>
                    <EventPanel />
                </div>
            }
            .into_any()
        }
        Err(error) => view! { <DatasetErrorPanel error /> }.into_any(),
    };
    view! {
        <SiteHeader />
        {body}
    }
}
