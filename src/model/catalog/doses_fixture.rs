//! The catalog's exercises and doses as the end-to-end tests read them
//! (`tests/fixtures/catalog-doses.json`), kept equal to the catalog here,
//! so the player's layout test plays every exercise there is.
//!
//! After a change to the catalog, write the file again with
//! `BANDWORK_WRITE_FIXTURES=1 cargo test catalog_doses`.

use super::built_in;

const PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/catalog-doses.json"
);

/// One line per exercise: `{"id":…,"name":…,"dose":…}`, the dose as stored.
fn expected() -> String {
    let lines: Vec<String> = built_in()
        .map(|exercise| {
            serde_json::json!({
                "id": exercise.id,
                "name": exercise.name,
                "dose": exercise.default_dose,
            })
            .to_string()
        })
        .collect();
    format!("[\n{}\n]\n", lines.join(",\n"))
}

#[test]
fn catalog_doses_fixture_is_the_catalog() {
    let expected = expected();
    if std::env::var_os("BANDWORK_WRITE_FIXTURES").is_some() {
        std::fs::write(PATH, &expected).unwrap();
    }
    let stored = std::fs::read_to_string(PATH).unwrap_or_default();
    assert!(
        stored == expected,
        "{PATH} is not the catalog: write it again with BANDWORK_WRITE_FIXTURES=1 cargo test catalog_doses"
    );
}
