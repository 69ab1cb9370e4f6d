//! Browser entry point: installs the panic hook, mounts the app, and removes the readable
//! page the build wrote for readers without JavaScript (the app now shows the same).

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(cooperation_atlas::app::App);
    // In the same task as the mount, so no frame shows both or neither.
    if let Some(prerendered) = gloo::utils::document().get_element_by_id("prerendered") {
        prerendered.remove();
    }
}
