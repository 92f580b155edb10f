//! The `feedback-themes` command line: a thin layer over the library (see `src/cli/`).

mod cli;

fn main() {
    let code = match cli::run() {
        Ok(code) => code,
        Err(e) if cli::is_broken_pipe(&e) => 0,
        Err(e) => {
            eprintln!("feedback-themes: error: {}", message(&e));
            2
        }
    };
    std::process::exit(code);
}

/// The error and its causes, each cause once (library errors already name their cause).
fn message(e: &anyhow::Error) -> String {
    let mut text = e.to_string();
    for cause in e.chain().skip(1) {
        let cause = cause.to_string();
        if !text.contains(&cause) {
            text.push_str(": ");
            text.push_str(&cause);
        }
    }
    text
}
