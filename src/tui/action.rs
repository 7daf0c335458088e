//! Everything the app can be asked to do. Screens turn keys into these;
//! `App::update` carries them out.

use crate::domain::EventKind;
use crate::domain::comments::DraftPart;
use crate::send::Channel;

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Save what is typed and leave heard.
    Quit,
    /// Show or hide the help overlay.
    ToggleHelp,
    /// Go to the list of cases.
    GoHome,
    /// Open a case in the walk.
    OpenCase(String),
    /// Start a case from the shipped sample review.
    StartSample,
    /// Show the patterns across every case (read on demand).
    ShowPatterns,
    /// Start a case from pasted text.
    CreateFromText(String),
    /// Record events on the open case, as the person at the keyboard or as
    /// a colleague (the pairing hand-over).
    Record {
        by: Option<String>,
        events: Vec<EventKind>,
    },
    /// Deliver the approved reply.
    Send(Channel),
    /// The send command finished (on its worker): what to tell the person.
    SendFinished(String),
    /// Show a message in the status line.
    Say(String),
    /// Open one draft in the person's own editor ($VISUAL / $EDITOR),
    /// suspending the screen meanwhile.
    EditExternally { part: DraftPart, text: String },
    /// The editor closed with this text: record it as that draft.
    ExternalEditDone { part: DraftPart, text: String },
}
