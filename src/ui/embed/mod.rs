//! Publishing a view in another site's page: the compact atlas a frame shows (`embed=1`:
//! [`EmbedLayout`] with its [`EmbedTitleBar`]), and the dialog that writes the frame's snippet
//! ([`EmbedDialog`], opened through [`EmbedRequest`] from the Export menu or the event panel's
//! [`EmbedButton`]).

mod embed_button;
mod embed_dialog;
mod embed_layout;
mod embed_title_bar;

pub use embed_button::EmbedButton;
pub use embed_dialog::{EmbedDialog, EmbedRequest};
pub use embed_layout::EmbedLayout;
pub use embed_title_bar::EmbedTitleBar;
