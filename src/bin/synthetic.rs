//! Writes a deterministic synthetic dataset: `synthetic COUNT PATH` (see `domain::synthetic`).

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(count), Some(path)) = (
        args.first().and_then(|c| c.parse::<usize>().ok()),
        args.get(1),
    ) else {
        eprintln!("usage: synthetic COUNT PATH   (for example: synthetic 10000 target/synthetic/events-10000.json)");
        return ExitCode::from(2);
    };
    if let Some(folder) = std::path::Path::new(path).parent() {
        if let Err(e) = std::fs::create_dir_all(folder) {
            eprintln!("synthetic: cannot create {}: {e}", folder.display());
            return ExitCode::FAILURE;
        }
    }
    match std::fs::write(
        path,
        cooperation_atlas::domain::synthetic::dataset_json(count),
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("synthetic: cannot write {path}: {e}");
            ExitCode::FAILURE
        }
    }
}
