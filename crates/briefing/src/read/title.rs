//! A short title for a section of a transcript without topic headings, taken from its
//! question: the first clause that says what the question is about, without the lead-ins
//! (据报道, 近日, 请问 …), the courtesies and the closing ask (中方对此有何评论). Never cut in the
//! middle of a word or a phrase: a clause too long for a title is cut only before a word that
//! starts a new phrase (指责, 表示, 已经 …), and left whole when there is none. Never before 的:
//! what stands before it is a modifier without the noun it belongs to.

/// Longest title, in characters, that a clause may be before it is cut.
const MAX_CHARS: usize = 30;
/// Shortest clause worth a title.
const MIN_CHARS: usize = 4;

/// Lead-ins dropped from the front of a clause, longest first where one contains another.
const LEAD_INS: &[&str] = &[
    "我想问一下",
    "我想请问",
    "我想追问一下",
    "还想追问一下",
    "还想追问一个",
    "追问一下",
    "我想追问",
    "还想追问",
    "你刚才宣布了",
    "我的问题是",
    "我有两个问题",
    "我有一个问题",
    "第一个问题",
    "第二个问题",
    "你刚才说",
    "刚才你说",
    "你刚才提到",
    "你刚才宣布",
    "你刚刚发布了",
    "你刚才发布了",
    "你提到",
    "有报道称",
    "有消息称",
    "据媒体报道",
    "另据报道",
    "据报道",
    "据悉",
    "据称",
    "我们注意到",
    "我注意到",
    "我们看到",
    "我们从网上看到",
    "近几个月",
    "前一段时间",
    "近来",
    "近日",
    "近期",
    "日前",
    "昨天",
    "今天",
    "今日",
    "昨日",
    "本周",
    "上周",
    "刚才",
    "另外",
    "还有",
    "此外",
    "首先",
    "其次",
    "第一",
    "第二",
    "第三",
    "请问",
    "谢谢",
    "你好",
    "您好",
    "主持人",
    "发言人",
    "部长",
    "关于",
];

/// Clauses that ask but do not say about what: never a title.
const ASKS: &[&str] = &[
    "有何评论",
    "有何回应",
    "有何评价",
    "有何看法",
    "有何期待",
    "有何反应",
    "怎么看",
    "如何看待",
    "如何评价",
    "如何回应",
    "能否介绍",
    "能否证实",
    "是否属实",
    "请介绍",
    "请证实",
    "有何进展",
    "对此有何",
    "谢谢",
    "有什么评论",
    "有什么回应",
    "是否",
    "能否",
    "可否",
    "何时",
];

/// Verbs of saying: a clause that ends in one only says who spoke; the next says what.
const SAYS: &[&str] = &[
    "报道称",
    "表示",
    "指出",
    "透露",
    "宣布",
    "强调",
    "认为",
    "声称",
    "称",
    "说",
    "会想",
    "显示",
    "报道",
];

/// Words of when left at the end of a cut clause (特朗普昨日 | 宣布…): dropped with the cut.
const WHEN_AT_END: &[&str] = &["近日", "日前", "昨日", "昨天", "今日", "今天", "近期", "日"];

/// Words before which a long clause may be cut, each with the characters that, standing just
/// before it, make it the end of a longer word (应对, 正在, 即将, 声称), and those that, just
/// after it, make it the start of one (对峙, 在内): no cut there.
const CUT_BEFORE: &[(&str, &str, &str)] = &[
    ("指责", "", ""),
    ("表示", "", ""),
    ("宣布", "", ""),
    ("发布", "颁公", ""),
    ("称", "声号简堪自宣据", "号"),
    ("对", "应针面反绝相核比派作", "峙话手象比付抗接照等外内方于"),
    ("将", "即必终", "领军士"),
    ("正在", "", ""),
    ("在", "正存现所实自内", "内于华"),
    // the predicate after its subject: 派遣的联合工作组 | 已于4月27日回国
    ("已经", "", ""),
    ("已于", "", ""),
    ("已", "而早", "经于"),
];

/// Adverbs left hanging at the end of a cut clause (…发言人曾 表示): dropped with the cut.
const HANGING: &str = "曾也还已都将又再均仍就正于";

/// The title of a section whose question is `question` (in the script it was printed in;
/// matched on `folded`, its simplified form, char for char).
pub fn from_question(question: &str, folded: &str) -> String {
    let chars: Vec<char> = question.chars().collect();
    let fchars: Vec<char> = folded.chars().collect();
    if chars.len() != fchars.len() {
        return question.chars().take(MAX_CHARS).collect();
    }
    let mut clauses: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for (i, &c) in fchars.iter().enumerate() {
        if "，。？！；：,?!;:".contains(c) {
            clauses.push((start, i));
            start = i + 1;
        }
    }
    clauses.push((start, fchars.len()));
    let text = |a: usize, b: usize| -> String { chars[a..b].iter().collect() };
    let ftext = |a: usize, b: usize| -> String { fchars[a..b].iter().collect() };
    let mut fallback = None;
    for (k, &(mut a, b)) in clauses.iter().enumerate() {
        // the lead-ins, as often as they come (近日，据报道，…)
        'strip: loop {
            let rest = ftext(a, b);
            for l in LEAD_INS {
                if rest.starts_with(l) {
                    a += l.chars().count();
                    continue 'strip;
                }
            }
            break;
        }
        let f = ftext(a, b);
        let n = b.saturating_sub(a);
        // a source, not a subject: 据《华尔街日报》报道, 据联合国官员称, 据了解
        if f.starts_with('据') && (f.ends_with("了解") || SAYS.iter().any(|v| f.ends_with(v))) {
            continue;
        }
        let usable = |f: &str, n: usize| {
            n >= MIN_CHARS && !ASKS.iter().any(|ask| f.contains(ask)) && !is_when(f)
        };
        if !usable(&f, n) {
            if n >= 2 && fallback.is_none() && !is_when(&f) {
                fallback = Some((a, b));
            }
            continue;
        }
        // 某某4日称，<what>: the next clause that says something (past one more that only
        // says who: 《纽约时报》报道称，其获悉的文件显示，<what>)
        if SAYS.iter().any(|v| f.ends_with(v)) && n <= 16 {
            for &(na, nb) in clauses.iter().skip(k + 1).take(2) {
                let nf = ftext(na, nb);
                if !SAYS.iter().any(|v| nf.ends_with(v)) {
                    if usable(&nf, nb - na) {
                        return shorten(&chars[na..nb], &fchars[na..nb], false);
                    }
                    break;
                }
            }
        }
        // who said it, without the verb of saying: 印度医学研究理事会（ICMR）称 → …（ICMR）
        let said =
            SAYS.iter().filter(|v| f.ends_with(*v)).map(|v| v.chars().count()).min().unwrap_or(0);
        let b = if n - said >= MIN_CHARS { b - said } else { b };
        return shorten(&chars[a..b], &fchars[a..b], said > 0);
    }
    match fallback {
        Some((a, b)) => shorten(&chars[a..b], &fchars[a..b], false),
        None => text(0, chars.len().min(MAX_CHARS)),
    }
}

/// A clause that only says when: 11月20日, 4月22日, 上周五.
fn is_when(f: &str) -> bool {
    let n = f.chars().count();
    n <= 8
        && f.chars().all(|c| {
            c.is_ascii_digit() || "年月日号时分上下午晚早前后本周星期一二三四五六天至—-".contains(c)
        })
}

/// A clause of at most [`MAX_CHARS`], or cut before the last [`CUT_BEFORE`] word that leaves
/// at least [`MIN_CHARS`] + 2 characters; whole when there is no such place. `cut`: the
/// clause's end was taken off already (its verb of saying), so what hangs there goes too.
fn shorten(chars: &[char], fchars: &[char], cut: bool) -> String {
    let mut best = None;
    if chars.len() > MAX_CHARS {
        let f: String = fchars.iter().collect();
        for (w, joins, starts) in CUT_BEFORE {
            for (byte, _) in f.match_indices(w) {
                let at = f[..byte].chars().count();
                let after = fchars.get(at + w.chars().count());
                let joined = (at > 0 && joins.contains(fchars[at - 1]))
                    || after.is_some_and(|c| starts.contains(*c));
                let fits = (MIN_CHARS + 2..=MAX_CHARS).contains(&at);
                if !joined && fits && best.is_none_or(|b| at > b) {
                    best = Some(at);
                }
            }
        }
    }
    let mut end = best.unwrap_or(chars.len());
    // what the cut left hanging: adverbs, and when (…蒂勒森将于4日 | 在华盛顿…)
    while (cut || best.is_some()) && end > MIN_CHARS {
        let tail: String = fchars[..end].iter().collect();
        if HANGING.contains(fchars[end - 1]) {
            end -= 1;
        } else if let Some(w) = WHEN_AT_END.iter().find(|w| tail.ends_with(*w)) {
            end -= w.chars().count();
            while end > MIN_CHARS && fchars[end - 1].is_ascii_digit() {
                end -= 1;
            }
        } else {
            break;
        }
    }
    balanced(chars[..end].iter().collect())
}

/// Drops an opening quote or bracket whose closing one was cut off, so a title never shows
/// half a pair.
fn balanced(mut s: String) -> String {
    for (open, close) in [('“', '”'), ('《', '》'), ('（', '）'), ('「', '」')] {
        let opens = s.chars().filter(|&c| c == open).count();
        let closes = s.chars().filter(|&c| c == close).count();
        if opens > closes {
            s = s.chars().filter(|&c| c != open).collect();
        }
    }
    s.trim_end_matches(['的', '、']).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(q: &str) -> String {
        from_question(q, &crate::script::simplified(q))
    }

    #[test]
    fn takes_the_clause_that_says_what_the_question_is_about() {
        assert_eq!(
            title("据报道，近日，某国宣布将于下月举行大选。中方对此有何评论？"),
            "某国宣布将于下月举行大选"
        );
        assert_eq!(
            title("气候变化《巴黎协定》今天正式生效。中方对此有何评论？"),
            "气候变化《巴黎协定》今天正式生效"
        );
    }

    #[test]
    fn cuts_a_long_clause_only_before_a_new_phrase() {
        let t = title("美国白宫国家贸易和制造业政策办公室主任某某指责中国在疫情初期隐瞒信息。你对此有何评论？");
        assert!(t.chars().count() <= MAX_CHARS, "{t}");
        assert!(
            "美国白宫国家贸易和制造业政策办公室主任某某指责中国在疫情初期隐瞒信息".starts_with(&t)
        );
    }

    #[test]
    fn never_leaves_a_modifier_without_its_noun() {
        // cut before the predicate, not before 的
        assert_eq!(
            title("某国向邻国派遣的联合调查工作组已于4月27日结束为期两周的全部调查工作并启程回国，你能否介绍情况？"),
            "某国向邻国派遣的联合调查工作组"
        );
        assert_eq!(
            title("计划今天举行的某某国家和地区应对新冠肺炎疫情特别外长视频会议已经召开了吗？"),
            "计划今天举行的某某国家和地区应对新冠肺炎疫情特别外长视频会议"
        );
        // who said it, when what they said makes no title
        assert_eq!(
            title("昨天，某国最重要的医疗机构某某医学研究理事会（XMRC）称，自两家公司进口的大量检测试剂盒存在问题并已停用。"),
            "某国最重要的医疗机构某某医学研究理事会（XMRC）"
        );
    }

    #[test]
    fn a_question_that_only_asks_still_gets_a_title() {
        assert_eq!(title("中方对此有何评论？"), "中方对此有何评论");
    }
}
