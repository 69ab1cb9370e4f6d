//! Browser entry point: installs the panic hook, fetches the data files shipped beside the
//! wasm, and mounts the app. On a page the build wrote (an event's page, the main page's
//! list), the app starts after that page has been painted, and removes it.

use gloo::render::request_animation_frame;
use gloo::timers::callback::Timeout;

fn start() {
    leptos::mount::mount_to_body(cooperation_atlas::app::App);
    // In the same task as the mount, so no frame shows both or neither.
    if let Some(prerendered) = gloo::utils::document().get_element_by_id("prerendered") {
        prerendered.remove();
    }
}

fn main() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        cooperation_atlas::ui::bundled_files::fetch_and_install().await;
        begin();
    });
}

fn begin() {
    if gloo::utils::document()
        .get_element_by_id("prerendered")
        .is_none()
    {
        return start();
    }
    // A timeout set in a frame callback runs after that frame is painted: the readable page
    // is on screen before the app takes the main thread to draw the atlas.
    let frame = request_animation_frame(|_| {
        Timeout::new(0, start).forget();
    });
    // Dropping the handle would cancel the frame callback.
    std::mem::forget(frame);
}
