//! `report`: counts agree with `classify`, classified input gives the same report as raw input, `classify --report`
//! the same report as `report`, HTML is safe, dates, spikes, co-occurrence and unreadable records are counted.

use std::collections::BTreeMap;

use crate::util::{json_lines, run, theme_ids, Dir};

fn sample() -> String {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpora/sample.jsonl")
        .display()
        .to_string()
}

fn report_json(dir: &Dir, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["report", "--format", "json"];
    all.extend_from_slice(args);
    let out = run(dir, &all, None);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn theme_counts(report: &serde_json::Value) -> BTreeMap<String, u64> {
    report["themes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["id"].as_str().unwrap().to_string(),
                t["count"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn counts_agree_with_classify() {
    let dir = Dir::new();
    let sample = sample();
    let classified = json_lines(&run(&dir, &["classify", &sample], None));
    let report = report_json(&dir, &[&sample]);
    assert_eq!(report["total"].as_u64().unwrap(), classified.len() as u64);
    let mut want: BTreeMap<String, u64> = BTreeMap::new();
    let mut by_lang: BTreeMap<(String, String), u64> = BTreeMap::new();
    for r in &classified {
        for id in theme_ids(r) {
            *want.entry(id.clone()).or_default() += 1;
            *by_lang
                .entry((id, r["lang"].as_str().unwrap().to_string()))
                .or_default() += 1;
        }
    }
    let got: BTreeMap<String, u64> = theme_counts(&report)
        .into_iter()
        .filter(|(_, c)| *c > 0)
        .collect();
    assert_eq!(got, want);
    for t in report["themes"].as_array().unwrap() {
        for (lang, n) in t["by_lang"].as_object().unwrap() {
            let key = (t["id"].as_str().unwrap().to_string(), lang.clone());
            assert_eq!(
                n.as_u64().unwrap(),
                by_lang.get(&key).copied().unwrap_or(0),
                "{key:?}"
            );
        }
    }
}

#[test]
fn classified_input_gives_the_same_counts() {
    let dir = Dir::new();
    let sample = sample();
    let out = run(
        &dir,
        &[
            "classify",
            &sample,
            "--date-field",
            "date",
            "-o",
            "classified.jsonl",
        ],
        None,
    );
    assert!(out.status.success());
    let raw = report_json(&dir, &[&sample, "--date-field", "date"]);
    let from_classified = report_json(&dir, &["classified.jsonl"]);
    assert_eq!(raw["total"], from_classified["total"]);
    assert_eq!(theme_counts(&raw), theme_counts(&from_classified));
    assert_eq!(raw["trend"]["periods"], from_classified["trend"]["periods"]);
    assert_eq!(raw["cooccurrence"], from_classified["cooccurrence"]);
    assert_eq!(from_classified["texts_available"], false);
}

#[test]
fn classify_writes_the_same_report_in_the_same_pass() {
    let dir = Dir::new();
    let sample = sample();
    // (layout asked or implied by the file name, file name, what `report -f` would print)
    let cases = [
        (None, "r.md", "markdown"),
        (None, "r.json", "json"),
        (None, "r.html", "html"),
        (None, "r.txt", "table"),
        (Some("json"), "r-asked.md", "json"),
    ];
    // The report options both commands are given.
    let settings = ["--date-field", "date", "--by", "week", "--examples", "2"];
    let plain = run(&dir, &["classify", &sample, "--date-field", "date"], None);
    for (asked, name, layout) in cases {
        let mut args = vec!["classify", &sample, "-o", "c.jsonl", "--report", name];
        args.extend(settings);
        if let Some(f) = asked {
            args.extend(["--report-format", f]);
        }
        let out = run(&dir, &args, None);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut args = vec!["report", &sample];
        args.extend(settings);
        args.extend(["-f", layout]);
        let want = run(&dir, &args, None);
        let got = std::fs::read(dir.path().join(name)).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&got),
            String::from_utf8_lossy(&want.stdout),
            "{name}"
        );
        let records = std::fs::read(dir.path().join("c.jsonl")).unwrap();
        assert_eq!(
            records, plain.stdout,
            "the records are unchanged by --report"
        );
    }
    // `report -o FILE` picks the layout from the extension too.
    let mut args = vec!["report", &sample];
    args.extend(settings);
    args.extend(["-o", "implied.html"]);
    let out = run(&dir, &args, None);
    assert!(out.status.success());
    assert_eq!(
        std::fs::read(dir.path().join("implied.html")).unwrap(),
        std::fs::read(dir.path().join("r.html")).unwrap()
    );
    // The terms are extracted on the worker threads; the report does not depend on how many (a corpus with
    // enough texts without a theme for emerging terms to show).
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/test/en.jsonl");
    let corpus = corpus.display().to_string();
    let one = report_json(&dir, &[&corpus, "--threads", "1"]);
    let two = report_json(&dir, &[&corpus, "--threads", "2"]);
    assert_eq!(one, two);
    assert!(one["emerging_terms"]["en"].as_array().unwrap().len() >= 5);
    // Both to standard output: refused before reading anything.
    let out = run(&dir, &["classify", &sample, "--report", "-"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("standard output"));
    assert!(out.stdout.is_empty());
}

#[test]
fn html_is_self_contained_and_escaped() {
    let dir = Dir::new();
    dir.write(
        "in.jsonl",
        concat!(
            r#"{"id":"<b>x</b>","text":"<script>alert(1)</script> The parcel never arrived and the refund was refused."}"#,
            "\n",
            r#"{"id":"2","text":"Great service, thank you! \"quoted\" & more"}"#,
            "\n"
        ),
    );
    let out = run(
        &dir,
        &["report", "in.jsonl", "--format", "html", "--lang", "en"],
        None,
    );
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "text escaped"
    );
    assert!(
        !html.to_lowercase().contains("<script"),
        "no script element"
    );
    assert!(!html.contains("<b>x</b>"), "ids escaped");
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no external references"
    );
    assert!(html.contains("<svg"));
}

#[test]
fn dates_are_bucketed_and_bad_ones_counted() {
    let dir = Dir::new();
    let rows = [
        ("2024-01-03", "The parcel never arrived."),
        ("2024-01-20T10:00:00Z", "Thank you, great service!"),
        ("03.02.2024", "The parcel never arrived."),
        ("not a date", "Hello"),
        ("", "Hello again"),
        ("2024-04-01", "ok"),
    ];
    let data: String = rows
        .iter()
        .enumerate()
        .map(|(i, (d, t))| format!("{}\n", serde_json::json!({"id": i, "date": d, "text": t})))
        .collect();
    dir.write("in.jsonl", data);
    let report = report_json(&dir, &["in.jsonl", "--date-field", "date", "--lang", "en"]);
    let periods: Vec<(String, u64)> = report["trend"]["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["period"].as_str().unwrap().to_string(),
                p["records"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        periods,
        [
            ("2024-01".into(), 2),
            ("2024-02".into(), 1),
            ("2024-03".into(), 0),
            ("2024-04".into(), 1)
        ]
    );
    assert_eq!(report["trend"]["unparsable_dates"], 1);
    assert_eq!(report["trend"]["missing_dates"], 1);
    let weekly = report_json(
        &dir,
        &[
            "in.jsonl",
            "--date-field",
            "date",
            "--lang",
            "en",
            "--by",
            "week",
        ],
    );
    assert_eq!(weekly["trend"]["periods"][0]["period"], "2024-W01");
}

#[test]
fn a_spike_is_flagged() {
    let dir = Dir::new();
    let mut data = String::new();
    let mut id = 0;
    for (month, late) in [
        ("2024-01", 1),
        ("2024-02", 1),
        ("2024-03", 1),
        ("2024-04", 1),
        ("2024-05", 8),
    ] {
        for i in 0..10 {
            id += 1;
            let text = if i < late {
                "The parcel never arrived."
            } else {
                "Just a question about opening hours."
            };
            data.push_str(&format!(
                "{}\n",
                serde_json::json!({"id": id, "date": format!("{month}-10"), "text": text})
            ));
        }
    }
    dir.write("in.jsonl", data);
    let report = report_json(&dir, &["in.jsonl", "--date-field", "date", "--lang", "en"]);
    let spikes = report["trend"]["spikes"].as_array().unwrap();
    assert_eq!(spikes.len(), 1, "{spikes:?}");
    assert_eq!(spikes[0]["theme"], "delivery_failure");
    assert_eq!(spikes[0]["period"], "2024-05");
}

#[test]
fn cooccurrence_and_unreadable_records() {
    let dir = Dir::new();
    dir.write(
        "in.jsonl",
        "{\"id\":\"1\",\"text\":\"The parcel never arrived and the refund was refused.\"}\n{broken\n{\"id\":\"3\",\"text\":\"The parcel never arrived.\"}\n",
    );
    let out = run(
        &dir,
        &["report", "in.jsonl", "--format", "json", "--lang", "en"],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["total"], 3);
    assert_eq!(report["errors"], 1);
    let classified = json_lines(&run(&dir, &["classify", "in.jsonl", "--lang", "en"], None));
    let first = theme_ids(&classified[0]);
    if first.len() >= 2 {
        let pairs = report["cooccurrence"].as_array().unwrap();
        assert!(pairs.iter().any(|p| p["count"] == 1), "{pairs:?}");
    }
}
