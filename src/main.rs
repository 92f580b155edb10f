//! The `feedback-themes` command line: a thin layer over the library (see `src/cli/`).

mod cli;

fn main() {
    let code = match cli::run() {
        Ok(code) => code,
        Err(e) if cli::is_broken_pipe(&e) => 0,
        Err(e) => {
            eprintln!("feedback-themes: error: {e:#}");
            2
        }
    };
    std::process::exit(code);
}
