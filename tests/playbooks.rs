//! The shipped playbooks and the first-run sample review: they parse, they
//! are complete, and their wording fits an 80-column terminal.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use heard::domain::{Playbook, StepKind};

/// Every step kind, in the order the default playbook walks them.
const HEARD_ORDER: [StepKind; 9] = [
    StepKind::CheckIn,
    StepKind::Breathe,
    StepKind::Read,
    StepKind::Triage,
    StepKind::Empathise,
    StepKind::Apologise,
    StepKind::Choices,
    StepKind::Compose,
    StepKind::Diagnosis,
];

/// Fails to compile when a step kind is added, so `HEARD_ORDER` (and
/// heard.toml) cannot silently miss it.
fn ordinal(kind: StepKind) -> usize {
    match kind {
        StepKind::CheckIn => 0,
        StepKind::Breathe => 1,
        StepKind::Read => 2,
        StepKind::Triage => 3,
        StepKind::Empathise => 4,
        StepKind::Apologise => 5,
        StepKind::Choices => 6,
        StepKind::Compose => 7,
        StepKind::Diagnosis => 8,
    }
}

const MAX_PHRASE: usize = 110;
const MAX_TEXT: usize = 220;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// (file stem, playbook) for every `playbooks/*.toml`, sorted by name.
fn shipped() -> Vec<(String, Playbook)> {
    let dir = root().join("playbooks");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no playbooks in {}", dir.display());
    paths
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).unwrap();
            let name = path.display().to_string();
            let playbook = Playbook::parse(&text, &name).unwrap_or_else(|e| panic!("{e}"));
            (stem(path), playbook)
        })
        .collect()
}

fn stem(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

fn by_id(id: &str) -> Playbook {
    shipped()
        .into_iter()
        .find(|(_, p)| p.id == id)
        .unwrap_or_else(|| panic!("playbooks/{id}.toml is missing"))
        .1
}

#[test]
fn every_playbook_parses_and_its_id_is_its_file_name() {
    let mut seen: HashMap<String, String> = HashMap::new();
    for (stem, p) in shipped() {
        assert_eq!(p.id, stem, "playbooks/{stem}.toml has id `{}`", p.id);
        if let Some(other) = seen.insert(p.id.clone(), stem.clone()) {
            panic!("id `{}` used by {other}.toml and {stem}.toml", p.id);
        }
        assert!(!p.name.trim().is_empty(), "{stem}: empty name");
        assert!(
            !p.description.trim().is_empty(),
            "{stem}: empty description"
        );
    }
    for id in ["heard", "calm-owner", "thank-you", "ecommerce"] {
        assert!(seen.contains_key(id), "playbooks/{id}.toml is missing");
    }
}

#[test]
fn default_playbook_walks_every_step_kind_once_in_heard_order() {
    // As a case walks it: heard places triage after reading.
    let p = heard::domain::triage::with_triage(by_id("heard"));
    let mut count = [0usize; HEARD_ORDER.len()];
    for step in &p.steps {
        count[ordinal(step.kind)] += 1;
    }
    for kind in HEARD_ORDER {
        assert_eq!(
            count[ordinal(kind)],
            1,
            "heard.toml: {} steps",
            kind.label()
        );
    }
    let kinds: Vec<StepKind> = p.steps.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, HEARD_ORDER);

    // The numbers the brief and the seeds ask for.
    let g = &p.gates;
    assert_eq!((g.cooldown_minutes, g.upset_cooldown_minutes), (15, 60));
    assert_eq!(g.upset_from, 3);
    assert!(g.peer_review);
    assert_eq!((g.response_deadline_hours, g.follow_up_days), (24, 3));
    let breathe = p.step_of_kind(StepKind::Breathe).unwrap();
    assert_eq!((breathe.pattern(), breathe.cycles()), ([4, 4, 4, 4], 3));
    let read = p.step_of_kind(StepKind::Read).unwrap();
    assert_eq!(read.min_reads(), 2);
    assert_eq!(read.questions.len(), 4);
    assert!(p.min_choices() >= 2);
}

#[test]
fn calm_owner_waits_an_hour_or_more_when_upset() {
    let p = by_id("calm-owner");
    assert!(p.gates.upset_cooldown_minutes >= 60, "{:?}", p.gates);
    assert!(p.gates.peer_review);
    let heard = by_id("heard");
    let breathe = p.step_of_kind(StepKind::Breathe).unwrap();
    let default_breathe = heard.step_of_kind(StepKind::Breathe).unwrap();
    assert!(breathe.breathing_seconds() > default_breathe.breathing_seconds());
    assert!(p.step_of_kind(StepKind::Read).unwrap().min_reads() >= 3);
}

#[test]
fn thank_you_is_short_and_needs_no_colleague() {
    let p = by_id("thank-you");
    let kinds: Vec<StepKind> = p.steps.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [StepKind::CheckIn, StepKind::Read, StepKind::Compose]
    );
    assert!(!p.gates.peer_review);
    assert_eq!(p.gates.response_deadline_hours, 48);
}

#[test]
fn playbooks_for_complaints_block_the_unsafe_findings() {
    for id in ["heard", "calm-owner", "ecommerce"] {
        let p = by_id(id);
        for category in [
            "blame",
            "defensive",
            "public-details",
            "shouting",
            "negative-tone",
        ] {
            assert!(
                p.coach
                    .block
                    .iter()
                    .flatten()
                    .any(|b| b.as_str() == category),
                "{id}.toml does not block `{category}`"
            );
        }
        assert!(
            p.gates.upset_cooldown_minutes >= 60,
            "{id}: upset cool-down"
        );
    }
}

#[test]
fn every_step_explains_itself_and_fits_the_screen() {
    for (stem, p) in shipped() {
        for s in &p.steps {
            let at = format!("{stem}.toml step `{}`", s.id);
            assert!(!s.title.trim().is_empty(), "{at}: empty title");
            assert!(!s.why.trim().is_empty(), "{at}: empty why");
            assert!(!s.prompt.trim().is_empty(), "{at}: empty prompt");
            for (what, text) in [("why", &s.why), ("prompt", &s.prompt)] {
                let n = text.chars().count();
                assert!(n <= MAX_TEXT, "{at}: {what} is {n} chars (max {MAX_TEXT})");
            }
            for q in &s.questions {
                assert!(
                    !q.text.trim().is_empty(),
                    "{at}: question `{}` is empty",
                    q.id
                );
            }
            for phrase in &s.phrases {
                let n = phrase.chars().count();
                assert!(n <= MAX_PHRASE, "{at}: {n} chars: {phrase}");
                // A phrase goes into a draft as is; a "[name]" or "{order}"
                // left in it would be sent to the customer.
                assert!(
                    !phrase.contains(['[', ']', '{', '}', '<', '>']),
                    "{at}: placeholder in: {phrase}"
                );
            }
            match s.kind {
                StepKind::Empathise | StepKind::Apologise | StepKind::Compose => {
                    assert!(s.phrases.len() >= 5, "{at}: phrase bank too small")
                }
                StepKind::Choices => assert!(
                    s.phrases.len() as u32 >= s.min_choices() + 2,
                    "{at}: offer more suggestions than the minimum"
                ),
                StepKind::Diagnosis => assert!(s.categories.len() >= 4, "{at}: categories"),
                _ => {}
            }
        }
    }
}

#[test]
fn apologies_carry_no_but_and_no_if() {
    for (stem, p) in shipped() {
        for s in p.steps.iter().filter(|s| s.kind == StepKind::Apologise) {
            for phrase in &s.phrases {
                let lower = phrase.to_lowercase();
                let words: Vec<&str> = lower
                    .split(|c: char| !c.is_alphanumeric() && c != '\'')
                    .collect();
                for bad in ["but", "however", "if", "though"] {
                    assert!(!words.contains(&bad), "{stem}.toml: `{bad}` in: {phrase}");
                }
                assert!(
                    lower.contains("sorry") || lower.contains("apolog"),
                    "{stem}.toml: not an apology: {phrase}"
                );
            }
        }
    }
}

#[test]
fn sample_review_has_the_header_the_first_run_reads() {
    let path = root().join("assets/sample-review.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut lines = text.lines();
    let customer = lines.next().unwrap().strip_prefix("Customer: ").unwrap();
    assert!(!customer.trim().is_empty());
    assert_eq!(lines.next(), Some("Platform: google"));
    assert_eq!(lines.next(), Some("Rating: 1"));
    assert_eq!(lines.next(), Some(""));
    let body: Vec<&str> = lines.collect();
    let words = body.iter().flat_map(|l| l.split_whitespace()).count();
    assert!((150..=250).contains(&words), "{words} words");
    let paragraphs = body
        .split(|l| l.trim().is_empty())
        .filter(|p| !p.is_empty())
        .count();
    assert!(paragraphs >= 3, "{paragraphs} paragraphs");
}
