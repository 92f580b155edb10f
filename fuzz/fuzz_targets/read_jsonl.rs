//! Fuzz target: the jsonl reader must never panic and must yield a record or an error for every input record.
#![no_main]

use feedback_themes::input::{InputFormat, InputOptions, RecordReader};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = InputOptions {
        format: InputFormat::Jsonl,
        max_record_bytes: 1 << 16,
        ..InputOptions::default()
    };
    if let Ok(reader) =
        RecordReader::from_reader("fuzz", std::io::Cursor::new(data.to_vec()), &options)
    {
        for record in reader {
            let _ = record.map(|r| r.text.len());
        }
    }
});
