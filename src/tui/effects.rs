//! Slow work off the key path. `App::update` stays quick: what may take
//! long (running the configured send command) runs on a worker thread, and
//! its result comes back as an [`Action`] the loop feeds to `update`, woken
//! by [`Effects::signal`]. Meanwhile the screen draws and answers keys.
//! Each piece of work carries its own time limit (the send command is
//! stopped after `[send] timeout_seconds`), so a worker always ends.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;

use tokio::sync::Notify;

use super::action::Action;

pub struct Effects {
    done_tx: Sender<Action>,
    done_rx: Receiver<Action>,
    /// Rung each time a worker reported back.
    signal: Arc<Notify>,
    running: Vec<JoinHandle<()>>,
}

impl Default for Effects {
    fn default() -> Effects {
        let (done_tx, done_rx) = channel();
        Effects {
            done_tx,
            done_rx,
            signal: Arc::new(Notify::new()),
            running: Vec::new(),
        }
    }
}

impl Effects {
    /// Run `work` on a worker thread; the action it returns is handed back
    /// by [`Effects::take_done`].
    pub fn spawn(&mut self, work: impl FnOnce() -> Action + Send + 'static) {
        let tx = self.done_tx.clone();
        let signal = self.signal.clone();
        self.running.push(std::thread::spawn(move || {
            // The app may be gone (quit); nothing is left to tell then.
            let _ = tx.send(work());
            signal.notify_one();
        }));
    }

    /// Whether a worker is still running.
    pub fn busy(&mut self) -> bool {
        self.running.retain(|h| !h.is_finished());
        !self.running.is_empty()
    }

    /// Rung when a worker finished (a permit is kept if nobody waits yet).
    pub fn signal(&self) -> Arc<Notify> {
        self.signal.clone()
    }

    /// What the workers reported since the last call.
    pub fn take_done(&mut self) -> Vec<Action> {
        self.done_rx.try_iter().collect()
    }

    /// Wait for every worker (on quit: a reply half-delivered must finish
    /// and be recorded), then return what they reported.
    pub fn finish(&mut self) -> Vec<Action> {
        for h in self.running.drain(..) {
            let _ = h.join();
        }
        self.take_done()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn work_reports_back_as_an_action_without_blocking_the_caller() {
        let mut effects = Effects::default();
        let (go_tx, go_rx) = channel::<()>();
        effects.spawn(move || {
            // Held until the test lets it go: the caller was not blocked.
            go_rx.recv().unwrap();
            Action::Say("done".into())
        });
        assert!(effects.busy());
        assert!(effects.take_done().is_empty(), "nothing until it finishes");
        go_tx.send(()).unwrap();
        assert_eq!(effects.finish(), vec![Action::Say("done".into())]);
        assert!(!effects.busy());
        assert!(effects.take_done().is_empty(), "reported once");
    }
}
