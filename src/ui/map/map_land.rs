//! The countries of the base map, shaded where they take part: in the selected event, or in
//! any filtered event when none is selected.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::geo::base_map::BaseMap;
use crate::domain::model::Facet;
use crate::ui::fan_out::fan_out;
use crate::ui::map::map_state::MapState;
use crate::ui::state::AtlasState;

#[component]
pub fn MapLand(
    /// The decoded base map.
    base: Arc<BaseMap>,
) -> impl IntoView {
    let AtlasState {
        dataset,
        filtered,
        selected_idx,
        ..
    } = AtlasState::expect();
    let map = MapState::expect();

    // The shaded countries as a table over the dataset's country positions (precomputed per
    // event, venue included).
    let shaded = {
        let dataset = dataset.clone();
        Memo::new(move |_| {
            let facets = dataset.facets();
            let mut table = vec![false; dataset.countries().len()];
            let mut mark = |i: usize| {
                facets
                    .values(i)
                    .of(Facet::Country)
                    .iter()
                    .for_each(|&c| table[c as usize] = true)
            };
            match selected_idx.get() {
                Some(i) => mark(i),
                None => filtered.with(|s| s.events.iter().for_each(|&i| mark(i))),
            }
            table
        })
    };

    // Each country reads its own "shaded" flag (see `fan_out`).
    let positions: Vec<Option<usize>> = base
        .land
        .iter()
        .map(|shape| {
            shape
                .code
                .and_then(|c| dataset.facet_position(Facet::Country, c))
        })
        .collect();
    let shading = fan_out(positions.len(), move |k| {
        positions[k].is_some_and(|p| shaded.with(|s| s[p]))
    });
    let land = base
        .land
        .iter()
        .zip(shading)
        .map(|(shape, active)| {
            view! { <path class="map__country" class:map__country--shaded=active data-code=shape.code d=shape.path /> }
        })
        .collect_view();
    view! { <g class="map__land" transform=move || map.camera.with(|m| m.camera.transform())>{land}</g> }
}
