//! `themes`, `--help` and other commands that take no records.

use crate::util::{run, stdout, Dir};

#[test]
fn themes_lists_the_default_taxonomy() {
    let dir = Dir::new();
    let out = run(&dir, &["themes"], None);
    assert!(out.status.success());
    let text = stdout(&out);
    for id in [
        "stockout",
        "overpromising",
        "delivery_failure",
        "refund_refusal",
        "praise",
    ] {
        assert!(text.contains(id), "{id} missing from\n{text}");
    }
    let out = run(&dir, &["themes", "--format", "json"], None);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["themes"].as_array().unwrap().len(), 11);
}

#[test]
fn a_taxonomy_file_extends_the_default() {
    let dir = Dir::new();
    dir.write(
        "mine.json",
        r#"{"name":"mine","extends":"default","themes":[{"id":"app_login","name":"App login","cues":{"en":["log in"]}}]}"#,
    );
    let out = run(
        &dir,
        &["themes", "--taxonomy", "mine.json", "--format", "json"],
        None,
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["themes"].as_array().unwrap().len(), 12);
    let out = run(
        &dir,
        &["classify", "--taxonomy", "mine.json", "--lang", "en"],
        Some(b"{\"id\":\"1\",\"text\":\"The app keeps failing when I log in\"}\n"),
    );
    assert!(stdout(&out).contains("app_login"), "{}", stdout(&out));
}
