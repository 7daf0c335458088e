//! The terminal interface: an `Action` enum, `App::update`, one file per
//! screen and small widgets. It calls the domain; it never re-implements a rule.

pub mod action;
pub mod app;
pub mod command;
pub mod screens;
pub mod state;
pub mod watch;
pub mod widgets;

use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste, EventStream};
use crossterm::execute;

use crate::clock::SystemClock;
use crate::commands::{Context, Failure, Outcome};
use state::App;

/// Where the interface starts.
pub enum Start {
    /// The most recent open case, or the welcome / case list.
    Home,
    Case(String),
}

/// Run the interface on the real terminal. The terminal is restored on
/// exit, on Ctrl-C (a key in raw mode) and on panic (ratatui's hook).
pub fn run(ctx: Context, start: Start) -> Outcome {
    let mut app = App::new(
        ctx.store,
        ctx.me,
        Box::new(SystemClock),
        ctx.config.send.command,
    );
    match start {
        Start::Home => app.open_latest(),
        Start::Case(id) => app.update(action::Action::OpenCase(id)),
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::bad_input(format!("cannot start: {e}")))?;
    let mut terminal = ratatui::init();
    let _ = execute!(std::io::stdout(), EnableBracketedPaste);
    let result = runtime.block_on(app::run_loop(
        &mut app,
        &mut terminal,
        EventStream::new(),
        &mut std::io::stdout(),
    ));
    let _ = execute!(std::io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    if let Some(s) = app.status.take() {
        println!("{s}");
    }
    result.map_err(|e| Failure::bad_input(format!("terminal error: {e}")))
}
