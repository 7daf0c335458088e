use super::*;

fn lowers(t: &Text) -> Vec<String> {
    t.words.iter().map(|w| t.lower(w).to_string()).collect()
}

#[test]
fn words_keep_contractions_and_normalise_curly_apostrophes() {
    let t = Text::new("We won\u{2019}t blame the courier's van. OK?");
    assert_eq!(
        lowers(&t),
        ["we", "won't", "blame", "the", "courier's", "van", "ok"]
    );
    assert_eq!(t.sentences.len(), 2);
    assert_eq!(
        &t.src[t.sentences[0].0..t.sentences[0].1],
        "We won\u{2019}t blame the courier's van."
    );
    assert_eq!(t.words[6].sentence, 1);
}

#[test]
fn a_smiley_before_a_space_ends_a_sentence() {
    let t = Text::new("Order earlier \u{1F642} Message us. Thanks \u{2764}\u{FE0F}");
    assert_eq!(t.sentences.len(), 3, "{:?}", t.sentences);
    assert_eq!(t.words[2].sentence, 1, "\"Message\" opens the second");
    let one = Text::new("Ten out of ten\u{1F642}!");
    assert_eq!(one.sentences.len(), 1);
}

#[test]
fn clauses_split_on_commas_and_but() {
    let t = Text::new("Not ours, the courier broke it but we fix it");
    let c: Vec<u32> = t.words.iter().map(|w| w.clause).collect();
    assert!(c[0] < c[2] && c[2] < c[6]);
}

#[test]
fn quotes_need_both_marks() {
    let t = Text::new("You wrote \"BLUE\" and \u{201c}awful\u{201d}; it's 'fine'. A stray \" here");
    let quoted: Vec<&str> = t.quotes.iter().map(|&(s, e)| &t.src[s..e]).collect();
    assert_eq!(quoted, ["BLUE", "awful", "fine"]);
    assert!(t.words.iter().any(|w| w.quoted && t.raw(w) == "BLUE"));
    assert!(!t.words.iter().any(|w| w.quoted && t.raw(w) == "here"));
}

#[test]
fn line_and_column_are_one_based_characters() {
    let s = "é1\nab c";
    assert_eq!(line_col(s, 0), (1, 1));
    assert_eq!(line_col(s, 2), (1, 2));
    assert_eq!(line_col(s, s.find('c').unwrap()), (2, 4));
}

#[test]
fn filled_positions_match_the_one_at_a_time_answer() {
    use super::super::{Category, DraftPart, Finding, Severity};
    let s = "Hé said \"no\" twice.\nSecond line — ünïcode here.\n\nFourth, with more words";
    let starts: Vec<usize> = s.char_indices().map(|(i, _)| i).step_by(3).collect();
    let mut findings: Vec<Finding> = starts
        .iter()
        .map(|&start| Finding {
            category: Category::Generic,
            severity: Severity::Tip,
            evidence: Default::default(),
            draft: DraftPart::Public,
            start,
            end: start,
            line: 0,
            column: 0,
            reason: super::super::Reason::Missing,
        })
        .collect();
    let mut refs: Vec<&mut Finding> = findings.iter_mut().collect();
    fill_line_col(s, &mut refs);
    for f in &findings {
        assert_eq!((f.line, f.column), line_col(s, f.start), "at {}", f.start);
    }
}
