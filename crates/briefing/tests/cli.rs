//! The `briefing` command line as a user runs it.

use std::process::Command;

fn briefing(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("runs");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

#[test]
fn parse_prints_the_checked_in_json() {
    let (code, stdout, _) =
        briefing(&["parse", "data/miit-2020-briefing.txt", "--glosses", "data/figure-glosses.tsv"]);
    assert_eq!(code, 0);
    let json =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/briefing.json"))
            .expect("data/briefing.json");
    assert_eq!(stdout.trim_end(), json.trim_end());
}

#[test]
fn a_bad_transcript_exits_non_zero_with_the_line() {
    let dir = std::env::temp_dir().join(format!("briefing-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("bad.txt");
    std::fs::write(&file, "编者按：说明。\n\n标题\n\n热点二:错位\n").expect("write");
    let path = file.to_string_lossy().into_owned();
    let (code, stdout, stderr) = briefing(&["parse", &path]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty());
    assert!(stderr.contains("line 5: expected heading 热点一, found 热点二"), "{stderr}");
    let (code, _, stderr) = briefing(&["parse", "no/such/file.txt"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("cannot read no/such/file.txt"), "{stderr}");
    let (code, _, _) = briefing(&["frobnicate"]);
    assert_eq!(code, 2);
}

#[test]
fn figures_lists_every_figure_as_tsv() {
    let (code, stdout, _) = briefing(&[
        "figures",
        "data/miit-2020-briefing.txt",
        "--glosses",
        "data/figure-glosses.tsv",
    ]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines[0].starts_with("id\ttext\tvalue\tunit"));
    let base = lines.iter().find(|l| l.contains("\t超过60万个\t")).expect("the 5G base stations");
    assert!(base.contains("\t600000\tcount\t个\tover\tstatistic\t2\t5G\t赵志国\tover 600,000 5G base stations built in 2020\t"), "{base}");
    let (code, _, stderr) =
        briefing(&["figures", "data/miit-2020-briefing.txt", "--glosses", "no/such.tsv"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("cannot read no/such.tsv"), "{stderr}");
}

#[test]
fn quiz_exports_json_and_anki_tsv() {
    let (code, json, _) = briefing(&["quiz", "--seed", "3", "--count", "8", "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let qs = v.as_array().expect("an array");
    assert_eq!(qs.len(), 8);
    for q in qs {
        for key in ["kind", "prompt", "answer", "source"] {
            assert!(q.get(key).is_some(), "{key} in {q}");
        }
        match q["answer"].as_u64() {
            Some(i) => assert!((i as usize) < q["options"].as_array().map_or(0, |o| o.len())),
            None => assert!(q["answer"].is_string(), "typed answers are text"),
        }
    }
    let (_, again, _) = briefing(&["quiz", "--count", "8", "--seed", "3"]);
    assert_eq!(json, again, "same seed, same quiz; json is the default format");

    let (code, tsv, _) =
        briefing(&["quiz", "--seed", "3", "--count", "8", "--format", "tsv", "--topics", "2,6"]);
    assert_eq!(code, 0);
    let rows: Vec<&str> = tsv.lines().collect();
    assert_eq!(rows.len(), 8);
    for row in rows {
        let cols: Vec<&str> = row.split('\t').collect();
        assert_eq!(cols.len(), 3, "front, back, tags: {row}");
        assert!(cols[2].contains("topic2") || cols[2].contains("topic6"), "{row}");
    }

    // only the kinds asked for, named as in the quiz URL
    let (code, json, _) =
        briefing(&["quiz", "--seed", "3", "--count", "50", "--kinds", "year,term"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let kinds: std::collections::BTreeSet<&str> =
        v.as_array().expect("an array").iter().filter_map(|q| q["kind"].as_str()).collect();
    assert_eq!(kinds.into_iter().collect::<Vec<_>>(), ["term", "year"]);

    for bad in [
        &["quiz", "--count", "3"][..],
        &["quiz", "--seed", "x", "--count", "3"],
        &["quiz", "--seed", "1", "--count", "3", "--format", "xml"],
        &["quiz", "--seed", "1", "--count", "3", "--topics", "99"],
        &["quiz", "--seed", "1", "--count", "3", "--kinds", "year,nope"],
    ] {
        let (code, _, stderr) = briefing(bad);
        assert_eq!(code, 2, "{bad:?}: {stderr}");
    }
}

#[test]
fn figures_export_as_csv_for_spreadsheets_and_as_json() {
    let (code, csv, _) = briefing(&[
        "figures",
        "data/miit-2020-briefing.txt",
        "--glosses",
        "data/figure-glosses.tsv",
        "--format",
        "csv",
    ]);
    assert_eq!(code, 0);
    assert!(
        csv.starts_with("\u{feff}id,text,value,unit,"),
        "UTF-8 with a byte-order mark, then the header"
    );
    let rows: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(rows.len(), 57, "a header and the 56 figures");
    let base = rows.iter().find(|r| r.contains(",超过60万个,")).expect("the 5G base stations");
    assert!(base.contains(",600000,count,个,over,statistic,2,5G,赵志国,"), "{base}");
    // a gloss with a comma is quoted, so every row has the same 12 cells
    let quoted = rows.iter().filter(|r| r.contains('"')).count();
    assert!(quoted > 0, "some glosses hold commas and must be quoted");

    let (code, json, _) = briefing(&["figures", "data/miit-2020-briefing.txt", "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let all = v.as_array().expect("an array");
    assert_eq!(all.len(), 56);
    let base = all.iter().find(|f| f["text"] == "超过60万个").expect("the 5G base stations");
    assert_eq!(base["value"], 600000.0);
    assert_eq!(base["topic_title"], "5G");
    assert_eq!(base["speaker"], "赵志国");

    let (code, _, stderr) =
        briefing(&["figures", "data/miit-2020-briefing.txt", "--format", "xlsx"]);
    assert_eq!(code, 2, "{stderr}");
}

#[test]
fn another_transcript_of_the_same_shape_parses() {
    let (code, json, stderr) =
        briefing(&["parse", "crates/briefing/tests/fixtures/other-briefing.txt"]);
    assert_eq!(code, 0, "{stderr}");
    let b = briefing::Briefing::from_json(&json).expect("the briefing JSON");
    assert_eq!(b.headline, "某市解读2021年工业发展热点");
    assert_eq!(b.topics.len(), 2);
    assert_eq!(b.topics[1].qas.len(), 2);
    let names: Vec<&str> = b.speakers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["李明", "王芳"]);
    let figs: Vec<&str> = b.figures().map(|f| f.text.as_str()).collect();
    for f in ["8.2%", "超过300家", "3000个", "不少于200家", "60%以上", "1.5亿元"] {
        assert!(figs.contains(&f), "{f} not among {figs:?}");
    }
    // its figures export like the built-in briefing's
    let (code, csv, _) = briefing(&[
        "figures",
        "crates/briefing/tests/fixtures/other-briefing.txt",
        "--format",
        "csv",
    ]);
    assert_eq!(code, 0);
    assert!(csv.contains(",1.5亿元,150000000,yuan,"), "{csv}");
}

#[test]
fn a_bad_transcript_fails_with_its_line_number() {
    let (code, stdout, stderr) =
        briefing(&["parse", "crates/briefing/tests/fixtures/broken-briefing.txt"]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty());
    assert!(stderr.contains("crates/briefing/tests/fixtures/broken-briefing.txt:line 11: expected heading 热点二, found 热点三"), "{stderr}");
}

/// `briefing study` of the log at `path` on 2026-12-05 08:00 UTC, with more flags: its JSON.
fn study_at(path: &str, more: &[&str]) -> serde_json::Value {
    let args: Vec<&str> = ["study", "--log", path, "--at", "2026-12-05T08:00:00Z"]
        .into_iter()
        .chain(more.iter().copied())
        .collect();
    let (code, stdout, stderr) = briefing(&args);
    assert_eq!(code, 0, "{stderr}");
    serde_json::from_str(&stdout).expect("JSON")
}

/// Writes a study log to a file of its own in the temp folder; its path.
fn log_file(name: &str, csv: &str) -> String {
    let dir = std::env::temp_dir().join(format!("briefing-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("log.csv");
    std::fs::write(&file, csv).expect("write");
    file.to_string_lossy().into_owned()
}

#[test]
fn study_reports_each_questions_memory_and_the_exam_day_forecast() {
    let path = log_file(
        "study",
        "id,time,result\nq1,2026-12-01T08:00:00Z,right\n\
         q1,2026-12-01T08:10:00Z,right\nq2,2026-12-01T08:00:00Z,wrong\n",
    );
    let v = study_at(&path, &["--exam", "2026-12-20", "--retention", "0.85"]);
    assert_eq!(v["at"], "2026-12-05T08:00:00Z");
    assert_eq!(v["exam"], "2026-12-20");
    assert_eq!(v["retention"], 0.85);
    let items = v["items"].as_array().expect("items");
    assert_eq!(
        items.iter().map(|i| i["id"].as_str().unwrap_or("")).collect::<Vec<_>>(),
        ["q1", "q2"]
    );
    let q1 = &items[0];
    assert_eq!((q1["reviews"].as_u64(), q1["lapses"].as_u64()), (Some(2), Some(0)));
    assert_eq!(q1["last_review"], "2026-12-01T08:10:00Z");
    // FSRS-6's initial stability for Good (w2), in days; kept by the same-day Good
    assert!((q1["stability"].as_f64().unwrap_or(0.0) - 2.3065).abs() < 1e-9, "{q1}");
    let (now, exam) =
        (q1["recall_now"].as_f64().unwrap_or(2.0), q1["recall_at_exam"].as_f64().unwrap_or(2.0));
    assert!(0.0 < exam && exam < now && now < 1.0, "{q1}");
    let mean = items.iter().map(|i| i["recall_at_exam"].as_f64().unwrap_or(0.0)).sum::<f64>() / 2.0;
    assert!((v["forecast"].as_f64().unwrap_or(0.0) - mean).abs() < 1e-12);
    // one briefing here, the built-in one (ids without a fingerprint)
    let briefings = v["briefings"].as_array().expect("briefings");
    assert_eq!(briefings.len(), 1);
    assert!(briefings[0]["briefing"].is_null());
    assert_eq!(
        (briefings[0]["items"].as_u64(), &briefings[0]["forecast"]),
        (Some(2), &v["forecast"])
    );
    // no exam: no forecast
    let (code, stdout, _) = briefing(&["study", "--log", &path, "--at", "2026-12-05T08:00:00Z"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    assert!(
        v["exam"].is_null() && v["forecast"].is_null() && v["items"][0]["recall_at_exam"].is_null()
    );
    assert_eq!(v["retention"], 0.9);
}

#[test]
fn study_refuses_a_malformed_log_line_by_number() {
    let dir = std::env::temp_dir().join(format!("briefing-cli-study-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("log.csv");
    std::fs::write(
        &file,
        "id,time,result\nq1,2026-12-01T08:00:00Z,right\nq1,2026-12-01 08:10,right\n",
    )
    .expect("write");
    let path = file.to_string_lossy().into_owned();
    let (code, stdout, stderr) = briefing(&["study", "--log", &path]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("line 3: the time \"2026-12-01 08:10\" is not ISO 8601 UTC"),
        "{stderr}"
    );
    for bad in [
        &["study"][..],
        &["study", "--log", &path, "--retention", "0.99"],
        &["study", "--log", &path, "--exam", "2026-02-30"],
        &["study", "--log", &path, "--at"],
    ] {
        assert_eq!(briefing(bad).0, 2, "{bad:?}");
    }
}

#[test]
fn help_after_a_command_prints_the_usage() {
    for cmd in [&["study", "--help"][..], &["quiz", "-h"], &["figures", "--help"]] {
        let (code, out, err) = briefing(cmd);
        assert_eq!(code, 0, "{cmd:?}: {err}");
        assert!(out.contains("briefing study --log FILE"), "{cmd:?}: {out}");
        assert!(err.is_empty(), "{cmd:?}: {err}");
    }
}

#[test]
fn study_reports_each_briefing_of_a_library_record() {
    // the built-in briefing's q1, and two questions of an imported one (its fingerprint first)
    let path = log_file(
        "library",
        "id,time,result\nq1,2026-12-01T08:00:00Z,right\n\
         0123456789abcdef/q1,2026-12-02T08:00:00Z,right\n\
         0123456789abcdef/q2,2026-12-02T08:05:00Z,wrong\n",
    );
    let v = study_at(&path, &["--exam", "2026-12-20"]);
    let b = v["briefings"].as_array().expect("briefings");
    assert_eq!(b.len(), 2, "{v}");
    assert!(b[0]["briefing"].is_null());
    assert_eq!(b[0]["items"].as_u64(), Some(1));
    assert_eq!(b[1]["briefing"], "0123456789abcdef");
    assert_eq!(b[1]["items"].as_u64(), Some(2));
    // the whole record's forecast is the mean over all three questions
    let f = |x: &serde_json::Value| x["forecast"].as_f64().unwrap_or(-1.0);
    assert!((f(&v) - (f(&b[0]) + 2.0 * f(&b[1])) / 3.0).abs() < 1e-12, "{v}");
}
