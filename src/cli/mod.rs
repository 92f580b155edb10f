//! Command-line parsing and the glue shared by the subcommands: options turned into plain config structs,
//! input opening, analyser construction, atomic output files and exit codes.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use feedback_themes::input::{InputFormat, InputOptions, ReadResult, RecordReader};
use feedback_themes::{Analyzer, Lang, Model, Taxonomy};

mod classify;
mod evaluate;
mod report;
mod themes;
mod train;

/// Sort customer feedback in English, Finnish and Russian into themes, with evidence.
#[derive(Debug, Parser)]
#[command(name = "feedback-themes", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Classify each record: language, themes with evidence, sentiment, churn risk.
    Classify(classify::ClassifyArgs),
    /// List the themes of the taxonomy.
    Themes(themes::ThemesArgs),
    /// Measure accuracy on labelled JSONL.
    Evaluate(evaluate::EvaluateArgs),
    /// Learn a model from labelled JSONL.
    Train(train::TrainArgs),
    /// Summarise themes: counts, languages, trends, co-occurrence, examples, emerging terms.
    Report(report::ReportArgs),
}

/// Runs the command line; returns the process exit code.
pub fn run() -> Result<i32> {
    let cli = Cli::parse();
    match cli.command {
        Command::Classify(args) => classify::run(args),
        Command::Themes(args) => themes::run(args),
        Command::Evaluate(args) => evaluate::run(args),
        Command::Train(args) => train::run(args),
        Command::Report(args) => report::run(args),
    }
}

/// True when the error is a closed output pipe (`| head`), which is not a failure.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            || matches!(
                cause.downcast_ref::<feedback_themes::Error>(),
                Some(feedback_themes::Error::Io { source, .. }) if source.kind() == io::ErrorKind::BrokenPipe
            )
    })
}

/// Where records come from and how they are read.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Input files or directories (`-` or none: standard input, JSONL). Files may be gzip-compressed.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Input layout; `auto` decides from the file extension, then the first bytes.
    #[arg(long, value_name = "FORMAT", default_value = "auto",
          value_parser = ["auto", "jsonl", "csv", "tsv", "text", "doc", "sheet"])]
    pub input_format: String,
    /// Field (JSON key or CSV column) holding the text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    pub text_field: String,
    /// Field holding the record id (default id when absent: `<file>:<line>`).
    #[arg(long, default_value = "id", value_name = "NAME")]
    pub id_field: String,
    /// Field holding the record date.
    #[arg(long, value_name = "NAME")]
    pub date_field: Option<String>,
    /// Field holding the record language (overrides detection where present).
    #[arg(long, value_name = "NAME")]
    pub lang_field: Option<String>,
    /// Text encoding of the input (e.g. windows-1251, windows-1252, koi8-r, utf-16le; default: UTF-8, UTF-16
    /// after its byte-order mark, or for a file that is neither, the legacy encoding guessed from its bytes).
    #[arg(long, value_name = "NAME", value_parser = parse_encoding)]
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

/// An encoding by any of its WHATWG labels (`cp1251`, `windows-1251`, `latin1`, …).
fn parse_encoding(label: &str) -> std::result::Result<&'static encoding_rs::Encoding, String> {
    encoding_rs::Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
        format!("unknown encoding `{label}` (try windows-1251, windows-1252, utf-8)")
    })
}

impl InputArgs {
    /// The reader options these flags describe.
    pub fn options(&self) -> Result<InputOptions> {
        Ok(InputOptions {
            format: self.input_format.parse::<InputFormat>()?,
            text_field: self.text_field.clone(),
            id_field: self.id_field.clone(),
            date_field: self.date_field.clone(),
            lang_field: self.lang_field.clone(),
            encoding: self.encoding,
            ..InputOptions::default()
        })
    }

    /// Opens every input (directories expanded to their files, sorted) and chains the readers. Fails before any
    /// output when a path cannot be opened.
    pub fn open(&self) -> Result<impl Iterator<Item = ReadResult> + Send> {
        let options = self.options()?;
        let mut files = Vec::new();
        if self.paths.is_empty() {
            files.push(PathBuf::from("-"));
        }
        for path in &self.paths {
            if path.is_dir() {
                collect_files(path, &mut files)
                    .with_context(|| format!("{}: cannot list", path.display()))?;
            } else {
                files.push(path.clone());
            }
        }
        let readers = files
            .iter()
            .map(|f| RecordReader::open(f, &options))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(readers.into_iter().flatten())
    }
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<io::Result<_>>()?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect_files(&path, out)?;
        } else if !path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// How the analyser is configured.
#[derive(Debug, Args)]
pub struct AnalyzerArgs {
    /// Taxonomy JSON file (replaces the default one, or extends it with `"extends": "default"`).
    #[arg(long, value_name = "FILE")]
    pub taxonomy: Option<PathBuf>,
    /// Learned model (from `train`) to combine with the taxonomy cues.
    #[arg(long, value_name = "FILE", conflicts_with = "no_model")]
    pub model: Option<PathBuf>,
    /// Score themes with the taxonomy cues only (no learned model).
    #[arg(long)]
    pub no_model: bool,
    /// Score themes with the learned model only (no cues).
    #[arg(long, conflicts_with = "no_model")]
    pub model_only: bool,
    /// Treat every text as this language (en, fi, ru) instead of detecting it.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Raise (positive, fewer but surer themes) or lower (negative) every theme's reporting
    /// threshold, in score units (-0.5 to 0.5).
    #[arg(
        long,
        default_value_t = 0.0,
        value_name = "X",
        allow_hyphen_values = true
    )]
    pub threshold_offset: f32,
    /// Worker threads (0: one per core).
    #[arg(long, short = 'j', default_value_t = 0, value_name = "N")]
    pub threads: usize,
}

impl AnalyzerArgs {
    /// Builds the analyser these flags describe.
    pub fn analyzer(&self) -> Result<Analyzer> {
        let taxonomy = match &self.taxonomy {
            Some(path) => Taxonomy::load(path)?,
            None => Taxonomy::default(),
        };
        let force_lang = match &self.lang {
            None => None,
            Some(code) => match Lang::from_code(code) {
                Some(lang) if lang.is_supported() => Some(lang),
                _ => anyhow::bail!("--lang {code}: expected en, fi or ru"),
            },
        };
        anyhow::ensure!(
            (-0.5..=0.5).contains(&self.threshold_offset),
            "--threshold-offset {}: expected a number from -0.5 to 0.5",
            self.threshold_offset
        );
        let mut builder = Analyzer::builder()
            .taxonomy(taxonomy)
            .force_lang(force_lang)
            .threshold_offset(self.threshold_offset);
        if let Some(path) = &self.model {
            builder = builder.model(Model::load(path)?);
        }
        if self.no_model {
            builder = builder.without_default_model();
        }
        if self.model_only {
            builder = builder.use_cues(false);
        }
        Ok(builder.build()?)
    }

    /// A rayon pool with the requested number of threads.
    pub fn pool(&self) -> Result<rayon::ThreadPool> {
        rayon::ThreadPoolBuilder::new()
            .num_threads(self.threads)
            .build()
            .context("cannot start worker threads")
    }
}

/// An output destination: standard output, or a file written atomically (a temporary file renamed into place
/// when everything was written), or a device or pipe (`/dev/null`, a FIFO) written in place.
pub enum Output {
    /// Written directly, buffered: standard output, or an existing path that is not a regular file
    /// (renaming over it would replace the device or pipe with a file).
    Stream(io::BufWriter<Box<dyn Write + Send>>),
    /// A temporary file beside the target.
    File {
        /// The temporary file.
        file: io::BufWriter<tempfile::NamedTempFile>,
        /// Where it goes.
        target: PathBuf,
    },
}

impl Output {
    fn stream(w: impl Write + Send + 'static) -> Output {
        Output::Stream(io::BufWriter::with_capacity(1 << 16, Box::new(w)))
    }

    /// Opens `path`, or standard output for `None` / `-`.
    pub fn create(path: Option<&Path>) -> Result<Output> {
        match path {
            None => Ok(Output::stream(io::stdout())),
            Some(p) if p.as_os_str() == "-" => Ok(Output::stream(io::stdout())),
            Some(p) if std::fs::metadata(p).is_ok_and(|m| !m.is_file() && !m.is_dir()) => {
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .open(p)
                    .with_context(|| format!("{}: cannot open output", p.display()))?;
                Ok(Output::stream(file))
            }
            Some(p) => {
                let dir = p
                    .parent()
                    .filter(|d| !d.as_os_str().is_empty())
                    .unwrap_or(Path::new("."));
                let mut builder = tempfile::Builder::new();
                builder.prefix(".feedback-themes-");
                // A temporary file is private (0600); the result gets the target's permissions, or
                // the usual 0644 for a new file.
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    builder.permissions(match std::fs::metadata(p) {
                        Ok(m) => m.permissions(),
                        Err(_) => std::fs::Permissions::from_mode(0o644),
                    });
                }
                let tmp = builder
                    .tempfile_in(dir)
                    .with_context(|| format!("{}: cannot create output", p.display()))?;
                Ok(Output::File {
                    file: io::BufWriter::with_capacity(1 << 16, tmp),
                    target: p.to_path_buf(),
                })
            }
        }
    }

    /// Flushes and, for a file, renames it into place.
    pub fn commit(self) -> Result<()> {
        match self {
            Output::Stream(mut out) => Ok(out.flush()?),
            Output::File { file, target } => {
                let tmp = file.into_inner().map_err(|e| e.into_error())?;
                tmp.persist(&target)
                    .with_context(|| format!("{}: cannot write output", target.display()))?;
                Ok(())
            }
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Stream(w) => w.write(buf),
            Output::File { file, .. } => file.write(buf),
        }
    }
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Output::Stream(w) => w.write_all(buf),
            Output::File { file, .. } => file.write_all(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Stream(w) => w.flush(),
            Output::File { file, .. } => file.flush(),
        }
    }
}

/// Counts unreadable records and remembers the first few, for the summary on standard error.
#[derive(Debug, Default)]
pub struct ErrorTally {
    /// Records read.
    pub records: u64,
    /// Records that could not be read.
    pub errors: u64,
    first: Vec<String>,
}

impl ErrorTally {
    /// Counts one record.
    pub fn count(&mut self, record: &ReadResult) {
        self.records += 1;
        if let Err(e) = record {
            self.errors += 1;
            if self.first.len() < 5 {
                self.first.push(e.to_string());
            }
        }
    }

    /// Prints the summary (only when there were errors) and returns the exit code.
    pub fn finish(&self) -> i32 {
        if self.errors == 0 {
            return 0;
        }
        eprintln!(
            "feedback-themes: {} of {} records could not be read:",
            self.errors, self.records
        );
        for e in &self.first {
            eprintln!("  {e}");
        }
        if self.errors > self.first.len() as u64 {
            eprintln!(
                "  … and {} more (see the `error` fields in the output)",
                self.errors - self.first.len() as u64
            );
        }
        1
    }
}
