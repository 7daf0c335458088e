//! The terminal interface: an `Action` enum, `App::update`, one file per
//! screen and small widgets. It calls the domain; it never re-implements a rule.

pub mod action;
pub mod app;
pub mod autosave;
pub mod command;
pub mod effects;
pub mod external_editor;
pub mod first_run;
pub mod gate_watch;
pub mod keys;
pub mod mouse;
pub mod notify;
pub mod screens;
mod sending;
#[cfg(unix)]
mod signals;
pub mod state;
pub mod watch;
pub mod widgets;

#[cfg(test)]
mod lost_update_tests;
#[cfg(test)]
mod team_tests;

use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste, EventStream};
use crossterm::execute;

use crate::app::{Context, Failure, Outcome};
use crate::clock::SystemClock;
use state::App;

/// Refuse to start the screens without a terminal to draw on and read
/// keys from (a script, a pipe, cron), before anything is recorded: the
/// screens used to panic only after the case was created and its cool-down
/// started. Keys come from stdin or, when that is a pipe, from /dev/tty.
pub fn require_terminal() -> Result<(), Failure> {
    use std::io::IsTerminal;
    let keys = std::io::stdin().is_terminal() || std::fs::File::open("/dev/tty").is_ok();
    if std::io::stdout().is_terminal() && keys {
        return Ok(());
    }
    Err(Failure::refused(
        "heard's screens need a terminal, and there is none here (a script or a pipe?). \
         Nothing was recorded. Without a terminal, use the commands: \
         `heard new FILE --no-open` to create a case, `heard status ID` to see where it \
         stands, `heard list` for every case.",
    ))
}

/// A resize event each time heard is continued after a stop, so the loop
/// wakes and draws the whole screen again (see `signals`).
fn resumed() -> Box<dyn futures::Stream<Item = std::io::Result<crossterm::event::Event>> + Unpin> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut sig) = signal(SignalKind::from_raw(libc::SIGCONT)) {
            return Box::new(futures::stream::poll_fn(move |cx| {
                sig.poll_recv(cx).map(|got| {
                    got.map(|()| {
                        let (w, h) = crossterm::terminal::size().unwrap_or((80, 24));
                        Ok(crossterm::event::Event::Resize(w, h))
                    })
                })
            }));
        }
    }
    Box::new(futures::stream::pending())
}

/// Where the interface starts.
pub enum Start {
    /// The most recent open case, or the welcome / case list.
    Home,
    Case(String),
}

/// Run the interface on the real terminal. The terminal is restored on
/// exit, on Ctrl-C (a key in raw mode) and on panic (ratatui's hook).
pub fn run(ctx: Context, start: Start) -> Outcome {
    require_terminal()?;
    // Refused before the screen takes the terminal, so the message stays
    // readable and nothing is recorded with keys the person did not mean.
    let keymap = keys::config::load(&crate::config::config_path()).map_err(|e| {
        Failure::bad_input(format!(
            "heard did not start: the [keys] settings cannot be used. {e}"
        ))
    })?;
    keys::install(keymap);
    let me = if ctx.named {
        ctx.me
    } else {
        first_run::ask_name(&crate::config::config_path())?
    };
    widgets::theme::set_high_contrast(
        ctx.config.ui.theme == crate::config::ThemeName::HighContrast,
    );
    let mut app = App::new(
        ctx.store,
        me,
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
    app.external_editor = true;
    #[cfg(unix)]
    signals::before_raw_mode();
    let mut terminal = ratatui::try_init()
        .map_err(|e| Failure::refused(format!("cannot use this terminal: {e}")))?;
    let _ = execute!(std::io::stdout(), EnableBracketedPaste);
    mouse::release_on_panic();
    mouse::capture(true);
    #[cfg(unix)]
    signals::install();
    let result = loop {
        let events = {
            let _in_runtime = runtime.enter();
            futures::stream::select(EventStream::new(), resumed())
        };
        let result = runtime.block_on(app::run_loop(
            &mut app,
            &mut terminal,
            events,
            &mut std::io::stdout(),
        ));
        // The loop hands back the terminal when a draft goes to $EDITOR.
        let Some((part, text)) = app.take_pending_edit().filter(|_| result.is_ok()) else {
            break result;
        };
        edit_externally(&mut app, &mut terminal, part, text);
    };
    #[cfg(unix)]
    signals::uninstall();
    mouse::capture(false);
    let _ = execute!(std::io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    if let Some(s) = app.status.take() {
        println!("{s}");
    }
    result.map_err(|e| Failure::bad_input(format!("terminal error: {e}")))
}

/// A draft goes to $EDITOR: the editor owns the terminal meanwhile, its
/// stops included, and the screen is drawn whole when it comes back.
fn edit_externally(
    app: &mut App,
    terminal: &mut ratatui::DefaultTerminal,
    part: crate::domain::comments::DraftPart,
    text: String,
) {
    #[cfg(unix)]
    signals::uninstall();
    mouse::capture(false);
    let edited = external_editor::edit(&text);
    mouse::capture(true);
    #[cfg(unix)]
    signals::install();
    redraw_whole(terminal);
    app.update(match edited {
        Ok(text) => action::Action::ExternalEditDone { part, text },
        Err(why) => action::Action::Say(why),
    });
}

/// After another program had the terminal, nothing on it can be trusted:
/// clear it and draw an empty frame, so the next frame is drawn whole.
/// (`Terminal::clear` first asks the terminal where its cursor is; a
/// terminal that does not answer left the old frame in ratatui's memory,
/// and only the cells that changed were drawn over the editor's leftovers.)
fn redraw_whole(terminal: &mut ratatui::DefaultTerminal) {
    let _ = execute!(
        std::io::stdout(),
        crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
    );
    let blank = |f: &mut ratatui::Frame| f.render_widget(ratatui::widgets::Clear, f.area());
    let _ = terminal.draw(blank);
}
