use super::*;

fn groups() -> BTreeMap<String, Vec<String>> {
    let mut g = BTreeMap::new();
    g.insert(
        "carrier".to_string(),
        vec!["courier".to_string(), "royal mail".to_string()],
    );
    g
}

fn negs() -> FxSet<Box<str>> {
    ["not", "never", "no"].iter().map(|s| (*s).into()).collect()
}

fn find(phrase: &str, text: &str) -> Vec<(String, bool)> {
    let mut m = Matcher::default();
    m.add(List::Blame, 0, phrase, &groups()).unwrap();
    let t = Text::new(text);
    m.find(&t, &negs())
        .into_iter()
        .map(|x| {
            (
                t.src[t.words[x.first].start..t.words[x.last].end].to_string(),
                x.negated,
            )
        })
        .collect()
}

#[test]
fn syntax_expands_groups_alternatives_prefixes_and_gaps() {
    assert_eq!(
        find(
            "the? {carrier} broke|lost",
            "Royal Mail lost it; the courier broke it"
        ),
        [
            ("Royal Mail lost".into(), false),
            ("the courier broke".into(), false)
        ]
    );
    assert_eq!(
        find("apologi*", "We apologise."),
        [("apologise".into(), false)]
    );
    assert_eq!(
        find("blame .. courier", "blame the poor courier"),
        [("blame the poor courier".into(), false)]
    );
    assert_eq!(
        find("{carrier}'s fault", "the courier\u{2019}s fault"),
        [("courier\u{2019}s fault".into(), false)]
    );
}

#[test]
fn negation_stays_in_its_clause_and_phrases_stay_in_their_sentence() {
    assert_eq!(
        find("blame the courier", "I will not blame the courier"),
        [("blame the courier".into(), true)]
    );
    assert_eq!(
        find("blame the courier", "Not us, blame the courier"),
        [("blame the courier".into(), false)]
    );
    assert!(find("courier broke", "the courier. Broke").is_empty());
}

#[test]
fn bad_phrases_are_refused() {
    let mut m = Matcher::default();
    assert!(matches!(
        m.add(List::Blame, 0, "{nope} x", &groups()),
        Err(PhraseError::UnknownGroup { .. })
    ));
    assert!(matches!(
        m.add(List::Blame, 0, "* x", &groups()),
        Err(PhraseError::BadStart { .. })
    ));
}
