//! `atlas-pages`: the build step that writes a page and a preview card for every event of
//! the bundled dataset, and the main page's readable list, into the built site. Trunk runs
//! it after each build (see Trunk.toml); it reads the site's folder from `TRUNK_STAGING_DIR`
//! or its first argument, and the site's public address from `ATLAS_SITE_URL`.
//!
//! `atlas-pages [FOLDER] [--data dataset.json]`: `--data` writes the pages of another dataset
//! (the tests use it); the app itself only knows pages of the bundled one.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    match run() {
        Ok(summary) => {
            println!("atlas-pages: {summary}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("atlas-pages: {error}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run() -> Result<String, String> {
    use std::path::PathBuf;

    use cooperation_atlas::domain::dataset::Dataset;
    use cooperation_atlas::prerender::{card::Renderer, write_site, Site, SITE_URL_VARIABLE};
    use cooperation_atlas::BUNDLED_DATASET_JSON;

    let mut folder = std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from);
    let mut data = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--data" => data = Some(args.next().ok_or("--data needs a file")?),
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}")),
            _ => folder = Some(PathBuf::from(arg)),
        }
    }
    let folder = folder.ok_or("give the built site's folder (or run as a trunk hook)")?;
    let json = match &data {
        Some(path) => std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?,
        None => BUNDLED_DATASET_JSON.to_string(),
    };
    let dataset = Dataset::from_json(&json).map_err(|e| {
        format!(
            "the dataset is not valid:\n{}",
            e.lines(cooperation_atlas::prerender::LOCALE).join("\n")
        )
    })?;
    let index = folder.join("index.html");
    let index_html =
        std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let url = std::env::var(SITE_URL_VARIABLE).ok();
    let site = Site::new(&dataset, url.as_deref())?;
    let renderer = Renderer::with_system_fonts()?;
    let written = write_site(&folder, &index_html, &site, &renderer)?;
    Ok(format!(
        "{} pages ({} KB) and {} preview cards ({} KB; largest {} KB) written{}",
        written.pages,
        written.page_bytes / 1024,
        dataset.events().len() + 1,
        written.card_bytes / 1024,
        written.largest_card.1 / 1024,
        match &site.url {
            Some(url) => format!(", links absolute from {url}"),
            None => format!(", links relative ({SITE_URL_VARIABLE} is not set)"),
        }
    ))
}

#[cfg(target_arch = "wasm32")]
fn main() {}
