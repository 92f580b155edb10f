//! `feedback-themes themes`: lists the taxonomy's themes (table or JSON).

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use feedback_themes::Taxonomy;

/// Options of `themes`.
#[derive(Debug, Args)]
pub struct ThemesArgs {
    /// Taxonomy JSON file (default: the built-in one).
    #[arg(long, value_name = "FILE")]
    taxonomy: Option<PathBuf>,
    /// Output layout: `table`, or `json` (the whole taxonomy, cues included).
    #[arg(long, short = 'f', default_value = "table", value_parser = ["table", "json"])]
    format: String,
}

/// Runs `themes`.
pub fn run(args: ThemesArgs) -> Result<i32> {
    let taxonomy = match &args.taxonomy {
        Some(path) => Taxonomy::load(path)?,
        None => Taxonomy::default(),
    };
    let mut out = std::io::stdout().lock();
    if args.format == "json" {
        serde_json::to_writer_pretty(&mut out, &taxonomy)?;
        writeln!(out)?;
        return Ok(0);
    }
    let mut table = comfy_table::Table::new();
    table
        .load_preset(comfy_table::presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
        .set_width(120)
        .set_header(["id", "name", "polarity", "cues en/fi/ru", "description"]);
    for theme in &taxonomy.themes {
        let count = |lang: &str| theme.cues.get(lang).map_or(0, Vec::len);
        table.add_row([
            theme.id.clone(),
            theme.name.clone(),
            format!("{:?}", theme.polarity).to_lowercase(),
            format!("{}/{}/{}", count("en"), count("fi"), count("ru")),
            theme.description.clone(),
        ]);
    }
    writeln!(out, "{table}")?;
    Ok(0)
}
