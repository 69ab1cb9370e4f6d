//! Publishing a view beyond the atlas's page: the snippet another site pastes to embed it
//! ([`embed`]), the picture of a drawn region with its title, legend and credits
//! ([`picture`]), and the escaping both need so that nothing they carry can run ([`markup`]).
//! Pure: the browser side (cloning the drawing, the canvas, the dialog) is in `ui/`.

pub mod embed;
pub mod markup;
pub mod picture;
