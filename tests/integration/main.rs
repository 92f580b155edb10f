//! The integration-test binary: runs the `feedback-themes` executable on real files in temporary directories.

mod util;

mod classify;
mod cli_misc;
mod corpora;
mod properties;
mod report;
mod robustness;
mod stories;
