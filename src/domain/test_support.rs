//! What the domain's tests build again and again: a small playbook and a
//! case folded from events, starting at one fixed time.

use time::{OffsetDateTime, macros::datetime};

use super::{Case, Event, EventKind, Playbook, Review};

pub(crate) const T0: OffsetDateTime = datetime!(2026-11-23 09:00 UTC);

/// A playbook with id `t`: `settings` is its TOML after the name (`[gates]`
/// and maybe `[coach]`), then one step of each kind in `steps`.
pub(crate) fn playbook(settings: &str, steps: &[&str]) -> Playbook {
    let mut toml = format!("id = \"t\"\nname = \"Test\"\n{settings}\n");
    for kind in steps {
        let title = match *kind {
            "check-in" => "Check in",
            "compose" => "Compose",
            other => other,
        };
        toml.push_str(&format!(
            "[[steps]]\nid = \"{kind}\"\nkind = \"{kind}\"\ntitle = \"{title}\"\nwhy = \"w\"\n"
        ));
    }
    Playbook::parse(&toml, "t").unwrap()
}

/// The case `id`: created by ann at `T0` with `playbook`, then `events`.
pub(crate) fn fold(
    id: &str,
    review: Review,
    playbook: &Playbook,
    events: impl IntoIterator<Item = Event>,
) -> Case {
    let mut all = vec![Event::new(
        T0,
        "ann",
        EventKind::Created {
            playbook: Some(Box::new(playbook.clone())),
            playbook_sha256: "x".into(),
        },
    )];
    all.extend(events);
    Case::fold(id, review, &all).unwrap()
}

/// A review with these stars and words, received at `T0`.
pub(crate) fn review_with(rating: Option<u8>, text: &str) -> Review {
    Review {
        customer: "Mara".into(),
        platform: "text".into(),
        rating,
        title: None,
        text: text.into(),
        received_at: T0,
        platform_id: None,
        url: None,
        existing_reply: None,
    }
}

/// A case whose playbook answers within `hours`, received at `received`,
/// sent at `sent_at` if given: the deadline's table tests and its words.
pub(crate) fn with_deadline(
    hours: u32,
    received: OffsetDateTime,
    sent_at: Option<OffsetDateTime>,
) -> Case {
    let playbook = playbook(
        &format!(
            "[gates]\ncooldown_minutes = 0\nupset_cooldown_minutes = 0\n\
             response_deadline_hours = {hours}"
        ),
        &["compose"],
    );
    let review = Review {
        customer: "Ann".into(),
        platform: "google".into(),
        rating: Some(1),
        title: None,
        text: "Cold.".into(),
        received_at: received,
        platform_id: None,
        url: None,
        existing_reply: None,
    };
    let sent = sent_at.map(|at| {
        Event::new(
            at,
            "me",
            EventKind::Sent {
                channel: "file".into(),
                drafts_sha256: String::new(),
            },
        )
    });
    fold("c", review, &playbook, sent)
}
