//! Renders a [`Report`] as an aligned text table, Markdown, or one self-contained HTML page with inline SVG charts
//! (no scripts, fonts or network); every piece of customer text is HTML-escaped.

use std::fmt::Write;

use super::{Example, Report};

fn pct(x: f64) -> String {
    format!("{:.1}%", 100.0 * x)
}

fn langs(report: &Report) -> Vec<String> {
    report
        .languages
        .keys()
        .filter(|l| *l != "error")
        .cloned()
        .collect()
}

/// The example sentence with the matched words marked by `open` … `close`, other text passed through `escape`.
fn highlighted(e: &Example, open: &str, close: &str, escape: &dyn Fn(&str) -> String) -> String {
    let [a, b] = e.highlight;
    let (a, b) = if e.text.is_char_boundary(a) && e.text.is_char_boundary(b) && a <= b {
        (a, b)
    } else {
        (0, 0)
    };
    let flat = |s: &str| {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if !c.is_whitespace() {
                out.push(c);
            } else if !out.ends_with(' ') {
                out.push(' ');
            }
        }
        escape(&out)
    };
    if a == b {
        return flat(&e.text);
    }
    format!(
        "{}{open}{}{close}{}",
        flat(&e.text[..a]),
        flat(&e.text[a..b]),
        flat(&e.text[b..])
    )
}

fn sentiment_mix(t: &super::ThemeReport) -> String {
    ["negative", "neutral", "positive"]
        .iter()
        .map(|s| format!("{} {}", &s[..3], t.sentiment.get(*s).copied().unwrap_or(0)))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// Markdown.
pub fn to_markdown(report: &Report) -> String {
    let mut s = String::new();
    let langs = langs(report);
    let _ = writeln!(s, "# Feedback themes report\n");
    let _ = writeln!(
        s,
        "{} records ({}), {} with at least one theme ({}), {} unreadable ({}).\n",
        report.total,
        report
            .languages
            .iter()
            .map(|(l, t)| format!("{l} {}", t.records))
            .collect::<Vec<_>>()
            .join(", "),
        report.languages.values().map(|t| t.with_theme).sum::<u64>(),
        pct(report.coverage),
        report.errors,
        pct(report.error_share)
    );
    let _ = writeln!(s, "## Themes\n");
    let _ = writeln!(
        s,
        "| theme | count | share | {} | sentiment (neg/neu/pos) | churn risk |\n|---|---|---|{}---|---|",
        langs.join(" | "),
        "---|".repeat(langs.len())
    );
    for t in &report.themes {
        let by: Vec<String> = langs
            .iter()
            .map(|l| t.by_lang.get(l).copied().unwrap_or(0).to_string())
            .collect();
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} |",
            t.id,
            t.count,
            pct(t.share),
            by.join(" | "),
            sentiment_mix(t),
            pct(t.churn_share)
        );
    }
    let _ = writeln!(s, "\n## Examples\n");
    let md_escape = |x: &str| x.replace('|', "\\|").replace('*', "\\*");
    for t in report.themes.iter().filter(|t| !t.examples.is_empty()) {
        let _ = writeln!(s, "**{}**\n", t.id);
        for e in &t.examples {
            let _ = writeln!(
                s,
                "- `{}` ({}, {:.2}): {} — cue `{}`",
                e.id,
                e.lang,
                e.score,
                highlighted(e, "**", "**", &md_escape),
                e.cue
            );
        }
        s.push('\n');
    }
    trend_markdown(report, &mut s);
    let _ = writeln!(s, "## Themes that occur together\n");
    if report.cooccurrence.is_empty() {
        let _ = writeln!(s, "No record has two themes.\n");
    } else {
        let _ = writeln!(s, "| theme | theme | records |\n|---|---|---|");
        for c in report.cooccurrence.iter().take(15) {
            let _ = writeln!(s, "| {} | {} | {} |", c.a, c.b, c.count);
        }
        s.push('\n');
    }
    let _ = writeln!(s, "## Emerging terms (texts with no theme)\n");
    if !report.texts_available {
        let _ = writeln!(s, "Not available: the input was classified JSONL without texts; run `report` on the raw feedback.\n");
    }
    for (lang, terms) in &report.emerging_terms {
        let list: Vec<String> = terms
            .iter()
            .map(|t| format!("{} ({})", md_escape(&t.term), t.count))
            .collect();
        let _ = writeln!(
            s,
            "- **{lang}**: {}",
            if list.is_empty() {
                "–".into()
            } else {
                list.join(", ")
            }
        );
    }
    s
}

fn trend_markdown(report: &Report, s: &mut String) {
    let tr = &report.trend;
    let _ = writeln!(s, "## Trend by {:?}\n", tr.period);
    let _ = writeln!(
        s,
        "{} records without a date, {} with an unparsable date.\n",
        tr.missing_dates, tr.unparsable_dates
    );
    if tr.periods.is_empty() {
        return;
    }
    let _ = writeln!(
        s,
        "| period | records | {} |\n|---|---|{}",
        report
            .themes
            .iter()
            .map(|t| t.id.as_str())
            .collect::<Vec<_>>()
            .join(" | "),
        "---|".repeat(report.themes.len())
    );
    for p in &tr.periods {
        let counts: Vec<String> = (0..report.themes.len())
            .map(|i| p.counts.get(i).copied().unwrap_or(0).to_string())
            .collect();
        let _ = writeln!(
            s,
            "| {} | {} | {} |",
            p.period,
            p.records,
            counts.join(" | ")
        );
    }
    s.push('\n');
    for sp in &tr.spikes {
        let _ = writeln!(
            s,
            "- spike: **{}** in {}: {} of records (trailing mean {}, sd {})",
            sp.theme,
            sp.period,
            pct(sp.share),
            pct(sp.trailing_mean),
            pct(sp.trailing_sd)
        );
    }
    s.push('\n');
}

/// Aligned text tables.
pub fn to_table(report: &Report) -> String {
    use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};
    let new_table = |header: Vec<String>| {
        let mut t = Table::new();
        t.load_preset(UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(130)
            .set_header(header);
        t
    };
    let mut s = String::new();
    let langs = langs(report);
    let _ = writeln!(
        s,
        "{} records: {}; coverage {} (records with a theme); {} unreadable ({})",
        report.total,
        report
            .languages
            .iter()
            .map(|(l, t)| format!("{l} {}", t.records))
            .collect::<Vec<_>>()
            .join(", "),
        pct(report.coverage),
        report.errors,
        pct(report.error_share)
    );
    let mut header = vec!["theme".to_string(), "count".into(), "share".into()];
    header.extend(langs.iter().cloned());
    header.extend(["sentiment neg/neu/pos".to_string(), "churn".into()]);
    let mut t = new_table(header);
    for th in &report.themes {
        let mut row = vec![th.id.clone(), th.count.to_string(), pct(th.share)];
        row.extend(
            langs
                .iter()
                .map(|l| th.by_lang.get(l).copied().unwrap_or(0).to_string()),
        );
        row.extend([sentiment_mix(th), pct(th.churn_share)]);
        t.add_row(row);
    }
    let _ = writeln!(s, "{t}");
    let mut t = new_table(vec![
        "theme".into(),
        "id".into(),
        "score".into(),
        "example (cue in «»)".into(),
        "cue".into(),
    ]);
    for th in &report.themes {
        for e in &th.examples {
            t.add_row(vec![
                th.id.clone(),
                e.id.clone(),
                format!("{:.2}", e.score),
                highlighted(e, "«", "»", &|x| x.to_string()),
                e.cue.clone(),
            ]);
        }
    }
    let _ = writeln!(s, "Examples:\n{t}");
    let tr = &report.trend;
    if !tr.periods.is_empty() {
        let mut header = vec!["period".to_string(), "records".into()];
        header.extend(
            report
                .themes
                .iter()
                .filter(|t| t.count > 0)
                .map(|t| t.id.clone()),
        );
        let shown: Vec<usize> = (0..report.themes.len())
            .filter(|&i| report.themes[i].count > 0)
            .collect();
        let mut t = new_table(header);
        for p in &tr.periods {
            let mut row = vec![p.period.clone(), p.records.to_string()];
            row.extend(shown.iter().map(|&i| {
                let flag = if tr
                    .spikes
                    .iter()
                    .any(|sp| sp.period == p.period && sp.theme == report.themes[i].id)
                {
                    " ▲"
                } else {
                    ""
                };
                format!("{}{flag}", p.counts.get(i).copied().unwrap_or(0))
            }));
            t.add_row(row);
        }
        let _ = writeln!(
            s,
            "Trend by {:?} (▲ spike: share beyond 2 sd of the trailing mean):\n{t}",
            tr.period
        );
    }
    let _ = writeln!(
        s,
        "{} records without a date, {} with an unparsable date.",
        tr.missing_dates, tr.unparsable_dates
    );
    if !report.cooccurrence.is_empty() {
        let mut t = new_table(vec!["theme".into(), "theme".into(), "records".into()]);
        for c in report.cooccurrence.iter().take(10) {
            t.add_row(vec![c.a.clone(), c.b.clone(), c.count.to_string()]);
        }
        let _ = writeln!(s, "Themes that occur together:\n{t}");
    }
    if report.texts_available {
        let mut t = new_table(vec![
            "lang".into(),
            "emerging terms in texts with no theme (count)".into(),
        ]);
        for (lang, terms) in &report.emerging_terms {
            t.add_row(vec![
                lang.clone(),
                terms
                    .iter()
                    .map(|x| format!("{} ({})", x.term, x.count))
                    .collect::<Vec<_>>()
                    .join(", "),
            ]);
        }
        let _ = writeln!(s, "{t}");
    } else {
        let _ = writeln!(
            s,
            "Emerging terms: not available for classified input (no texts)."
        );
    }
    s
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

const PALETTE: [&str; 12] = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf", "#393b79", "#ad494a",
];

fn bars_svg(report: &Report) -> String {
    let langs = langs(report);
    let themes: Vec<_> = report.themes.iter().collect();
    let max = themes
        .iter()
        .flat_map(|t| t.by_lang.values())
        .copied()
        .max()
        .unwrap_or(0)
        .max(1);
    let (label_w, bar_h, group_gap, width) = (190.0, 12.0, 10.0, 900.0);
    let plot_w = width - label_w - 60.0;
    let group_h = bar_h * langs.len().max(1) as f64 + group_gap;
    let height = 40.0 + group_h * themes.len() as f64;
    let mut s = format!(
        r#"<svg role="img" aria-label="themes by language" width="{width}" height="{height}" font-family="sans-serif" font-size="12">"#
    );
    for (li, l) in langs.iter().enumerate() {
        let _ = write!(
            s,
            r#"<rect x="{}" y="6" width="12" height="12" fill="{}"/><text x="{}" y="16">{}</text>"#,
            label_w + li as f64 * 80.0,
            PALETTE[li % 12],
            label_w + 16.0 + li as f64 * 80.0,
            escape_html(l)
        );
    }
    for (ti, t) in themes.iter().enumerate() {
        let y0 = 30.0 + ti as f64 * group_h;
        let _ = write!(
            s,
            r#"<text x="{}" y="{}" text-anchor="end">{}</text>"#,
            label_w - 8.0,
            y0 + group_h / 2.0,
            escape_html(&t.id)
        );
        for (li, l) in langs.iter().enumerate() {
            let v = t.by_lang.get(l).copied().unwrap_or(0);
            let w = plot_w * v as f64 / max as f64;
            let y = y0 + li as f64 * bar_h;
            let _ = write!(
                s,
                r#"<rect x="{label_w}" y="{y}" width="{w:.1}" height="{}" fill="{}"><title>{} {}: {v}</title></rect>"#,
                bar_h - 2.0,
                PALETTE[li % 12],
                escape_html(&t.id),
                escape_html(l)
            );
            if v > 0 {
                let _ = write!(
                    s,
                    r#"<text x="{:.1}" y="{}" font-size="10">{v}</text>"#,
                    label_w + w + 4.0,
                    y + bar_h - 3.0
                );
            }
        }
    }
    s.push_str("</svg>");
    s
}

fn trend_svg(report: &Report) -> String {
    let periods = &report.trend.periods;
    let (width, height, left, bottom, top, right) = (900.0, 340.0, 50.0, 60.0, 20.0, 200.0);
    let plot_w = width - left - right;
    let plot_h = height - top - bottom;
    let mut order: Vec<usize> = (0..report.themes.len())
        .filter(|&i| report.themes[i].count > 0)
        .collect();
    order.sort_by(|&a, &b| {
        report.themes[b]
            .count
            .cmp(&report.themes[a].count)
            .then(a.cmp(&b))
    });
    order.truncate(8);
    let share = |p: &super::PeriodRow, i: usize| {
        if p.records == 0 {
            0.0
        } else {
            p.counts.get(i).copied().unwrap_or(0) as f64 / p.records as f64
        }
    };
    let max = periods
        .iter()
        .flat_map(|p| order.iter().map(move |&i| share(p, i)))
        .fold(0.0f64, f64::max)
        .max(0.01);
    let x = |k: usize| {
        left + if periods.len() > 1 {
            plot_w * k as f64 / (periods.len() - 1) as f64
        } else {
            plot_w / 2.0
        }
    };
    let y = |v: f64| top + plot_h * (1.0 - v / max);
    let mut s = format!(
        r#"<svg role="img" aria-label="theme trends" width="{width}" height="{height}" font-family="sans-serif" font-size="11">"#
    );
    let _ = write!(
        s,
        r##"<line x1="{left}" y1="{}" x2="{}" y2="{}" stroke="#333"/><line x1="{left}" y1="{top}" x2="{left}" y2="{}" stroke="#333"/>"##,
        top + plot_h,
        left + plot_w,
        top + plot_h,
        top + plot_h
    );
    for k in 0..=4 {
        let v = max * k as f64 / 4.0;
        let _ = write!(
            s,
            r##"<text x="{}" y="{:.1}" text-anchor="end">{:.0}%</text><line x1="{left}" y1="{:.1}" x2="{}" y2="{:.1}" stroke="#ddd"/>"##,
            left - 4.0,
            y(v) + 4.0,
            v * 100.0,
            y(v),
            left + plot_w,
            y(v)
        );
    }
    let step = (periods.len() / 12).max(1);
    for (k, p) in periods.iter().enumerate().filter(|(k, _)| k % step == 0) {
        let _ = write!(
            s,
            r#"<text x="{:.1}" y="{}" text-anchor="end" transform="rotate(-45 {:.1} {})">{}</text>"#,
            x(k),
            top + plot_h + 14.0,
            x(k),
            top + plot_h + 14.0,
            escape_html(&p.period)
        );
    }
    for (n, &i) in order.iter().enumerate() {
        let color = PALETTE[n % 12];
        let points: Vec<String> = periods
            .iter()
            .enumerate()
            .map(|(k, p)| format!("{:.1},{:.1}", x(k), y(share(p, i))))
            .collect();
        let _ = write!(
            s,
            r#"<polyline fill="none" stroke="{color}" stroke-width="2" points="{}"/>"#,
            points.join(" ")
        );
        for (k, p) in periods.iter().enumerate() {
            let spike = report
                .trend
                .spikes
                .iter()
                .any(|sp| sp.period == p.period && sp.theme == report.themes[i].id);
            let r = if spike { 5.0 } else { 2.5 };
            let _ = write!(
                s,
                r#"<circle cx="{:.1}" cy="{:.1}" r="{r}" fill="{color}"><title>{} {}: {:.1}%</title></circle>"#,
                x(k),
                y(share(p, i)),
                escape_html(&report.themes[i].id),
                escape_html(&p.period),
                share(p, i) * 100.0
            );
        }
        let ly = top + 14.0 * n as f64;
        let _ = write!(
            s,
            r#"<rect x="{}" y="{}" width="10" height="10" fill="{color}"/><text x="{}" y="{}">{}</text>"#,
            left + plot_w + 15.0,
            ly,
            left + plot_w + 30.0,
            ly + 9.0,
            escape_html(&report.themes[i].id)
        );
    }
    s.push_str("</svg>");
    s
}

fn heatmap_svg(report: &Report) -> String {
    let ids: Vec<&str> = report.themes.iter().map(|t| t.id.as_str()).collect();
    let n = ids.len();
    let cell = 34.0;
    let label = 190.0;
    let size = label + cell * n as f64 + 20.0;
    let count = |a: &str, b: &str| {
        report
            .cooccurrence
            .iter()
            .find(|c| (c.a == a && c.b == b) || (c.a == b && c.b == a))
            .map_or(0, |c| c.count)
    };
    let max = report
        .cooccurrence
        .iter()
        .map(|c| c.count)
        .max()
        .unwrap_or(0)
        .max(1);
    let mut s = format!(
        r#"<svg role="img" aria-label="theme co-occurrence" width="{size}" height="{size}" font-family="sans-serif" font-size="11">"#
    );
    for (i, a) in ids.iter().enumerate() {
        let _ = write!(
            s,
            r#"<text x="{}" y="{}" text-anchor="end">{}</text>"#,
            label - 6.0,
            label + cell * i as f64 + cell / 2.0 + 4.0,
            escape_html(a)
        );
        let cx = label + cell * i as f64 + cell / 2.0;
        let _ = write!(
            s,
            r#"<text x="{cx}" y="{}" text-anchor="start" transform="rotate(-60 {cx} {})">{}</text>"#,
            label - 6.0,
            label - 6.0,
            escape_html(a)
        );
        for (j, b) in ids.iter().enumerate() {
            let v = if i == j { 0 } else { count(a, b) };
            let alpha = v as f64 / max as f64;
            let fill = if i == j {
                "#eee".to_string()
            } else {
                format!("rgba(214,39,40,{:.3})", 0.05 + 0.95 * alpha)
            };
            let (x, y) = (label + cell * j as f64, label + cell * i as f64);
            let _ = write!(
                s,
                r##"<rect x="{x}" y="{y}" width="{cell}" height="{cell}" fill="{fill}" stroke="#fff"><title>{} + {}: {v}</title></rect>"##,
                escape_html(a),
                escape_html(b)
            );
            if v > 0 {
                let _ = write!(
                    s,
                    r#"<text x="{}" y="{}" text-anchor="middle" font-size="10">{v}</text>"#,
                    x + cell / 2.0,
                    y + cell / 2.0 + 4.0
                );
            }
        }
    }
    s.push_str("</svg>");
    s
}

/// One self-contained HTML page: no scripts, no external resources; all text escaped.
pub fn to_html(report: &Report) -> String {
    let mut s = String::new();
    s.push_str(r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Feedback themes report</title><style>
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px auto;max-width:1100px;color:#222;padding:0 16px}
h1{font-size:24px}h2{font-size:19px;margin-top:32px;border-bottom:1px solid #ddd;padding-bottom:4px}
table{border-collapse:collapse;font-size:13px;margin:8px 0}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.n{text-align:right}mark{background:#ffe08a}.muted{color:#666}.ex{margin:4px 0 10px 0}
</style></head><body>"#);
    let _ = write!(
        s,
        "<h1>Feedback themes report</h1><p>{} records ({}); coverage {} (records with at least one theme); {} unreadable ({}).</p>",
        report.total,
        escape_html(&report.languages.iter().map(|(l, t)| format!("{l} {}", t.records)).collect::<Vec<_>>().join(", ")),
        pct(report.coverage),
        report.errors,
        pct(report.error_share)
    );
    let langs = langs(report);
    s.push_str("<h2>Themes</h2><table><tr><th>theme</th><th>count</th><th>share</th>");
    for l in &langs {
        let _ = write!(s, "<th>{}</th>", escape_html(l));
    }
    s.push_str("<th>sentiment neg / neu / pos</th><th>churn risk</th></tr>");
    for t in &report.themes {
        let _ = write!(
            s,
            "<tr><td>{}</td><td class=n>{}</td><td class=n>{}</td>",
            escape_html(&t.id),
            t.count,
            pct(t.share)
        );
        for l in &langs {
            let _ = write!(
                s,
                "<td class=n>{}</td>",
                t.by_lang.get(l).copied().unwrap_or(0)
            );
        }
        let _ = write!(
            s,
            "<td>{}</td><td class=n>{}</td></tr>",
            sentiment_mix(t),
            pct(t.churn_share)
        );
    }
    s.push_str("</table><h2>Themes by language</h2>");
    s.push_str(&bars_svg(report));
    let tr = &report.trend;
    let _ = write!(s, "<h2>Trend by {:?}</h2>", tr.period);
    if tr.periods.is_empty() {
        s.push_str("<p class=muted>No dated records (use <code>--date-field</code>).</p>");
    } else {
        s.push_str("<p class=muted>Share of records per period for the most frequent themes; large dots mark spikes (share beyond two standard deviations of the trailing mean).</p>");
        s.push_str(&trend_svg(report));
        if !tr.spikes.is_empty() {
            s.push_str("<ul>");
            for sp in &tr.spikes {
                let _ = write!(
                    s,
                    "<li><b>{}</b> in {}: {} of records (trailing mean {})</li>",
                    escape_html(&sp.theme),
                    escape_html(&sp.period),
                    pct(sp.share),
                    pct(sp.trailing_mean)
                );
            }
            s.push_str("</ul>");
        }
    }
    let _ = write!(
        s,
        "<p class=muted>{} records without a date, {} with an unparsable date.</p>",
        tr.missing_dates, tr.unparsable_dates
    );
    s.push_str("<h2>Themes that occur together</h2>");
    s.push_str(&heatmap_svg(report));
    s.push_str("<h2>Examples</h2>");
    for t in report.themes.iter().filter(|t| !t.examples.is_empty()) {
        let _ = write!(s, "<h3>{}</h3>", escape_html(&t.id));
        for e in &t.examples {
            let _ = write!(
                s,
                "<div class=ex><span class=muted>{} · {} · {:.2} · cue “{}”</span><br>{}</div>",
                escape_html(&e.id),
                escape_html(&e.lang),
                e.score,
                escape_html(&e.cue),
                highlighted(e, "<mark>", "</mark>", &escape_html)
            );
        }
    }
    s.push_str("<h2>Emerging terms in texts with no theme</h2>");
    if !report.texts_available {
        s.push_str(
            "<p class=muted>Not available: the input was classified JSONL without texts.</p>",
        );
    }
    s.push_str("<table><tr><th>lang</th><th>terms (texts)</th></tr>");
    for (lang, terms) in &report.emerging_terms {
        let list: Vec<String> = terms
            .iter()
            .map(|t| format!("{} ({})", escape_html(&t.term), t.count))
            .collect();
        let _ = write!(
            s,
            "<tr><td>{}</td><td>{}</td></tr>",
            escape_html(lang),
            list.join(", ")
        );
    }
    s.push_str("</table></body></html>\n");
    s
}
