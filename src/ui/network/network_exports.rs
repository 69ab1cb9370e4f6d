//! Saves the network as shown (the filtered events) for Gephi (GEXF) and for Cytoscape, yEd
//! or NetworkX (GraphML).

use leptos::prelude::*;

use crate::domain::export::network::{gexf, graphml};
use crate::domain::i18n::Key;
use crate::ui::download::save_file;
use crate::ui::i18n::Language;
use crate::ui::network::network_state::NetworkState;
use crate::ui::state::AtlasState;

#[component]
pub fn NetworkExports() -> impl IntoView {
    let state = NetworkState::expect();
    let atlas = AtlasState::expect();
    let language = expect_context::<Language>();
    let dataset = atlas.dataset;
    let save = move |extension: &'static str| {
        let network = state.network.get_untracked();
        let (text, mime) = match extension {
            "gexf" => (gexf(&dataset, &network), "application/gexf+xml"),
            _ => (graphml(&dataset, &network), "application/graphml+xml"),
        };
        let name = format!("cooperation-network-{}.{extension}", network.kind.key());
        let _ = save_file(&name, mime, &text);
    };
    let save_gexf = save.clone();
    view! {
        <button class="button button--quiet" aria-label=language.t(Key::ExportGexf) on:click=move |_| save_gexf("gexf")>
            "GEXF"
        </button>
        <button class="button button--quiet" aria-label=language.t(Key::ExportGraphml) on:click=move |_| save("graphml")>
            "GraphML"
        </button>
    }
}
