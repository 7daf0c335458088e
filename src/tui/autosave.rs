//! Autosave: what the person is typing is kept on disk shortly after they
//! stop, so a killed process or a lost terminal loses nothing — the drafts'
//! working copy, and a one-line field not yet recorded (kept as the events
//! leaving the step would record, and recorded at the next opening).

use std::time::Duration;

use time::OffsetDateTime;

use crate::domain::{Drafts, EventKind};
use crate::store::Store;
use crate::tui::screens::case::CaseScreen;

/// How long after the last key the working copy is written: at most this
/// much typing is lost if the process is killed.
pub const AUTOSAVE_AFTER: Duration = Duration::from_millis(800);

#[derive(Default)]
pub struct Autosave {
    /// What is on disk now.
    drafts: Option<Drafts>,
    typing: Vec<EventKind>,
    /// On the app's clock (injected, so tests move time instead of sleeping).
    due: Option<OffsetDateTime>,
}

impl Autosave {
    /// A case was opened: `drafts` is what its autosave file (or record)
    /// holds, and nothing typed is pending.
    pub fn opened(drafts: Drafts) -> Autosave {
        Autosave {
            drafts: Some(drafts),
            typing: Vec::new(),
            due: None,
        }
    }

    /// After a key: write soon if the screen holds something not on disk.
    pub fn schedule(&mut self, c: &CaseScreen, now: time::OffsetDateTime, me: &str) {
        // Already due: the save will compare; no need to copy the drafts on
        // every key.
        if self.due.is_some() {
            return;
        }
        // Only what a save would write re-arms the timer: a screen with no
        // drafts editor (None) has nothing to save, so an untouched case
        // sleeps instead of waking every 800 ms forever.
        let drafts_changed = c
            .working_drafts()
            .is_some_and(|d| Some(&d) != self.drafts.as_ref());
        if drafts_changed || c.typing(now, me) != self.typing {
            self.due = Some(now + AUTOSAVE_AFTER);
        }
    }

    /// Whether the save is due at `now`. A clock set back since it was
    /// scheduled makes it due at once rather than an hour late.
    pub fn is_due(&self, now: OffsetDateTime) -> bool {
        self.wake_in(now).is_some_and(|d| d.is_zero())
    }

    /// How long until the save is due, never longer than [`AUTOSAVE_AFTER`].
    pub fn wake_in(&self, now: OffsetDateTime) -> Option<Duration> {
        self.due.map(|due| until(due, now, AUTOSAVE_AFTER))
    }

    /// Write what changed now. Returns a message for the person if a write
    /// failed (what they typed stays on screen).
    pub fn save(
        &mut self,
        store: &Store,
        c: &CaseScreen,
        now: time::OffsetDateTime,
        me: &str,
    ) -> Option<String> {
        self.due = None;
        let id = &c.case.id;
        if let Some(drafts) = c.working_drafts()
            && Some(&drafts) != self.drafts.as_ref()
        {
            match store.autosave_on(id, me, &drafts, &c.case.drafts) {
                Ok(()) => self.drafts = Some(drafts),
                Err(e) => {
                    return Some(format!(
                        "Autosave failed: {e}. Your text is still on screen."
                    ));
                }
            }
        }
        let typing = c.typing(now, me);
        if typing != self.typing {
            match store.save_typing(id, me, &typing) {
                Ok(()) => self.typing = typing,
                Err(e) => {
                    return Some(format!(
                        "Autosave failed: {e}. Your text is still on screen."
                    ));
                }
            }
        }
        None
    }
}

/// Time from `now` to `due` on the wall clock, within `0..=longest`: a
/// clock set back never stretches a short timer into a long one.
pub(crate) fn until(due: OffsetDateTime, now: OffsetDateTime, longest: Duration) -> Duration {
    match Duration::try_from(due - now) {
        Ok(left) if left <= longest => left,
        Ok(_) => Duration::ZERO,
        Err(_) => Duration::ZERO,
    }
}

/// A field typed into when heard last stopped (killed, or the terminal
/// closed) is recorded now, as quitting would have recorded it. Returns what
/// to tell the person, if anything happened.
pub fn recover_typing(
    store: &Store,
    id: &str,
    me: &str,
    now: time::OffsetDateTime,
) -> Option<String> {
    let typing = match store.typing(id, me) {
        Ok(t) if t.is_empty() => return None,
        Ok(t) => t,
        Err(e) => {
            return Some(format!(
                "What you were typing last time could not be read: {e}"
            ));
        }
    };
    let said = match crate::app::record(store, id, me, typing, now) {
        Ok(_) => "Recorded what you were typing when heard last stopped.".to_string(),
        // The rules no longer allow it (the case was sent meanwhile): say so
        // once rather than refusing it at every opening.
        Err(crate::app::RecordError::Refused(r)) => {
            format!("What you were typing last time was not recorded: {r}")
        }
        Err(e) => {
            return Some(format!(
                "Could not save what you were typing last time: {e}"
            ));
        }
    };
    Some(match store.save_typing(id, me, &[]) {
        Ok(()) => said,
        Err(e) => e.to_string(),
    })
}
