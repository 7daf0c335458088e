//! Words and layout for people: turns what the domain decided (typed
//! reasons, durations, times) into the text both front ends show. The
//! domain itself holds no English; the TUI and the CLI both call here.

pub mod columns;
pub mod debrief;
pub mod gate;
pub mod inbox;
pub mod refusal;
pub mod review;
pub mod time;
