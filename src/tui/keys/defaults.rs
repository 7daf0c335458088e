//! The keys heard ships with, scope by scope. The first key of a command
//! is the one the footer shows; the others are quieter aliases (vi's j/k,
//! the arrows people try first).

use std::collections::HashMap;

use crossterm::event::KeyCode;

use super::{Binding, Cmd, KeyPress, Scope};

const ENTER: KeyPress = KeyPress::plain(KeyCode::Enter);
const ESC: KeyPress = KeyPress::plain(KeyCode::Esc);
const TAB: KeyPress = KeyPress::plain(KeyCode::Tab);
const UP: KeyPress = KeyPress::plain(KeyCode::Up);
const DOWN: KeyPress = KeyPress::plain(KeyCode::Down);
const LEFT: KeyPress = KeyPress::plain(KeyCode::Left);
const RIGHT: KeyPress = KeyPress::plain(KeyCode::Right);
const PAGE_UP: KeyPress = KeyPress::plain(KeyCode::PageUp);
const PAGE_DOWN: KeyPress = KeyPress::plain(KeyCode::PageDown);
const END: KeyPress = KeyPress::plain(KeyCode::End);

const fn ch(c: char) -> KeyPress {
    KeyPress::ch(c)
}

const fn ctrl(c: char) -> KeyPress {
    KeyPress::ctrl(KeyCode::Char(c))
}

fn shift_tab() -> KeyPress {
    KeyPress::of(crossterm::event::KeyEvent::new(
        KeyCode::BackTab,
        crossterm::event::KeyModifiers::SHIFT,
    ))
}

fn b(cmd: Cmd, keys: &[KeyPress], label: &'static str) -> Binding {
    Binding {
        cmd,
        keys: keys.to_vec(),
        label,
    }
}
pub(super) fn tables() -> HashMap<Scope, Vec<Binding>> {
    [
        walk_start(),
        drafts_and_review(),
        reading_and_writing(),
        after_the_drafts(),
        debrief_and_outside(),
        inbox(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn up(label: &'static str) -> Binding {
    b(Cmd::Up, &[UP, ch('k')], label)
}

fn down(label: &'static str) -> Binding {
    b(Cmd::Down, &[DOWN, ch('j')], label)
}

/// The app, the case, and the first steps.
fn walk_start() -> Vec<(Scope, Vec<Binding>)> {
    use Cmd::*;
    vec![
        (
            Scope::Global,
            vec![
                b(Help, &[ch('?'), KeyPress::plain(KeyCode::F(1))], "help"),
                b(Quit, &[ch('q')], "quit"),
            ],
        ),
        (
            Scope::Case,
            vec![
                b(NextStep, &[ch('n')], "next step"),
                b(PreviousStep, &[ch('p')], "previous"),
                b(ToggleReview, &[ch('o')], "review"),
                b(Cases, &[ESC], "cases"),
            ],
        ),
        (
            Scope::CheckIn,
            vec![
                // The levels stand one per row: ↑↓ move like in any list,
                // and ←→ still work for those who learnt them.
                b(Up, &[UP, LEFT, ch('k'), ch('h')], "move"),
                b(Down, &[DOWN, RIGHT, ch('j'), ch('l')], "move"),
                b(Confirm, &[ENTER], "answer with the marked one"),
                b(Park, &[ch('t')], "no time now: park it"),
            ],
        ),
        (
            Scope::Breathe,
            vec![
                b(StartBreathing, &[ENTER, ch(' ')], "start breathing"),
                b(ReducedMotion, &[ch('m')], "reduced motion on/off"),
            ],
        ),
        (
            Scope::Line,
            vec![
                up("pick a phrase"),
                down("pick a phrase"),
                b(Confirm, &[ENTER], "use phrase"),
                b(Edit, &[ch('e'), ch('i')], "type your own"),
            ],
        ),
        (
            Scope::LineTyping,
            vec![
                b(Save, &[ENTER], "save"),
                b(StopTyping, &[ESC], "stop typing (kept)"),
            ],
        ),
    ]
}

/// The drafts and the peer review.
fn drafts_and_review() -> Vec<(Scope, Vec<Binding>)> {
    use Cmd::*;
    vec![
        (Scope::Compose, compose()),
        (
            Scope::ComposeTyping,
            vec![
                b(OtherDraft, &[TAB, shift_tab()], "other draft"),
                b(Save, &[ctrl('s')], "save version"),
                b(NextFinding, &[ctrl('f')], "next finding"),
                b(PhraseBank, &[ctrl('b')], "phrase bank"),
                b(DraftTop, &[KeyPress::ctrl(KeyCode::Home)], "top of draft"),
                b(DraftEnd, &[KeyPress::ctrl(KeyCode::End)], "end of draft"),
                b(StopTyping, &[ESC], "stop typing (kept)"),
            ],
        ),
        (
            Scope::PhraseBank,
            vec![
                up("pick a phrase"),
                down("pick a phrase"),
                b(Confirm, &[ENTER], "insert at the cursor"),
                b(Close, &[ESC, ch('b')], "close"),
            ],
        ),
        (
            Scope::PeerReview,
            vec![b(HandOver, &[ch('r')], "hand over to a colleague")],
        ),
        (
            Scope::PeerReviewName,
            vec![
                b(Confirm, &[ENTER], "that's me"),
                b(Cancel, &[ESC], "cancel"),
            ],
        ),
        (
            Scope::PeerReviewReading,
            vec![
                up("scroll"),
                down("scroll"),
                b(PageUp, &[PAGE_UP], "page up"),
                b(PageDown, &[PAGE_DOWN, ch(' ')], "page down"),
                b(
                    ToTop,
                    &[KeyPress::plain(KeyCode::Home), ch('g')],
                    "to the top",
                ),
                b(ToEnd, &[END, ch('G')], "to the end"),
                b(Approve, &[ch('a')], "approve"),
                b(RequestChanges, &[ch('c')], "request changes"),
                b(Cancel, &[ESC], "cancel"),
            ],
        ),
        (
            Scope::PeerReviewNote,
            vec![b(Confirm, &[ENTER], "record"), b(Cancel, &[ESC], "back")],
        ),
    ]
}

/// Read, choices and diagnosis.
fn reading_and_writing() -> Vec<(Scope, Vec<Binding>)> {
    use Cmd::*;
    vec![
        (
            Scope::Read,
            vec![
                down("scroll"),
                up("scroll"),
                b(PageDown, &[ch(' '), PAGE_DOWN], "page down"),
                b(PageUp, &[PAGE_UP], "page up"),
                b(ReadThrough, &[ENTER], "I read it to the end"),
                b(ToTop, &[ch('g'), KeyPress::plain(KeyCode::Home)], "top"),
                b(ToEnd, &[ch('G'), END], "end"),
                b(NextQuestion, &[TAB], "questions"),
            ],
        ),
        (
            Scope::ReadQuestions,
            vec![
                b(Left, &[LEFT], "choose"),
                b(Right, &[RIGHT], "choose"),
                b(Confirm, &[ENTER], "answer"),
                b(Edit, &[ch('e')], "type answer"),
                b(Up, &[UP, shift_tab()], "other question"),
                b(Down, &[DOWN], "other question"),
                b(NextQuestion, &[TAB], "other question"),
            ],
        ),
        (
            Scope::ReadAnswer,
            vec![
                b(Save, &[ENTER, TAB], "save answer"),
                b(StopTyping, &[ESC], "save and stop typing"),
            ],
        ),
        (
            Scope::Choices,
            vec![
                up("move"),
                b(Down, &[DOWN, ch('j')], "move"),
                b(Confirm, &[ENTER], "add suggestion"),
                b(Add, &[ch('a')], "add your own"),
                b(
                    Remove,
                    &[ch('d'), KeyPress::plain(KeyCode::Delete)],
                    "remove",
                ),
                b(Timeline, &[ch('t')], "timeline"),
            ],
        ),
        (
            Scope::ChoicesTyping,
            vec![
                b(Save, &[ENTER], "save"),
                b(StopTyping, &[ESC], "stop typing (kept)"),
            ],
        ),
        (
            Scope::Diagnosis,
            vec![
                b(Up, &[UP, ch('k'), shift_tab()], "field"),
                b(Down, &[DOWN, ch('j'), TAB], "field"),
                b(Edit, &[ENTER, ch('e')], "edit"),
                b(Left, &[LEFT], "category"),
                b(Right, &[RIGHT], "category"),
                // `n` stays "next step"; yes/no is y or the arrows.
                b(Yes, &[ch('y')], "customer told: yes"),
            ],
        ),
        (
            Scope::DiagnosisTyping,
            vec![
                b(Save, &[ENTER, TAB], "save field"),
                b(StopTyping, &[ESC], "save and stop typing"),
            ],
        ),
    ]
}

/// Triage, sending and the follow-up.
fn after_the_drafts() -> Vec<(Scope, Vec<Binding>)> {
    use Cmd::*;
    vec![
        (
            Scope::Triage,
            vec![
                up("move"),
                down("move"),
                b(Confirm, &[ENTER], "choose the marked one"),
                b(CloseWithoutReply, &[ch('c')], "close without a reply"),
            ],
        ),
        (
            Scope::TriageReason,
            vec![
                b(Confirm, &[ENTER], "ask a colleague to close"),
                b(Cancel, &[ESC], "stop typing"),
            ],
        ),
        (
            Scope::Send,
            vec![
                b(CopyToClipboard, &[ch('c')], "copy to clipboard"),
                b(WriteOutboxFile, &[ch('f')], "write outbox file"),
                b(RunSendCommand, &[ch('x')], "run send command"),
            ],
        ),
        (
            Scope::SendPath,
            vec![
                b(Confirm, &[ENTER], "write the file"),
                b(Cancel, &[ESC], "cancel"),
            ],
        ),
        (
            Scope::FollowUp,
            vec![
                b(Left, &[LEFT, ch('-'), ch('h')], "a day earlier"),
                b(Right, &[RIGHT, ch('+'), ch('='), ch('l')], "a day later"),
                b(Confirm, &[ENTER], "set the follow-up date"),
                b(FollowUpDone, &[ch('d')], "follow-up done"),
            ],
        ),
        (Scope::FollowUpPick, vec![b(Cancel, &[ESC], "cancel")]),
        (
            Scope::FollowUpNote,
            vec![b(Confirm, &[ENTER], "record"), b(Cancel, &[ESC], "cancel")],
        ),
    ]
}

/// The debrief, and outside a case.
fn debrief_and_outside() -> Vec<(Scope, Vec<Binding>)> {
    use Cmd::*;
    vec![
        (
            Scope::Debrief,
            vec![
                b(Up, &[UP], "question"),
                b(Down, &[DOWN], "question"),
                b(Edit, &[ENTER, ch('e')], "write a note"),
                b(AddColleague, &[ch('a')], "add a colleague"),
                b(SwitchWriter, &[ch('w')], "switch writer"),
                b(ProcessBroken, &[ch('b')], "process broken?"),
                b(ToggleTimeline, &[ch('t')], "timeline"),
            ],
        ),
        (
            Scope::DebriefName,
            vec![b(Confirm, &[ENTER], "join"), b(Cancel, &[ESC], "cancel")],
        ),
        (
            Scope::DebriefNote,
            vec![
                b(Confirm, &[ENTER], "save note"),
                b(Cancel, &[ESC], "cancel"),
            ],
        ),
        (
            Scope::Home,
            vec![
                b(Patterns, &[ch('p')], "patterns"),
                b(NewFromPaste, &[ch('n')], "new from pasted text"),
                b(StartSample, &[ch('s')], "try the sample review"),
            ],
        ),
        (
            Scope::HomePaste,
            vec![
                b(Save, &[ctrl('s')], "start the case"),
                b(StopTyping, &[ESC], "hide (kept)"),
            ],
        ),
        (
            Scope::PatternsView,
            vec![
                b(Period, &[ch('t')], "period: all, 90 or 30 days"),
                b(Cases, &[ESC, ch('p')], "back to the inbox"),
            ],
        ),
        (
            Scope::Scorecard,
            vec![
                b(Up, &[UP, PAGE_UP], "scroll"),
                b(Down, &[DOWN, PAGE_DOWN], "scroll"),
            ],
        ),
    ]
}

/// The inbox's list of cases, and its search. The number keys that pick
/// a filter are not here: they are printed beside the filters (fixed).
fn inbox() -> Vec<(Scope, Vec<Binding>)> {
    use Cmd::*;
    let home = KeyPress::plain(KeyCode::Home);
    vec![
        (
            Scope::Inbox,
            vec![
                up("move"),
                down("move"),
                b(Confirm, &[ENTER], "open"),
                b(ToTop, &[home, ch('g')], "first case"),
                b(ToEnd, &[END, ch('G')], "last case"),
                b(NextFilter, &[TAB], "next filter"),
                b(PreviousFilter, &[shift_tab()], "filter before"),
                b(Search, &[ch('/')], "search"),
                b(ClearSearch, &[ESC], "clear the search"),
            ],
        ),
        (
            Scope::InboxSearch,
            vec![
                b(Up, &[UP], "move"),
                b(Down, &[DOWN], "move"),
                b(Confirm, &[ENTER], "open"),
                b(ClearSearch, &[ESC], "clear the search"),
            ],
        ),
    ]
}

fn compose() -> Vec<Binding> {
    use Cmd::*;
    vec![
        b(Edit, &[ch('e'), ch('i'), ENTER], "edit"),
        b(OtherDraft, &[TAB, shift_tab()], "other draft"),
        b(Save, &[ch('s'), ctrl('s')], "save"),
        b(NextFinding, &[ch('f'), ctrl('f')], "next finding"),
        b(OpenEditor, &[ch('v')], "$EDITOR"),
        b(ClearDraft, &[ch('c')], "clear draft"),
        b(PhraseBank, &[ch('b'), ctrl('b')], "phrase bank"),
        b(UndoClear, &[ch('u')], "undo clear"),
        b(Up, &[UP, ch('k')], "pick comment"),
        b(Down, &[DOWN, ch('j')], "pick comment"),
        b(ResolveComment, &[ch('r')], "resolve comment"),
    ]
}
