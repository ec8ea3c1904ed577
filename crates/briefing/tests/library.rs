//! The library of briefings (`briefing::library`): a season of real Foreign Ministry briefings
//! (the 12 in `../shared/transcripts/mfa/`, read in place) imported at once with a duplicate and
//! a broken text among them; the library view's order and filters; removing with undo; and the
//! library file, exported and merged into another library with nothing lost.

use std::path::PathBuf;

use briefing::library::{FileError, Kept, Library, Listing, Order, Outcome, Summary};
use briefing::read::read;

/// The shared transcripts' texts, in the order of their file names (which is their date order).
fn season() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/transcripts/mfa");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|x| x == "txt"));
    paths.sort();
    assert_eq!(paths.len(), 12, "the 12 shared transcripts in {}", dir.display());
    paths.iter().map(|p| std::fs::read_to_string(p).unwrap_or_default()).collect()
}

const DAY: i64 = 86_400_000;

#[test]
fn a_season_imported_at_once_keeps_each_briefing_once_and_says_what_became_of_every_text() {
    let texts = season();
    let mut batch: Vec<&str> = texts.iter().map(String::as_str).collect();
    batch.insert(3, texts[0].as_str()); // the same file chosen twice
    batch.push("这不是一场发布会的文字记录。");
    let mut lib = Library::default();
    let out = lib.import(batch, 1_700_000_000_000, read);
    assert_eq!(out.len(), 14);
    let added = out.iter().filter(|o| matches!(o, Outcome::Added(_))).count();
    assert_eq!(added, 12);
    assert!(matches!(&out[3], Outcome::AlreadyThere(fp) if *fp == lib.entries()[0].fingerprint));
    assert!(matches!(&out[13], Outcome::Refused(e) if e.line == 1));
    assert_eq!(lib.entries().len(), 12);
    // each line of the import says what the view will show of it
    let Outcome::Added(first) = &out[0] else { panic!("{:?}", out[0]) };
    assert_eq!(first.date.as_deref(), Some("2016-11-04"));
    assert_eq!(first.kind.as_deref(), Some("例行记者会"));
    assert_eq!(first.host.as_deref(), Some("外交部"));
    assert_eq!(first.spokespeople, ["华春莹"]);
    assert!(first.qas >= 6 && first.figures >= 3, "{first:?}");
    // importing the season again adds nothing
    let again = lib.import(texts.iter().map(String::as_str), 1_700_000_000_000 + DAY, read);
    assert!(again.iter().all(|o| matches!(o, Outcome::AlreadyThere(_))));
    assert_eq!(lib.entries().len(), 12);
}

#[test]
fn the_view_sorts_by_date_either_way_and_filters_by_kind_and_host() {
    let texts = season();
    let mut lib = Library::default();
    // imported newest first, one a day, and a briefing whose body alone gives no date
    for (n, t) in texts.iter().rev().enumerate() {
        lib.import([t.as_str()], n as i64 * DAY, read);
    }
    let body: String = texts[5].split_once('\n').map_or("", |(_, b)| b).to_string();
    lib.import([body.as_str()], 20 * DAY, read);
    let dates = |how: &Listing| -> Vec<Option<String>> {
        lib.listed(how).iter().map(|e| e.summary.date.clone()).collect()
    };
    let newest = dates(&Listing::default());
    assert_eq!(newest.len(), 13);
    assert_eq!(newest[0].as_deref(), Some("2020-04-28"));
    assert_eq!(newest[11].as_deref(), Some("2016-11-04"));
    assert_eq!(newest[12], None, "the undated one comes last");
    let oldest = dates(&Listing { order: Order::OldestFirst, ..Listing::default() });
    assert_eq!(oldest[0].as_deref(), Some("2016-11-04"));
    assert_eq!(oldest[12], None, "the undated one comes last either way");
    let imported = lib.listed(&Listing { order: Order::Imported, ..Listing::default() });
    assert_eq!(imported[0].summary.date, None, "the last import first");
    // one kind and one host here; a filter on another lists nothing
    let (kinds, hosts) = lib.facets();
    assert_eq!(kinds, ["例行记者会"]);
    assert_eq!(hosts, ["外交部"]);
    let by = |kind: &str| Listing { kind: Some(kind.to_string()), ..Listing::default() };
    assert_eq!(lib.listed(&by("例行记者会")).len(), 13, "the undated body has its kind too");
    assert!(lib.listed(&by("新闻发布会")).is_empty());
}

#[test]
fn a_briefing_removed_comes_back_in_its_place_with_undo() {
    let texts = season();
    let mut lib = Library::default();
    lib.import(texts.iter().map(String::as_str), 0, read);
    let before = lib.clone();
    let fp = lib.entries()[4].fingerprint.clone();
    let removed = lib.remove(&fp).unwrap_or_else(|| panic!("{fp} is in the library"));
    assert_eq!(lib.entries().len(), 11);
    assert!(lib.get(&fp).is_none());
    assert!(lib.remove(&fp).is_none(), "nothing to remove twice");
    lib.restore(removed);
    assert_eq!(lib, before);
}

#[test]
fn the_library_file_moves_everything_to_another_device_and_merges_with_what_is_there() {
    let texts = season();
    let mut here = Library::default();
    here.import(texts[..8].iter().map(String::as_str), 5 * DAY, read);
    let mut there = Library::default();
    there.import(texts[6..].iter().map(String::as_str), 2 * DAY, read);
    // into an empty library: the same briefings, dates and summaries
    let mut fresh = Library::default();
    let merged = fresh.merge_file(&here.to_file(), read).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((merged.added, merged.already_there), (8, 0));
    assert_eq!(fresh, here);
    // into one that shares two: the union, each once, with the earlier import date
    let merged = there.merge_file(&here.to_file(), read).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((merged.added, merged.already_there), (6, 2));
    assert_eq!(there.entries().len(), 12);
    for e in there.entries() {
        let expected = if here.get(&e.fingerprint).is_some() && texts[..6].contains(&e.text) {
            5 * DAY
        } else {
            2 * DAY
        };
        assert_eq!(e.imported_ms, expected, "{}", e.summary.headline);
    }
    // merging the same file again changes nothing
    let again = there.clone();
    there.merge_file(&here.to_file(), read).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(there, again);
}

#[test]
fn a_damaged_library_file_changes_nothing_and_says_why() {
    let texts = season();
    let mut lib = Library::default();
    lib.import(texts[..2].iter().map(String::as_str), 0, read);
    let before = lib.clone();
    for bad in ["", "not json", "{\"format\":\"something else\",\"version\":1,\"briefings\":[]}"] {
        assert!(matches!(lib.merge_file(bad, read), Err(FileError::NotALibrary(_))), "{bad:?}");
    }
    let later = "{\"format\":\"briefing-explorer-library\",\"version\":9,\"briefings\":[]}";
    assert_eq!(lib.merge_file(later, read), Err(FileError::Version(9, 1)));
    assert_eq!(lib, before);
    // a file with one text that does not read: the other comes in, that one is named
    let file = serde_json::json!({
        "format": "briefing-explorer-library",
        "version": 1,
        "briefings": [
            { "imported": 0, "text": "（这段已损坏）\n只剩下一行字。" },
            { "imported": 0, "text": texts[5] },
        ],
    });
    let merged = lib.merge_file(&file.to_string(), read).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(merged.added, 1);
    assert_eq!(merged.unreadable.len(), 1);
    assert_eq!(merged.unreadable[0].0, 1);
    assert_eq!(merged.unreadable[0].1, "（这段已损坏）");
    assert_eq!(lib.entries().len(), before.entries().len() + 1);
}

#[test]
fn one_search_across_the_library_groups_its_hits_by_briefing_with_kind_and_speaker_facets() {
    use briefing::library::search::{Shelf, ShelfFilter};
    let texts = season();
    let scio = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/scio-press-conference.txt"
    ))
    .unwrap_or_else(|e| panic!("{e}"));
    let mut all: Vec<&str> = texts.iter().map(String::as_str).collect();
    all.push(&scio);
    let mut lib = Library::default();
    lib.import(all, 0, read);
    let read_back: Vec<(String, briefing::Briefing)> = lib
        .entries()
        .iter()
        .map(|e| (e.fingerprint.clone(), read(&e.text).unwrap_or_else(|err| panic!("{err}"))))
        .collect();
    let shelf =
        Shelf::new(read_back.iter().map(|(fp, b)| (fp.as_str(), b)), briefing::search::fold_script);
    assert_eq!(shelf.len(), 13);
    // 新冠 comes up in the 2020 briefings only, each a group of its own
    let r = shelf.run(&ShelfFilter { query: "新冠".into(), ..ShelfFilter::default() });
    assert!((3..=6).contains(&r.groups.len()), "{:?}", r.groups.len());
    for g in &r.groups {
        let e = lib.get(&g.fingerprint).unwrap_or_else(|| panic!("{}", g.fingerprint));
        assert!(e.summary.date.as_deref().is_some_and(|d| d.starts_with("2020")), "{e:?}");
        assert_eq!(g.hit_count, g.hits.iter().map(|h| h.spans.len()).sum::<usize>());
    }
    assert_eq!(r.hit_count, r.groups.iter().map(|g| g.hit_count).sum::<usize>());
    // the kind facet: 例行记者会 briefings with a hit; the SCIO press conference has none
    assert_eq!(r.kind_counts, [("例行记者会".to_string(), r.groups.len())]);
    // 工业 is in the press conference and, here and there, in the Foreign Ministry's
    let r = shelf.run(&ShelfFilter { query: "工业".into(), ..ShelfFilter::default() });
    let press = r.kind_counts.iter().find(|(k, _)| k == "新闻发布会").map(|(_, n)| *n);
    assert_eq!(press, Some(1));
    let only = ShelfFilter {
        query: "工业".into(),
        kinds: vec!["新闻发布会".into()],
        ..ShelfFilter::default()
    };
    let r2 = shelf.run(&only);
    assert_eq!(r2.groups.len(), 1);
    // (faceted: the kind filter leaves the kind counts as they were)
    assert_eq!(r2.kind_counts, r.kind_counts);
    // by speaker: the spokespeople who answered about 新冠, and a filter on one of them
    let r = shelf.run(&ShelfFilter { query: "新冠".into(), ..ShelfFilter::default() });
    let (who, n) = r.speaker_counts.first().cloned().unwrap_or_else(|| panic!("{r:?}"));
    let r2 = shelf.run(&ShelfFilter {
        query: "新冠".into(),
        speakers: vec![who.clone()],
        ..ShelfFilter::default()
    });
    assert_eq!(r2.groups.iter().map(|g| g.qas.len()).sum::<usize>(), n, "{who}");
    // asked in traditional characters, the same briefings and hits
    let ask = |q: &str| shelf.run(&ShelfFilter { query: q.into(), ..ShelfFilter::default() });
    let (simplified, traditional) = (ask("发展"), ask("發展"));
    assert!(simplified.groups.len() >= 5, "{}", simplified.groups.len());
    assert_eq!(traditional, simplified);
}

#[test]
fn a_kept_library_opens_from_its_summaries_and_reads_again_only_what_it_must() {
    let texts = season();
    let mut lib = Library::default();
    lib.import(texts.iter().take(4).map(String::as_str), DAY, read);
    let mut kept: Vec<Kept> = lib
        .entries()
        .iter()
        .map(|e| Kept {
            text: e.text.clone(),
            imported_ms: e.imported_ms,
            summary: Some(e.summary.to_kept()),
        })
        .collect();
    // a summary of another version, one damaged, a text twice, and a text that no longer reads
    kept[1].summary =
        Some(kept[1].summary.clone().unwrap_or_default().replace("\"v\":1", "\"v\":0"));
    kept[2].summary = Some("{".into());
    kept.push(kept[0].clone());
    kept.push(Kept { text: "不是发布会".into(), imported_ms: DAY, summary: None });
    let refuse_kept = |t: &str| {
        // a summary that reads is used as it is: the text is not read again
        assert!(t != texts[0] && t != texts[3], "read again although its summary was kept");
        read(t)
    };
    let (again, renewed, unreadable) = Library::from_kept(kept, refuse_kept);
    assert_eq!(again, lib, "the same library, in the same order, with the same summaries");
    assert_eq!(
        renewed,
        [lib.entries()[1].fingerprint.clone(), lib.entries()[2].fingerprint.clone()]
    );
    assert_eq!(unreadable.len(), 1);
    assert_eq!(unreadable[0].0.text, "不是发布会");
    assert_eq!(
        Summary::from_kept(&lib.entries()[0].summary.to_kept()),
        Some(lib.entries()[0].summary.clone())
    );
    // a briefing already read is added as `import` would add it, and only once
    let b = read(&texts[5]).expect("the shared transcript reads");
    let mut more = lib.clone();
    assert!(
        matches!(more.add_read(&texts[5], &b, 2 * DAY), Outcome::Added(s) if s.qas == b.qas().count())
    );
    assert!(matches!(more.add_read(&texts[5], &b, 3 * DAY), Outcome::AlreadyThere(_)));
    assert_eq!(more.entries().len(), 5);
}

#[test]
fn a_search_across_the_library_shows_each_hit_in_a_few_words_of_its_paragraph() {
    use briefing::library::search::{snippets, Shelf, ShelfFilter};
    let texts = season();
    let books: Vec<_> = texts.iter().take(6).map(|t| read(t).expect("reads")).collect();
    let mut shelf = Shelf::default();
    for (n, b) in books.iter().enumerate() {
        shelf.push(&n.to_string(), b, briefing::search::fold);
    }
    let found = shelf.run(&ShelfFilter { query: "中方".into(), ..ShelfFilter::default() });
    assert!(!found.groups.is_empty());
    let g = &found.groups[0];
    let b = &books[g.fingerprint.parse::<usize>().expect("an index")];
    let cut = snippets(b, &g.hits, 3, 12);
    assert_eq!(cut.len(), g.hits.len().min(3));
    for s in &cut {
        let marked: Vec<&str> = s.pieces.iter().filter(|p| p.1).map(|p| p.0.as_str()).collect();
        assert!(!marked.is_empty() && marked.iter().all(|m| *m == "中方"), "{:?}", s.pieces);
        let whole: String = s.pieces.iter().map(|p| p.0.trim_matches('…')).collect();
        let para = b.paragraphs().find(|p| p.line == s.line).expect("the paragraph");
        assert!(para.text.contains(&whole), "a cut of its paragraph: {whole}");
        assert!(whole.chars().count() <= 12 * 3, "a few words, not the paragraph");
    }
}

#[test]
fn a_figure_finds_the_same_measure_in_the_other_briefings_in_date_order() {
    use briefing::figures::measure::{across, measure_of_id};
    let fixture = |name: &str| {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
        read(&std::fs::read_to_string(path).unwrap_or_default()).expect("the fixture reads")
    };
    let built_in = briefing::parse::parse(include_str!("../../../data/miit-2020-briefing.txt"))
        .expect("the built-in briefing parses");
    let station = built_in
        .figures()
        .find(|f| {
            f.text.contains('万')
                && built_in.paragraphs().any(|p| p.figures.contains(f) && p.text.contains("5G基站"))
        })
        .expect("a count of 5G base stations");
    let m = measure_of_id(&built_in, &station.id).expect("its measure");
    let (scio, other) = (fixture("scio-press-conference.txt"), fixture("other-briefing.txt"));
    let books = [(&scio, Some("2024-01-19")), (&other, Some("2021-02-01")), (&scio, None)];
    let found = across(&m, &books);
    let texts: Vec<(usize, &str)> =
        found.iter().map(|a| (a.book, a.figure.text.as_str())).collect();
    // the earlier briefing first, the undated one last; a city's plan of 3,000 is the same measure
    assert_eq!(texts.first().map(|t| t.0), Some(1), "{texts:?}");
    assert!(texts.iter().any(|t| t.0 == 1 && t.1.contains("3000")), "{texts:?}");
    assert!(texts.iter().any(|t| t.0 == 0 && t.1.contains("42万")), "{texts:?}");
    assert_eq!(texts.last().map(|t| t.0), Some(2), "{texts:?}");
    // users, not stations: a share is not the same measure
    assert!(texts.iter().all(|t| !t.1.contains('%')), "{texts:?}");
}
