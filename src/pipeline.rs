//! The parallel engine shared by the commands: reads records on one thread, analyses them in batches on the
//! current rayon pool, and hands results back in input order, so output never depends on the thread count.
//! Memory is bounded by a few batches, whatever the input size.

use std::sync::mpsc;

use rayon::prelude::*;

use crate::analyzer::{Analysis, Analyzer, ScratchPool};
use crate::input::{ReadResult, Record};
use crate::lang::Lang;
use crate::text::Normalized;

/// Records per batch.
pub const DEFAULT_BATCH_SIZE: usize = 2048;

/// A record as read, with its analysis when it could be read.
#[derive(Debug)]
pub struct Processed<T = ()> {
    /// The record or the reason it could not be read.
    pub record: ReadResult,
    /// The analysis of a readable record.
    pub analysis: Option<Analysis>,
    /// What [`process_with`]'s `extra` computed from the record and its analysis (readable records only).
    pub extra: Option<T>,
}

/// Analyses `records` in batches and calls `sink` for each in input order; stops early when `sink` fails and
/// returns its error. Call inside `ThreadPool::install` to choose the number of threads. While one batch is
/// handed to `sink`, the next is already being analysed.
pub fn process<I, E, F>(
    analyzer: &Analyzer,
    records: I,
    batch_size: usize,
    sink: F,
) -> Result<(), E>
where
    I: Iterator<Item = ReadResult> + Send,
    F: FnMut(Processed) -> Result<(), E> + Send,
    E: Send,
{
    process_with(analyzer, records, batch_size, |_, _, _| (), sink)
}

/// [`process`], with `extra` also computed for each readable record on the worker threads, next to its
/// analysis (for per-record work the sink would otherwise do alone, such as a report's term counts).
/// `extra` is also given the text as the analysis normalised it, when its language is one of the supported
/// ones.
pub fn process_with<I, E, F, T, X>(
    analyzer: &Analyzer,
    records: I,
    batch_size: usize,
    extra: X,
    mut sink: F,
) -> Result<(), E>
where
    I: Iterator<Item = ReadResult> + Send,
    X: Fn(&Record, &Analysis, Option<&Normalized>) -> T + Sync,
    T: Send,
    F: FnMut(Processed<T>) -> Result<(), E> + Send,
    E: Send,
{
    let batch_size = batch_size.max(1);
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel::<Vec<ReadResult>>(2);
        scope.spawn(move || {
            let mut records = records;
            loop {
                let batch: Vec<ReadResult> = records.by_ref().take(batch_size).collect();
                if batch.is_empty() || tx.send(batch).is_err() {
                    break;
                }
            }
        });
        let pool = ScratchPool::default();
        let analyse = |batch: Vec<ReadResult>| -> Vec<Processed<T>> {
            let analyses: Vec<Option<(Analysis, T)>> = batch
                .par_iter()
                .map_init(
                    || pool.take(),
                    |scratch, record| {
                        record.as_ref().ok().map(|r| {
                            let hint = r.lang.as_deref().and_then(Lang::from_code);
                            let scratch = scratch.get();
                            let analysis = analyzer.analyze_with(&r.text, hint, scratch);
                            let normalized =
                                analysis.lang.is_supported().then(|| scratch.normalized());
                            let extra = extra(r, &analysis, normalized);
                            (analysis, extra)
                        })
                    },
                )
                .collect();
            batch
                .into_iter()
                .zip(analyses)
                .map(|(record, done)| {
                    let (analysis, extra) = done.unzip();
                    Processed {
                        record,
                        analysis,
                        extra,
                    }
                })
                .collect()
        };
        let mut done: Vec<Processed<T>> = Vec::new();
        loop {
            let next = rx.recv().ok();
            if next.is_none() && done.is_empty() {
                return Ok(());
            }
            let (written, analysed) = rayon::join(
                || done.drain(..).try_for_each(&mut sink),
                || next.map(analyse),
            );
            written?;
            match analysed {
                Some(batch) => done = batch,
                None => return Ok(()),
            }
        }
    })
}
