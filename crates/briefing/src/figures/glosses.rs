//! Glosses written by hand: the English phrase for each figure, read from a table kept beside
//! the transcript (data/figure-glosses.tsv) and checked against the figures the recogniser found,
//! so a stale table is an error rather than a wrong label.

/// Reads a gloss table (`id<TAB>text<TAB>gloss`, one header line) and gives each figure of the
/// briefing its written gloss. Every row must name a figure that exists with that exact text,
/// so a stale table is an error, not a silently wrong label.
pub fn apply_glosses(b: &mut crate::Briefing, tsv: &str) -> Result<usize, String> {
    let mut rows = std::collections::HashMap::new();
    for (n, line) in tsv.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(id), Some(text), Some(gloss), None) =
            (cols.next(), cols.next(), cols.next(), cols.next())
        else {
            return Err(format!(
                "glosses line {}: expected id, text and gloss separated by tabs",
                n + 1
            ));
        };
        if gloss.trim().is_empty() {
            return Err(format!("glosses line {}: the gloss for {id} is empty", n + 1));
        }
        rows.insert(id.to_string(), (n + 1, text.to_string(), gloss.trim().to_string()));
    }
    let mut applied = 0;
    for p in b.paragraphs_mut() {
        for f in &mut p.figures {
            if let Some((line, text, gloss)) = rows.remove(&f.id) {
                if text != f.text {
                    return Err(format!(
                        "glosses line {line}: {} is {} in the text, not {text}",
                        f.id, f.text
                    ));
                }
                f.gloss = gloss;
                applied += 1;
            }
        }
    }
    if let Some((id, (line, _, _))) = rows.into_iter().min_by_key(|(_, (line, _, _))| *line) {
        return Err(format!("glosses line {line}: no figure {id} in the briefing"));
    }
    Ok(applied)
}
