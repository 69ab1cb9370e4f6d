//! The network region: its toolbar (zoom, nodes, the view switch), the drawing, the events of
//! an opened link, the network as a table, and its exports.

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::domain::network::graph::NodeKind;
use crate::domain::publish::picture::PictureRegion;
use crate::ui::hooks::zoom_by;
use crate::ui::i18n::Language;
use crate::ui::network::network_canvas::NetworkCanvas;
use crate::ui::network::network_exports::NetworkExports;
use crate::ui::network::network_state::NetworkState;
use crate::ui::network::network_table::NetworkTable;
use crate::ui::network::shared_events::SharedEvents;
use crate::ui::picture::PictureMenu;
use crate::ui::state::AtlasState;
use crate::ui::url::{HistoryEntry, ViewStore};
use crate::ui::widgets::{RegionBar, ViewSwitch, ZoomControls};

#[component]
pub fn NetworkRegion() -> impl IntoView {
    let language = expect_context::<Language>();
    let store = expect_context::<ViewStore>();
    let state = NetworkState::provide(&AtlasState::expect());
    let nodes_button = move |kind: NodeKind, key: Key| {
        view! {
            <button
                class="button button--quiet"
                aria-pressed=move || (state.kind.get() == kind).to_string()
                on:click=move |_| store.change(HistoryEntry::Step, |s| s.network = Some(kind))
            >
                {language.t(key)}
            </button>
        }
    };
    view! {
        <section class="region region--map region--network" data-region="network" aria-labelledby="network-title">
            <RegionBar title=Key::NetworkTitle title_id="network-title">
                <ZoomControls
                    label=Key::NetworkControls
                    zoom_in=Key::ZoomIn
                    zoom_out=Key::ZoomOut
                    fit=Key::Fit
                    on_zoom=Callback::new(move |factor| zoom_by(state.camera, factor))
                    on_fit=Callback::new(move |()| state.fit())
                >
                    <span class="segmented" role="group" aria-label=language.t(Key::NodesSwitch)>
                        {nodes_button(NodeKind::Organization, Key::NodesOrganizations)}
                        {nodes_button(NodeKind::Country, Key::NodesCountries)}
                    </span>
                    <ViewSwitch />
                    <PictureMenu region=PictureRegion::Network />
                </ZoomControls>
            </RegionBar>
            <div class="map__body">
                <NetworkCanvas />
                <SharedEvents />
                <NetworkTable />
                <div class="network__exports">
                    <NetworkExports />
                </div>
            </div>
        </section>
    }
}
