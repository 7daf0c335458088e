//! Words and layout for people: turns what the domain decided (typed
//! reasons, durations, times) into the text both front ends show. The
//! domain itself holds no English; the TUI and the CLI both call here.

pub mod action;
pub mod alarm;
pub mod case;
pub mod coach;
pub mod columns;
pub mod comments;
pub mod debrief;
pub mod draft;
pub mod escalation;
pub mod filter;
pub mod floors;
pub mod follow_up;
pub mod gate;
pub mod inbox;
pub mod integrity;
pub mod playbook;
pub mod practice;
pub mod rating;
pub mod refusal;
pub mod review;
pub mod signing;
pub mod team;
pub mod time;
pub mod timeline;
pub mod triage;
pub mod when;
