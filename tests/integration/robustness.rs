//! Record conservation and hostile input: every non-empty input line yields exactly one output line, unreadable
//! records carry an error naming the line, and huge or binary input finishes quickly without panic.

use std::time::{Duration, Instant};

use crate::util::{json_lines, run, Dir};

#[test]
fn mixed_jsonl_keeps_one_output_per_line() {
    let dir = Dir::new();
    let mut data: Vec<u8> = Vec::new();
    let lines: Vec<&[u8]> = vec![
        br#"{"id":"ok1","text":"The parcel never arrived."}"#,
        br#"{"id":"broken","text":"unterminated"#,
        br#"{"id":"no-text","body":"x"}"#,
        b"{\"id\":\"bad-utf8\",\"text\":\"caf\xe9 \xff late\"}",
        b"",
        b"{\"id\":\"nul\",\"text\":\"a\\u0000b \x01\x02 late\"}",
        br#"{"id":"xss","text":"<script>alert(1)</script> refund refused"}"#,
        br#"{"id":12345,"text":"numeric id"}"#,
        br#"{"id":"arr","text":["not","a","string"]}"#,
        br#"[1,2,3]"#,
    ];
    for l in &lines {
        data.extend_from_slice(l);
        data.push(b'\n');
    }
    dir.write("mixed.jsonl", &data);
    let out = run(&dir, &["classify", "mixed.jsonl"], None);
    assert_eq!(out.status.code(), Some(1));
    let records = json_lines(&out);
    let non_empty = lines.iter().filter(|l| !l.is_empty()).count();
    assert_eq!(records.len(), non_empty);
    // (output index, id, Some(error fragment naming the line) or None)
    let expect: &[(usize, &str, Option<&str>)] = &[
        (0, "ok1", None),
        (1, "mixed.jsonl:2", Some("mixed.jsonl:2: invalid JSON")),
        (2, "no-text", Some("mixed.jsonl:3: missing text field")),
        (3, "bad-utf8", None),
        (4, "nul", None),
        (5, "xss", None),
        (6, "12345", None),
        (
            7,
            "arr",
            Some("mixed.jsonl:9: text field `text` is an array"),
        ),
        (8, "mixed.jsonl:10", Some("mixed.jsonl:10: invalid JSON")),
    ];
    for &(i, id, error) in expect {
        let r = &records[i];
        assert_eq!(r["id"], id, "record {i}");
        match error {
            Some(fragment) => assert!(r["error"].as_str().unwrap().contains(fragment), "{r}"),
            None => assert!(r.get("error").is_none(), "{r}"),
        }
    }
    // Latin-1 bytes in a file that is otherwise UTF-8: read in the legacy encoding guessed, and flagged.
    assert_eq!(
        records[3]["warnings"][0].as_str().unwrap(),
        "not UTF-8: read as windows-1252"
    );
}

#[test]
fn csv_with_bom_crlf_and_unterminated_quote() {
    let dir = Dir::new();
    let data = b"\xef\xbb\xbfid,text\r\n1,Delivery was late\r\n2,\"quoted, fine\"\r\n3,\"broken quote\r\n4,lost row\r\n";
    dir.write("t.csv", data);
    let out = run(&dir, &["classify", "t.csv"], None);
    assert_eq!(out.status.code(), Some(1));
    let records = json_lines(&out);
    assert_eq!(records.len(), 3, "rows 3 and 4 are one unterminated field");
    assert_eq!(records[0]["id"], "1");
    assert_eq!(records[1]["id"], "2");
    assert_eq!(records[2]["id"], "3");
    assert!(
        records[2]["error"]
            .as_str()
            .unwrap()
            .starts_with("t.csv:4: unterminated quoted field"),
        "{}",
        records[2]
    );
}

#[test]
fn a_50_mb_record_finishes_quickly_with_a_warning() {
    let dir = Dir::new();
    let sentence = "The delivery was late again and nobody answers the phone. ";
    let text = sentence.repeat(50_000_000 / sentence.len());
    let line = serde_json::json!({"id": "huge", "text": text}).to_string();
    dir.write("huge.jsonl", format!("{line}\n"));
    let start = Instant::now();
    let out = run(&dir, &["classify", "huge.jsonl"], None);
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "took {:?}",
        start.elapsed()
    );
    assert!(out.status.success());
    let records = json_lines(&out);
    assert_eq!(records.len(), 1);
    assert!(records[0]["warnings"][0]
        .as_str()
        .unwrap()
        .contains("only the first"));
}

#[test]
fn random_binary_does_not_panic() {
    let dir = Dir::new();
    // A fixed xorshift stream: 200 KB of "random" bytes.
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let data: Vec<u8> = (0..200_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    dir.write("blob.bin", &data);
    dir.write("blob.jsonl", &data);
    dir.write("blob.csv", &data);
    for (file, format) in [
        ("blob.bin", "auto"),
        ("blob.bin", "text"),
        ("blob.jsonl", "jsonl"),
        ("blob.csv", "csv"),
    ] {
        let start = Instant::now();
        let out = run(&dir, &["classify", file, "--input-format", format], None);
        assert!(start.elapsed() < Duration::from_secs(20));
        let code = out.status.code();
        assert!(matches!(code, Some(0..=2)), "{file} {format}: {code:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}
