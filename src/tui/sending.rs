//! Sending from the walk. The clipboard and an outbox file are quick and
//! done at once (the clipboard is a sequence written to this very
//! terminal); the configured command may take seconds, so it runs as an
//! effect off the key path and reports back as `Action::SendFinished`.

use std::sync::Arc;

use tokio::sync::Notify;

use super::action::Action;
use super::state::{App, Screen};
use crate::send::{Channel, send_case};

impl App {
    pub(super) fn send(&mut self, channel: Channel) {
        let Screen::Case(c) = &self.screen else {
            return;
        };
        let id = c.case.id.clone();
        let Channel::Command(argv) = &channel else {
            let result = send_case(
                &self.store,
                &id,
                &channel,
                &self.me,
                self.clock.as_ref(),
                &mut self.terminal_output,
            );
            self.status = Some(result.unwrap_or_else(|e| e.to_string()));
            self.reload();
            return;
        };
        if self.effects.busy() {
            self.status = Some("Still sending: heard says here when the command is done.".into());
            return;
        }
        self.status = Some(format!(
            "Sending through `{}`… keys still work; heard says here when it is done.",
            argv.join(" ")
        ));
        let (store, me, clock) = (self.store.clone(), self.me.clone(), self.clock.clone());
        self.effects.spawn(move || {
            // A command writes nothing to this terminal.
            let mut terminal = Vec::new();
            let result = send_case(&store, &id, &channel, &me, clock.as_ref(), &mut terminal);
            Action::SendFinished(result.unwrap_or_else(|e| e.to_string()))
        });
    }

    /// Whether slow work is running (the screen says "sending…").
    pub fn busy(&mut self) -> bool {
        self.effects.busy()
    }

    /// Rung when slow work reported back (see [`App::on_effects_done`]).
    pub fn effects_signal(&self) -> Arc<Notify> {
        self.effects.signal()
    }

    /// Carry out what finished work reported. Returns whether the screen
    /// must be redrawn.
    pub fn on_effects_done(&mut self) -> bool {
        let done = self.effects.take_done();
        let any = !done.is_empty();
        for action in done {
            self.update(action);
        }
        any
    }

    /// Wait for running work and carry out what it reported (on quit, and
    /// in tests, which never sleep for it).
    pub fn finish_effects(&mut self) {
        for action in self.effects.finish() {
            self.update(action);
        }
    }
}
