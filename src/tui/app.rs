//! The event loop only: draw when something changed, wait for a key, a
//! paste, a resize, a timer the screen asked for, or the system saying the
//! open case's files changed. Idle means asleep.

use std::io::{self, Write};

use crossterm::event::Event;
use futures::{Stream, StreamExt};
use ratatui::{Terminal, backend::Backend};

use super::state::App;

/// Run until the app quits or the event stream ends. Generic over the
/// stream and the backend so tests can feed keys and draw on ratatui's
/// `TestBackend` (whose error type is `Infallible`, not `io::Error`).
pub async fn run_loop<B, S>(
    app: &mut App,
    terminal: &mut Terminal<B>,
    mut events: S,
    out: &mut dyn Write,
) -> io::Result<()>
where
    B: Backend,
    B::Error: Send + Sync + 'static,
    S: Stream<Item = io::Result<Event>> + Unpin,
{
    let mut dirty = true;
    loop {
        // Back from a stop (SIGTSTP, SIGCONT) the screen was cleared: an
        // empty frame first, so the next one is drawn whole. (Not
        // `Terminal::clear`, which asks the terminal for the cursor.)
        #[cfg(unix)]
        if super::signals::take_redraw() {
            let blank = |f: &mut ratatui::Frame| f.render_widget(ratatui::widgets::Clear, f.area());
            terminal.draw(blank).map_err(io::Error::other)?;
            super::mouse::capture(true);
            dirty = true;
        }
        if dirty {
            terminal.draw(|f| app.render(f)).map_err(io::Error::other)?;
            if !app.terminal_output.is_empty() {
                out.write_all(&std::mem::take(&mut app.terminal_output))?;
                out.flush()?;
            }
        }
        if app.quit || app.wants_suspend() {
            return Ok(());
        }
        let wake = app.next_wakeup();
        let files = app.files_signal();
        let effects = app.effects_signal();
        let files_changed = async {
            match &files {
                Some(signal) => signal.notified().await,
                None => std::future::pending().await,
            }
        };
        dirty = tokio::select! {
            event = events.next() => match event {
                Some(Ok(e)) => app.handle_event(e),
                Some(Err(e)) => return Err(e),
                None => return Ok(()),
            },
            _ = tokio::time::sleep(wake.unwrap_or_default()), if wake.is_some() => app.on_tick(),
            _ = files_changed => app.on_files_changed(),
            // Slow work (the send command) reported back.
            _ = effects.notified() => app.on_effects_done(),
        };
    }
}
