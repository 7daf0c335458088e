//! Shared by the screen and flow tests: a clock the test moves by hand, a
//! key-sequence parser, the real event loop driven on a `TestBackend`, and
//! a recorded walk of the sample review to build any state from.
#![allow(dead_code)]

pub mod world;

use std::sync::{Arc, Mutex};

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::{Terminal, backend::TestBackend};
use tempfile::TempDir;
use time::{Duration, OffsetDateTime, macros::datetime};

use heard::commands::new::case_from_text;
use heard::domain::review::PlainTextHints;
use heard::domain::{Case, Clock, Diagnosis, Drafts, Event as CaseEvent, EventKind};
use heard::store::Store;

/// A snapshot of the harness's screen, case ids and temporary paths
/// filtered out. A macro so that insta names the snapshot after the calling
/// test file (`all__<file>__<name>.snap`), as a call in that file would.
macro_rules! snap {
    ($name:expr, $h:expr) => {{
        let h = &mut *$h;
        h.draw();
        let mut settings = insta::Settings::clone_current();
        settings.add_filter(r"\d{8}-[a-z0-9-]+-[0-9a-f]{4,6}", "[case-id]");
        settings.add_filter(r"/tmp/\.tmp[A-Za-z0-9]+", "[tmp]");
        settings.bind(|| insta::assert_snapshot!($name, h.term.backend()));
    }};
}
use heard::tui::action::Action;
use heard::tui::app::run_loop;
use heard::tui::state::{App, SAMPLE_REVIEW, Screen};
pub(crate) use snap;

/// The moment every test starts at: a Monday afternoon.
pub const T0: OffsetDateTime = datetime!(2026-11-23 14:00 UTC);

/// The author at the keyboard and the colleague who reviews.
pub const AUTHOR: &str = "Ann";
pub const COLLEAGUE: &str = "Ben";

/// A clock the test moves forward (or backward) by hand. Clones share it.
#[derive(Clone)]
pub struct TestClock(Arc<Mutex<OffsetDateTime>>);

impl TestClock {
    pub fn at(t: OffsetDateTime) -> TestClock {
        TestClock(Arc::new(Mutex::new(t)))
    }
    pub fn set(&self, t: OffsetDateTime) {
        *self.0.lock().unwrap() = t;
    }
    pub fn advance(&self, d: Duration) {
        *self.0.lock().unwrap() += d;
    }
}

impl Clock for TestClock {
    fn now(&self) -> OffsetDateTime {
        *self.0.lock().unwrap()
    }
}

/// Keys written like helix tests: plain characters are typed, and
/// `<enter> <esc> <tab> <s-tab> <up> <down> <left> <right> <bs> <c-s> <c-c>`
/// are the named keys. `<<` types a literal `<`.
pub fn parse_keys(spec: &str) -> Vec<KeyEvent> {
    let mut keys = Vec::new();
    let mut rest = spec;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("<<") {
            keys.push(KeyEvent::new(KeyCode::Char('<'), KeyModifiers::NONE));
            rest = after;
            continue;
        }
        if let (true, Some(end)) = (c == '<', rest.find('>')) {
            let name = &rest[1..end];
            let (code, mods) = match name {
                "enter" => (KeyCode::Enter, KeyModifiers::NONE),
                "esc" => (KeyCode::Esc, KeyModifiers::NONE),
                "tab" => (KeyCode::Tab, KeyModifiers::NONE),
                "s-tab" => (KeyCode::BackTab, KeyModifiers::SHIFT),
                "up" => (KeyCode::Up, KeyModifiers::NONE),
                "down" => (KeyCode::Down, KeyModifiers::NONE),
                "left" => (KeyCode::Left, KeyModifiers::NONE),
                "right" => (KeyCode::Right, KeyModifiers::NONE),
                "s-left" => (KeyCode::Left, KeyModifiers::SHIFT),
                "bs" => (KeyCode::Backspace, KeyModifiers::NONE),
                "space" => (KeyCode::Char(' '), KeyModifiers::NONE),
                "c-home" => (KeyCode::Home, KeyModifiers::CONTROL),
                "c-end" => (KeyCode::End, KeyModifiers::CONTROL),
                n if n.starts_with("c-") && n.len() == 3 => (
                    KeyCode::Char(n.chars().nth(2).unwrap()),
                    KeyModifiers::CONTROL,
                ),
                other => panic!("unknown key <{other}> in {spec:?}"),
            };
            keys.push(KeyEvent::new(code, mods));
            rest = &rest[end + 1..];
            continue;
        }
        let mods = if c.is_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        keys.push(KeyEvent::new(KeyCode::Char(c), mods));
        rest = &rest[c.len_utf8()..];
    }
    keys
}

/// The app on a temp store, drawn on a `TestBackend`, with a hand clock.
pub struct Harness {
    pub dir: TempDir,
    pub clock: TestClock,
    pub app: App,
    pub term: Terminal<TestBackend>,
    /// What the loop wrote to the terminal itself (OSC 52).
    pub terminal_bytes: Vec<u8>,
}

impl Harness {
    /// An empty store, `AUTHOR` at the keyboard, 80x24, the clock at `T0`.
    pub fn new() -> Harness {
        Harness::sized(80, 24)
    }

    pub fn sized(w: u16, h: u16) -> Harness {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("store")).unwrap();
        Harness::on(dir, store, TestClock::at(T0), w, h)
    }

    /// A new app on an existing store: what a restart looks like.
    pub fn on(dir: TempDir, store: Store, clock: TestClock, w: u16, h: u16) -> Harness {
        let app = App::new(store, AUTHOR.into(), Box::new(clock.clone()), Vec::new());
        Harness {
            dir,
            clock,
            app,
            term: Terminal::new(TestBackend::new(w, h)).unwrap(),
            terminal_bytes: Vec::new(),
        }
    }

    /// Quit this app and start a new one on the same store and clock.
    pub fn restart(self) -> Harness {
        let Harness {
            dir,
            clock,
            mut app,
            term,
            ..
        } = self;
        app.update(Action::Quit);
        let size = term.backend().buffer().area;
        let store = app.store.clone();
        Harness::on(dir, store, clock, size.width, size.height)
    }

    pub fn store(&self) -> &Store {
        &self.app.store
    }

    /// Feed keys through the real event loop (`run_loop`), which draws
    /// after every key, and return when they are used up (or on quit).
    pub fn keys(&mut self, spec: &str) {
        let events: Vec<std::io::Result<Event>> = parse_keys(spec)
            .into_iter()
            .map(|k| Ok(Event::Key(k)))
            .collect();
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(run_loop(
            &mut self.app,
            &mut self.term,
            futures::stream::iter(events),
            &mut self.terminal_bytes,
        ))
        .unwrap();
    }

    /// What the loop does when the screen's timer fires.
    pub fn tick(&mut self) {
        self.app.on_tick();
        self.draw();
    }

    pub fn clock_now(&self) -> OffsetDateTime {
        self.clock.now()
    }

    pub fn advance(&mut self, d: Duration) {
        self.clock.advance(d);
    }

    pub fn draw(&mut self) {
        self.term.draw(|f| self.app.render(f)).unwrap();
    }

    /// The screen as text, one line per row, trailing spaces trimmed.
    pub fn screen(&mut self) -> String {
        self.draw();
        let buf = self.term.backend().buffer().clone();
        let mut out = String::new();
        for y in 0..buf.area.height {
            let mut line = String::new();
            for x in 0..buf.area.width {
                line.push_str(buf[(x, y)].symbol());
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }

    /// Panic with the screen when `text` is not on it.
    #[track_caller]
    pub fn assert_shows(&mut self, text: &str) {
        let screen = self.screen();
        assert!(
            screen.contains(text),
            "expected {text:?} on screen:\n{screen}"
        );
    }

    pub fn status(&self) -> String {
        self.app.status.clone().unwrap_or_default()
    }

    /// The id of the case on screen.
    pub fn case_id(&self) -> String {
        match &self.app.screen {
            Screen::Case(c) => c.case.id.clone(),
            Screen::Home(_) => panic!("no case is open"),
        }
    }

    /// The open case as recorded in the store.
    pub fn case(&self) -> Case {
        self.store().load(&self.case_id()).unwrap()
    }

    /// The title of the step on screen.
    pub fn step_title(&self) -> String {
        match &self.app.screen {
            Screen::Case(c) => c.title_of_selected().to_string(),
            Screen::Home(_) => "home".into(),
        }
    }
}

impl Default for Harness {
    fn default() -> Self {
        Harness::new()
    }
}

/// Create the sample-review case at `at`, as `AUTHOR`; returns its id.
pub fn sample_case(store: &Store, at: OffsetDateTime) -> String {
    case_from_text(
        store,
        AUTHOR,
        at,
        SAMPLE_REVIEW,
        &PlainTextHints::default(),
        None,
    )
    .unwrap()
}

/// The drafts the recorded walk writes.
pub fn walk_drafts() -> Drafts {
    Drafts::new(
        "Hi Morag, thank you for telling us. I'm truly sorry your sister's mug arrived broken \
         and that we were so slow to answer. I've sent you a private message so we can put this right.",
        "Hi Morag,\n\nI'm sorry again. Here is what we can do:\n\n\
         1. A new mug by tracked post within 3 working days.\n\
         2. A full refund within 5 working days.\n\n\
         Just reply with your choice.",
    )
}

/// How far the recorded walk of the default playbook has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    Opened,
    CheckedIn,
    Breathed,
    Read,
    Empathised,
    Apologised,
    Chose,
    Composed,
    Diagnosed,
    Approved,
}

/// The events of the walk up to `stage`, each with its offset from `T0` in
/// seconds. Check-in 4 means upset: a 60-minute cool-down from `T0`.
pub fn walk_events(stage: Stage) -> Vec<(i64, String, EventKind)> {
    let me = || AUTHOR.to_string();
    let mut out: Vec<(Stage, i64, String, EventKind)> = vec![
        (Stage::Opened, 0, me(), EventKind::Opened),
        (
            Stage::CheckedIn,
            20,
            me(),
            EventKind::CheckedIn { level: 4 },
        ),
        (Stage::Breathed, 30, me(), EventKind::BreathingStarted),
        (
            Stage::Breathed,
            30 + 48,
            me(),
            EventKind::BreathingFinished { cycles: 3 },
        ),
        (Stage::Read, 120, me(), EventKind::ReadThrough),
        (Stage::Read, 180, me(), EventKind::ReadThrough),
    ];
    for (q, a) in [
        (
            "concern",
            "The mug arrived broken and nobody answered for days",
        ),
        ("fact", "Fact: it happened the way they describe"),
        (
            "expected",
            "A present that arrived whole, and a quick answer",
        ),
        ("intent", "Wants it resolved"),
    ] {
        out.push((
            Stage::Read,
            200,
            me(),
            EventKind::Answered {
                question: q.into(),
                answer: a.into(),
            },
        ));
    }
    // Read, then triage: this review is to be resolved (the full walk).
    out.push((
        Stage::Read,
        200,
        me(),
        EventKind::Triaged {
            road: heard::domain::triage::Road::Resolve,
        },
    ));
    out.extend([
        (
            Stage::Empathised,
            240,
            me(),
            EventKind::EmpathyWritten {
                text: "I can see how disappointing this was, especially after waiting for it."
                    .into(),
            },
        ),
        (
            Stage::Apologised,
            260,
            me(),
            EventKind::ApologyWritten {
                text: "I'm truly sorry your order reached you in this state.".into(),
            },
        ),
        (
            Stage::Chose,
            300,
            me(),
            EventKind::ChoicesSet {
                choices: vec![
                    "A new mug by tracked post within 3 working days.".into(),
                    "A full refund within 5 working days.".into(),
                ],
                timeline: "within 3 working days of her answer".into(),
            },
        ),
        (
            Stage::Composed,
            420,
            me(),
            EventKind::DraftEdited {
                drafts: walk_drafts(),
            },
        ),
        (
            Stage::Diagnosed,
            480,
            me(),
            EventKind::DiagnosisLogged {
                diagnosis: Diagnosis {
                    category: "shipping damage".into(),
                    what_happened: "A mug was posted in one sheet of tissue".into(),
                    whys: vec!["Nobody owns the packing checklist".into()],
                    process_fix: "Double-box every ceramic piece".into(),
                    owner: "Ann".into(),
                    customer_told: Some(true),
                },
            },
        ),
        (
            Stage::Approved,
            600,
            COLLEAGUE.to_string(),
            EventKind::Approved {
                drafts_sha256: walk_drafts().sha256(),
                note: "Kind and clear.".into(),
                signature: None,
                at_keyboard: false,
            },
        ),
    ]);
    out.into_iter()
        .filter(|(s, ..)| *s <= stage)
        .map(|(_, at, by, kind)| (at, by, kind))
        .collect()
}

/// Record the walk up to `stage` on case `id`, starting at `T0`.
pub fn record_walk(store: &Store, id: &str, stage: Stage) {
    record_walk_from(store, id, stage, T0);
}

/// Record the walk up to `stage` on case `id`, starting at `start`.
pub fn record_walk_from(store: &Store, id: &str, stage: Stage, start: OffsetDateTime) {
    for (at, by, kind) in walk_events(stage) {
        store
            .append(id, &CaseEvent::new(start + Duration::seconds(at), by, kind))
            .unwrap();
    }
}

/// A harness with the sample case recorded up to `stage` and opened at
/// `now` (the app records its own `opened` event then).
pub fn at_stage(stage: Stage, now: OffsetDateTime, w: u16, h: u16) -> Harness {
    let mut h = Harness::sized(w, h);
    let id = sample_case(h.store(), T0);
    record_walk(h.store(), &id, stage);
    h.clock.set(now);
    h.app.update(Action::OpenCase(id));
    h
}
