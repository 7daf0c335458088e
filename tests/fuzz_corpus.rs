//! The fuzzers' saved corpus (`fuzz/corpus/<target>/`) replayed through the
//! same entry points the cargo-fuzz targets call, on the stable toolchain:
//! every input that once found a panic, and the seeds, stay fixed in CI.
//! Each file is also cut short at a few places, since a truncated export
//! or half-synced file is the commonest hostile input.

use std::fs;
use std::path::Path;

#[test]
fn every_saved_fuzz_input_runs_without_a_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
    let mut targets = 0;
    let mut inputs = 0;
    for dir in fs::read_dir(&root).unwrap() {
        let dir = dir.unwrap().path();
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let run = heard::fuzzing::target(&name)
            .unwrap_or_else(|| panic!("fuzz/corpus/{name} has no fuzz target of that name"));
        targets += 1;
        for file in fs::read_dir(&dir).unwrap() {
            let bytes = fs::read(file.unwrap().path()).unwrap();
            run(&bytes);
            for cut in 1..8 {
                run(&bytes[..bytes.len() * cut / 8]);
            }
            inputs += 1;
        }
    }
    assert_eq!(targets, 14, "one corpus folder per fuzz target");
    assert!(
        inputs >= targets,
        "every target has at least one saved input"
    );
}
