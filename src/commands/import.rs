//! `heard import`: reviews as the platforms hand them out. Idempotent by
//! platform and review id: a second run creates nothing new; an edited
//! review is recorded on its existing case.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use super::{Context, Failure, Outcome};
use crate::domain::{Clock, EventKind, Review};
use crate::import::{CsvMap, Format, parse};
use crate::store::Store;
use crate::store::playbooks::for_review;
use time::OffsetDateTime;

/// What one import did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub new: usize,
    pub updated: usize,
    pub already_there: usize,
    /// (position, reason) of every record that could not be read.
    pub rejected: Vec<(String, String)>,
    /// Customers whose review already has a reply on the platform.
    pub already_replied: Vec<String>,
    /// Customers who changed their review after our reply was sent.
    pub follow_up: Vec<String>,
}

pub fn import_bytes(
    ctx: &Context,
    bytes: &[u8],
    format: Format,
    map: Option<&CsvMap>,
) -> Result<Summary, Failure> {
    import_into(&ctx.store, &ctx.me, ctx.clock.now(), bytes, format, map)
}

/// Import into `store` as `me` at `now` (tests pass a fixed time).
pub fn import_into(
    store: &Store,
    me: &str,
    now: OffsetDateTime,
    bytes: &[u8],
    format: Format,
    map: Option<&CsvMap>,
) -> Result<Summary, Failure> {
    let parsed = parse(bytes, format, map, now).map_err(|e| Failure::bad_input(e.to_string()))?;
    let mut summary = Summary::default();
    // Reviews this import will create, by platform id: a file that holds
    // the same review twice creates one case, without asking the index.
    let mut made = HashMap::new();
    let mut to_create: Vec<Review> = Vec::new();
    let mut updates: Vec<(Target, Review)> = Vec::new();
    for record in parsed.records {
        let review = match record {
            Ok(r) => r,
            Err(e) => {
                summary.rejected.push((e.position, e.reason));
                continue;
            }
        };
        let key = (
            review.platform.clone(),
            review.platform_id.clone().unwrap_or_default(),
        );
        let target = match made.get(&key) {
            Some(k) => Some(Target::Made(*k)),
            None if key.1.is_empty() => None,
            None => store
                .find_by_platform_id(&key.0, &key.1)?
                .map(Target::Existing),
        };
        match target {
            Some(t) => updates.push((t, review)),
            None => {
                if review.existing_reply.is_some() {
                    summary.already_replied.push(review.customer.clone());
                }
                made.insert(key, to_create.len());
                to_create.push(review);
            }
        }
    }
    let ids = create_all(store, me, now, &to_create)?;
    summary.new = ids.len();
    for (target, review) in updates {
        let id = match target {
            Target::Existing(id) => id,
            Target::Made(k) => ids[k].clone(),
        };
        update_existing(store, me, now, &id, review, &mut summary)?;
    }
    // Cases this import made are indexed one by one; note the folder
    // listing too so the next start need not compare it.
    store.reindex_cases(std::iter::empty())?;
    Ok(summary)
}

/// A review already in a case: one in the store, or one this import makes.
enum Target {
    Existing(String),
    Made(usize),
}

/// Create a case for each review; their ids, in order. The store writes
/// them in batches, each made durable at once (see `store/batch.rs`).
fn create_all(
    store: &Store,
    me: &str,
    now: OffsetDateTime,
    reviews: &[Review],
) -> Result<Vec<String>, Failure> {
    // Choose each review's playbook as `heard new` would (the configured
    // walk, praise for warm 4–5 stars, never a praise playbook for a
    // complaint), deciding once per kind of review, not once per review.
    let mut chosen: HashMap<(&str, bool), usize> = HashMap::new();
    let mut playbooks: Vec<crate::domain::Playbook> = Vec::new();
    let mut which = Vec::with_capacity(reviews.len());
    for r in reviews {
        let key = (
            r.default_playbook(),
            crate::domain::floors::complaint(r).is_some(),
        );
        let at = match chosen.get(&key) {
            Some(at) => *at,
            None => {
                let found = for_review(&store.playbooks_dir(), r, None)
                    .map_err(|e| Failure::bad_input(e.to_string()))?;
                playbooks.push(found);
                chosen.insert(key, playbooks.len() - 1);
                playbooks.len() - 1
            }
        };
        which.push(at);
    }
    let items: Vec<(&Review, &crate::domain::Playbook)> = reviews
        .iter()
        .zip(which)
        .map(|(r, at)| (r, &playbooks[at]))
        .collect();
    Ok(store.create_cases(&items, me, now)?)
}

fn update_existing(
    store: &Store,
    me: &str,
    now: OffsetDateTime,
    id: &str,
    review: Review,
    summary: &mut Summary,
) -> Result<(), Failure> {
    // A case that cannot be read (damaged by hand, or half-made by an older
    // heard) is named, and the rest of the file still imports.
    let case = match store.load(id) {
        Ok(case) => case,
        Err(e) => {
            let who = review.customer.clone();
            summary
                .rejected
                .push((format!("{who}'s review"), e.to_string()));
            return Ok(());
        }
    };
    if case.review.same_words(&review) {
        summary.already_there += 1;
        return Ok(());
    }
    if case.sent.is_some() {
        summary.follow_up.push(review.customer.clone());
    }
    crate::app::record(
        store,
        id,
        me,
        vec![EventKind::ReviewUpdated {
            review: Box::new(review),
        }],
        now,
    )?;
    summary.updated += 1;
    Ok(())
}

pub fn run(ctx: &Context, file: &Path, format: &str, map: Option<&str>) -> Outcome {
    let format: Format = format
        .parse()
        .map_err(|e: crate::import::ImportError| Failure::bad_input(e.to_string()))?;
    let map: Option<CsvMap> = map
        .map(|m| {
            m.parse()
                .map_err(|e: crate::import::ImportError| Failure::bad_input(e.to_string()))
        })
        .transpose()?;
    let bytes = if file == Path::new("-") {
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .map_err(|e| Failure::bad_input(format!("cannot read stdin: {e}")))?;
        b
    } else {
        std::fs::read(file)
            .map_err(|e| Failure::bad_input(format!("cannot read {}: {e}", file.display())))?
    };
    let s = import_bytes(ctx, &bytes, format, map.as_ref())?;
    say!(
        "{} new, {} updated, {} already there, {} rejected",
        s.new,
        s.updated,
        s.already_there,
        s.rejected.len()
    );
    for (pos, reason) in &s.rejected {
        say!("  rejected {pos}: {reason}");
    }
    for c in &s.already_replied {
        say!("  note: {c}'s review already has a reply on the platform");
    }
    for c in &s.follow_up {
        say!("  follow up: {c} changed their review after our reply was sent");
    }
    Ok(())
}
