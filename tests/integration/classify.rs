//! `classify` end to end: every input format, output formats, record conservation, golden output, determinism.

use crate::util::{json_lines, run, stdout, theme_ids, Dir};

const JSONL: &str = concat!(
    r#"{"id": "a1", "text": "The parcel never arrived.", "date": "2024-05-01"}"#,
    "\n",
    r#"{"id": 2, "text": "Toimitus oli myöhässä kaksi viikkoa."}"#,
    "\n"
);

/// (file name, contents, extra args, expected ids)
type FormatCase = (&'static str, Vec<u8>, Vec<&'static str>, Vec<&'static str>);

fn format_cases() -> Vec<FormatCase> {
    let gz = {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(JSONL.as_bytes()).unwrap();
        enc.finish().unwrap()
    };
    vec![
        (
            "in.jsonl",
            JSONL.as_bytes().to_vec(),
            vec![],
            vec!["a1", "2"],
        ),
        (
            "in.ndjson",
            JSONL.as_bytes().to_vec(),
            vec![],
            vec!["a1", "2"],
        ),
        ("in.jsonl.gz", gz, vec![], vec!["a1", "2"]),
        (
            "in.csv",
            b"id,text\nc1,\"Wrong size, again\"\nc2,Refund refused\n".to_vec(),
            vec![],
            vec!["c1", "c2"],
        ),
        (
            "in.tsv",
            b"ticket\tbody\nt1\tLate delivery\n".to_vec(),
            vec!["--id-field", "ticket", "--text-field", "body"],
            vec!["t1"],
        ),
        (
            "in.txt",
            b"first line\n\nthird line\n".to_vec(),
            vec![],
            vec!["in.txt:1", "in.txt:3"],
        ),
        (
            "mail.eml",
            b"Hello,\nmy order is late.\n".to_vec(),
            vec![],
            vec!["mail.eml"],
        ),
        (
            "data.dat",
            b"Hello\nworld\n".to_vec(),
            vec!["--input-format", "text"],
            vec!["data.dat:1", "data.dat:2"],
        ),
    ]
}

#[test]
fn every_input_format() {
    for (name, contents, extra, want) in format_cases() {
        let dir = Dir::new();
        dir.write(name, &contents);
        let mut args = vec!["classify", name];
        args.extend(extra);
        let out = run(&dir, &args, None);
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let ids: Vec<String> = json_lines(&out)
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(ids, want, "{name}");
    }
}

#[test]
fn stdin_is_jsonl_by_default_and_text_on_request() {
    let dir = Dir::new();
    let out = run(&dir, &["classify"], Some(JSONL.as_bytes()));
    assert_eq!(json_lines(&out).len(), 2);
    let out = run(
        &dir,
        &["classify", "-", "--input-format", "text"],
        Some(b"one\ntwo\n"),
    );
    let ids: Vec<_> = json_lines(&out)
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["stdin:1", "stdin:2"]);
}

#[test]
fn directories_are_read_in_name_order() {
    let dir = Dir::new();
    dir.write("in/b.txt", "second file\n");
    dir.write("in/a.jsonl", r#"{"id":"x","text":"first file"}"#);
    let out = run(&dir, &["classify", "in"], None);
    let ids: Vec<_> = json_lines(&out)
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["x", "in/b.txt:1"]);
}

#[test]
fn output_schema_and_evidence() {
    let dir = Dir::new();
    dir.write("in.jsonl", JSONL);
    let out = run(
        &dir,
        &["classify", "in.jsonl", "--date-field", "date"],
        None,
    );
    let records = json_lines(&out);
    let r = &records[0];
    assert_eq!(r["id"], "a1");
    assert_eq!(r["date"], "2024-05-01");
    assert_eq!(r["lang"], "en");
    assert!(r["lang_confidence"].as_f64().unwrap() > 0.5);
    assert!(matches!(
        r["sentiment"]["label"].as_str(),
        Some("negative" | "neutral" | "positive")
    ));
    assert!(r["churn_risk"].is_boolean());
    let text = "The parcel never arrived.";
    for theme in r["themes"].as_array().unwrap() {
        let score = theme["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score));
        for e in theme["evidence"].as_array().unwrap() {
            let (s, en) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[s..en], e["text"].as_str().unwrap());
            assert!(!e["cue"].as_str().unwrap().is_empty());
        }
    }
    assert_eq!(records[1]["id"], "2", "numeric ids become strings");
}

#[test]
fn csv_and_table_output() {
    let dir = Dir::new();
    dir.write(
        "in.jsonl",
        concat!(r#"{"id":"=cmd","text":"The parcel never arrived."}"#, "\n"),
    );
    let out = run(&dir, &["classify", "in.jsonl", "--format", "csv"], None);
    let text = stdout(&out);
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        "id,date,lang,lang_confidence,themes,top_theme,top_score,sentiment,sentiment_score,churn_risk,evidence,cue,error,warnings"
    );
    assert!(
        lines.next().unwrap().starts_with("'=cmd,,en,"),
        "formula-looking ids are guarded"
    );
    let out = run(&dir, &["classify", "in.jsonl", "--format", "table"], None);
    assert!(stdout(&out).contains("=cmd"));
    // The date (with --date-field) and the top theme's sentence and cue are columns too.
    dir.write(
        "dated.jsonl",
        concat!(
            r#"{"id":"d1","date":"2024-03-05","text":"The parcel never arrived."}"#,
            "\n"
        ),
    );
    let out = run(
        &dir,
        &[
            "classify",
            "dated.jsonl",
            "-f",
            "csv",
            "--date-field",
            "date",
        ],
        None,
    );
    let mut rows = csv::Reader::from_reader(out.stdout.as_slice());
    let header = rows.headers().unwrap().clone();
    let row = rows.records().next().unwrap().unwrap();
    let cell = |name: &str| {
        row.get(header.iter().position(|h| h == name).unwrap())
            .unwrap()
            .to_string()
    };
    assert_eq!(cell("date"), "2024-03-05");
    assert_eq!(cell("evidence"), "The parcel never arrived.");
    assert!(!cell("cue").is_empty(), "{row:?}");
}

#[test]
fn output_file_is_written() {
    let dir = Dir::new();
    dir.write("in.jsonl", JSONL);
    let out = run(&dir, &["classify", "in.jsonl", "-o", "out.jsonl"], None);
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(dir.path().join("out.jsonl")).unwrap();
    assert_eq!(written.lines().count(), 2);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(".feedback-themes-")
        })
        .collect();
    assert!(leftovers.is_empty(), "temporary file left behind");
}

#[test]
fn output_layout_follows_the_file_extension_and_xlsx_reads_back() {
    let dir = Dir::new();
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/sample.jsonl");
    let sample = sample.display().to_string();
    let plain = json_lines(&run(&dir, &["classify", &sample], None));
    // (output file, -f if any, what its first bytes must be)
    let cases: [(&str, Option<&str>, &[u8]); 4] = [
        ("out.csv", None, b"id,date,lang,"),
        ("out.xlsx", None, b"PK\x03\x04"),
        ("out.txt", None, b"{\"id\":\"s01\""),
        ("forced.csv", Some("jsonl"), b"{\"id\":\"s01\""),
    ];
    for (name, format, start) in cases {
        let mut args = vec!["classify", &sample, "-o", name];
        args.extend(format.iter().flat_map(|f| ["-f", f]));
        let out = run(&dir, &args, None);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let written = std::fs::read(dir.path().join(name)).unwrap();
        assert!(written.starts_with(start), "{name}");
    }
    // The workbook is a spreadsheet this tool reads: one row per record, in order, with the evidence.
    let back = json_lines(&run(
        &dir,
        &["classify", "out.xlsx", "--text-field", "evidence"],
        None,
    ));
    let ids = |v: &[serde_json::Value]| v.iter().map(|r| r["id"].clone()).collect::<Vec<_>>();
    assert_eq!(ids(&back), ids(&plain));
    assert!(back.iter().all(|r| r.get("error").is_none()));
    // Scores are numbers in the sheet, written as their shortest decimal (0.893, not 0.89300000667572).
    let scores = json_lines(&run(
        &dir,
        &[
            "classify",
            "out.xlsx",
            "--text-field",
            "evidence",
            "--id-field",
            "top_score",
        ],
        None,
    ));
    let want = plain[0]["themes"][0]["score"].to_string();
    assert_eq!(scores[0]["id"].as_str().unwrap(), want);
}

/// `-o` naming a device or a pipe writes into it: the atomic temp-file-and-rename used for regular
/// files would replace it with a regular file (as root, `-o /dev/null` would replace the device).
#[cfg(unix)]
#[test]
fn output_to_a_pipe_writes_into_it() {
    use std::os::unix::fs::FileTypeExt;
    let dir = Dir::new();
    dir.write("in.jsonl", JSONL);
    let fifo = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo unavailable; skipped");
        return;
    }
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let out = run(&dir, &["classify", "in.jsonl", "-o", "pipe"], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(kind.is_fifo(), "the pipe was replaced by {kind:?}");
    assert_eq!(reader.join().unwrap().lines().count(), 2);
}

#[test]
fn bad_records_are_reported_in_place_and_exit_1() {
    let dir = Dir::new();
    dir.write(
        "in.jsonl",
        "{\"id\":\"ok\",\"text\":\"fine\"}\n{broken\n{\"id\":\"no-text\"}\n{\"id\":\"num\",\"text\":42}\n",
    );
    let out = run(&dir, &["classify", "in.jsonl"], None);
    assert_eq!(out.status.code(), Some(1));
    let records = json_lines(&out);
    assert_eq!(records.len(), 4);
    assert!(records[0].get("error").is_none());
    assert_eq!(records[1]["id"], "in.jsonl:2");
    assert!(records[1]["error"]
        .as_str()
        .unwrap()
        .starts_with("in.jsonl:2: invalid JSON"));
    assert_eq!(records[2]["id"], "no-text");
    assert!(records[2]["error"]
        .as_str()
        .unwrap()
        .contains("missing text field"));
    assert!(records[3]["error"]
        .as_str()
        .unwrap()
        .contains("is a number"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("3 of 4 records could not be read"),
        "{stderr}"
    );
    let strict = run(&dir, &["classify", "in.jsonl", "--strict"], None);
    assert_eq!(strict.status.code(), Some(2));
}

#[test]
fn fatal_errors_exit_2() {
    let dir = Dir::new();
    dir.write(
        "bad-taxonomy.json",
        r#"{"name":"x","themes":[{"id":"Bad Id","name":"x"}]}"#,
    );
    dir.write("in.csv", "id,body\n1,x\n");
    let cases: &[(&[&str], &str)] = &[
        (&["classify", "missing.jsonl"], "missing.jsonl"),
        (
            &["classify", "--taxonomy", "bad-taxonomy.json", "-"],
            "bad-taxonomy.json: themes[0] (Bad Id)",
        ),
        (&["classify", "in.csv"], "no column `text`"),
        (&["classify", "--lang", "xx", "-"], "--lang xx"),
    ];
    for (args, want) in cases {
        let out = run(&dir, args, Some(b""));
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(want), "{args:?}: {stderr}");
    }
}

fn sample_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/sample.jsonl")
}

#[test]
fn golden_output_on_the_shipped_sample() {
    let dir = Dir::new();
    let sample = sample_path();
    let out = run(&dir, &["classify", sample.to_str().unwrap()], None);
    assert!(out.status.success());
    let golden =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/sample.classify.jsonl");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &out.stdout).unwrap();
    }
    let want =
        std::fs::read_to_string(&golden).expect("golden file (regenerate with UPDATE_GOLDEN=1)");
    assert_eq!(
        stdout(&out),
        want,
        "output changed; if intended, regenerate with UPDATE_GOLDEN=1 cargo test"
    );
}

#[test]
fn same_bytes_whatever_the_thread_count() {
    let dir = Dir::new();
    // Enough records for several batches.
    let sample = std::fs::read_to_string(sample_path()).unwrap();
    let mut big = String::new();
    for i in 0..150 {
        for line in sample.lines() {
            let mut v: serde_json::Value = serde_json::from_str(line).unwrap();
            v["id"] = format!("{i}-{}", v["id"].as_str().unwrap()).into();
            big.push_str(&v.to_string());
            big.push('\n');
        }
    }
    dir.write("big.jsonl", &big);
    let one = run(&dir, &["classify", "big.jsonl", "--threads", "1"], None);
    let two = run(&dir, &["classify", "big.jsonl", "--threads", "2"], None);
    assert!(one.status.success() && two.status.success());
    assert_eq!(one.stdout.len(), two.stdout.len());
    assert!(
        one.stdout == two.stdout,
        "output differs between 1 and 2 threads"
    );
    assert_eq!(json_lines(&one).len(), big.lines().count());
}

#[test]
fn language_override() {
    let dir = Dir::new();
    dir.write(
        "in.jsonl",
        "{\"id\":\"1\",\"text\":\"late\",\"language\":\"fi\"}\n",
    );
    let out = run(
        &dir,
        &["classify", "in.jsonl", "--lang-field", "language"],
        None,
    );
    assert_eq!(json_lines(&out)[0]["lang"], "fi");
    let out = run(&dir, &["classify", "in.jsonl", "--lang", "ru"], None);
    assert_eq!(json_lines(&out)[0]["lang"], "ru");
}

#[test]
fn broken_pipe_exits_quietly() {
    let dir = Dir::new();
    let line = "{\"id\":\"1\",\"text\":\"The parcel never arrived and the refund was refused.\"}\n";
    dir.write("big.jsonl", line.repeat(50_000));
    let script = format!(
        "{} classify big.jsonl | head -n 1 > /dev/null; echo \"${{PIPESTATUS[0]}}\"",
        env!("CARGO_BIN_EXE_feedback-themes")
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(script)
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[allow(dead_code)]
pub fn classify_one(text: &str, lang: Option<&str>) -> serde_json::Value {
    let dir = Dir::new();
    let mut record = serde_json::json!({"id": "t", "text": text});
    let mut args = vec!["classify"];
    if let Some(l) = lang {
        record["lang"] = l.into();
        args.extend(["--lang-field", "lang"]);
    }
    let out = run(&dir, &args, Some(format!("{record}\n").as_bytes()));
    json_lines(&out).remove(0)
}

#[allow(dead_code)]
pub fn themes_of(text: &str) -> Vec<String> {
    theme_ids(&classify_one(text, None))
}
