//! The reviewer's commands: `heard review [ID]`, `heard approve`,
//! `heard request-changes`, and `heard draft` for people who write in their
//! own editor. Every rule is the domain's; these only print and record.

use std::path::Path;

use super::{Context, Failure, Outcome};
use crate::app::sign::sign;
use crate::domain::comments::{Anchor, LineComment, summarise};
use crate::domain::gate::{approval_refusal, peer_review, stale_approval};
use crate::domain::inbox::review_pending;
use crate::domain::signing::approval_message;
use crate::domain::{Case, Drafts, EventKind};
use crate::present::review::{authors, render_review};
use crate::present::time::short_time;

fn waiting_since(case: &Case) -> time::OffsetDateTime {
    case.last_draft_edit
        .as_ref()
        .map_or(case.created_at, |(_, at)| *at)
}

/// `heard review`: every case waiting for a reviewer, oldest first.
pub fn list(ctx: &Context) -> Outcome {
    // Only the cases the index says wait for review are read.
    let ids = ctx.store.with_index(|ix| ix.review_pending_ids())?;
    let (mut cases, mut errors) = (Vec::new(), Vec::new());
    for id in ids {
        match ctx.store.load(&id) {
            Ok(c) => cases.push(c),
            Err(e) => errors.push(e),
        }
    }
    cases.retain(review_pending);
    cases.sort_by_key(waiting_since);
    if cases.is_empty() {
        say!("Nothing is waiting for review.");
    }
    for c in &cases {
        let note = if c.is_author(&ctx.me) {
            "you wrote it: ask a colleague".to_string()
        } else if let Some(refusal) = c.team.refusal(&ctx.me) {
            refusal
                .to_string()
                .split(';')
                .next()
                .unwrap_or_default()
                .to_string()
        } else if stale_approval(c).is_some() {
            "edited since the last approval".to_string()
        } else {
            format!("heard review {}", c.id)
        };
        say!(
            "{:<28} {:<18} waiting since {}  by {}  — {}",
            c.id,
            c.review.customer,
            short_time(waiting_since(c)),
            authors(c),
            note
        );
    }
    for e in errors {
        say_err!("skipped a damaged case: {e}");
    }
    Ok(())
}

/// `heard review ID`: read-only.
pub fn show(ctx: &Context, id: &str) -> Outcome {
    let id = ctx.store.resolve(id)?;
    let case = ctx.store.load(&id)?;
    let recurring = super::diagnose::alarm_lines(ctx, &case)?;
    say_part!("{}", render_review(&case, &ctx.me, &recurring));
    Ok(())
}

fn record(ctx: &Context, id: &str, kind: EventKind) -> Outcome {
    ctx.record(id, vec![kind]).map(|_| ())
}

/// `heard approve ID [--note TEXT]`: approves exactly the text on file.
pub fn approve(ctx: &Context, id: &str, note: Option<String>) -> Outcome {
    let id = ctx.store.resolve(id)?;
    let case = ctx.store.load(&id)?;
    if let Some(refusal) = approval_refusal(&case, &ctx.me) {
        return Err(Failure::refused(format!("not approved: {refusal}")));
    }
    let hash = case.drafts.sha256();
    let signature = match &ctx.config.identity.signing_key {
        Some(key) => {
            let message = approval_message(&id, &hash, &ctx.me);
            Some(sign(key, &message).map_err(|e| Failure::refused(format!("not approved: {e}")))?)
        }
        None => None,
    };
    record(
        ctx,
        &id,
        EventKind::Approved {
            drafts_sha256: hash.clone(),
            note: note.unwrap_or_default().trim().to_string(),
            signature,
            at_keyboard: false,
        },
    )?;
    say!(
        "{} approved exactly this text:\n\n{}\nsha256 {hash}",
        ctx.me,
        case.drafts.delivery_text()
    );
    let after = ctx.store.load(&id)?;
    let gate = peer_review(&after);
    say!("Peer review gate: {}", gate.reason);
    Ok(())
}

/// `heard request-changes ID --comment TEXT [--line public:3]`: each
/// comment with the line it is about, if any.
pub fn request_changes(
    ctx: &Context,
    id: &str,
    comments: Vec<(String, Option<String>)>,
) -> Outcome {
    let id = ctx.store.resolve(id)?;
    let case = ctx.store.load(&id)?;
    if case.sent.is_some() {
        return Err(Failure::refused("this case was already sent"));
    }
    if !case.drafts_complete() {
        return Err(Failure::refused(
            "there is nothing to review yet: both drafts must be written",
        ));
    }
    let mut list = Vec::new();
    for (text, line) in comments {
        let text = text.trim().to_string();
        if text.is_empty() {
            return Err(Failure::bad_input(
                "a comment is empty: say what should change",
            ));
        }
        let anchor = match line {
            Some(spec) => Some(
                Anchor::parse(&spec, &case.drafts)
                    .map_err(|e| Failure::bad_input(e.to_string()))?,
            ),
            None => None,
        };
        list.push(LineComment { text, anchor });
    }
    if list.is_empty() {
        return Err(Failure::bad_input(
            "say what should change: --comment TEXT (with --line public:3 to point at a line)",
        ));
    }
    let n = list.len();
    record(
        ctx,
        &id,
        EventKind::ChangesRequested {
            drafts_sha256: case.drafts.sha256(),
            comment: summarise(&list),
            comments: list,
        },
    )?;
    say!(
        "{} asked for changes ({n} comment{}); the author sees them in the compose step.",
        ctx.me,
        if n == 1 { "" } else { "s" }
    );
    Ok(())
}

/// Pair each `--line` with its `--comment`: the comment just before it on
/// the command line, or the first one after it when it comes first.
/// Arguments are (position on the command line, value).
pub fn pair_comments(
    comments: Vec<(usize, String)>,
    lines: Vec<(usize, String)>,
) -> Result<Vec<(String, Option<String>)>, Failure> {
    let mut out: Vec<(String, Option<String>)> =
        comments.iter().map(|(_, c)| (c.clone(), None)).collect();
    for (at, line) in lines {
        let target = comments
            .iter()
            .rposition(|(c, _)| *c < at)
            .or_else(|| comments.iter().position(|(c, _)| *c > at))
            .ok_or_else(|| Failure::bad_input(format!("--line {line} has no --comment")))?;
        if let Some(old) = &out[target].1 {
            return Err(Failure::bad_input(format!(
                "the comment “{}” has two lines ({old} and {line}); give each line its own --comment",
                out[target].0
            )));
        }
        out[target].1 = Some(line);
    }
    Ok(out)
}

fn read_draft(path: &Path) -> Result<String, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::bad_input(format!("cannot read {}: {e}", path.display())))?;
    Ok(text.trim_end().to_string())
}

/// `heard draft ID [--public FILE] [--private FILE]`: a new version of the
/// drafts by the person acting, like an edit in the compose step.
pub fn draft(ctx: &Context, id: &str, public: Option<&Path>, private: Option<&Path>) -> Outcome {
    let id = ctx.store.resolve(id)?;
    let case = ctx.store.load(&id)?;
    if public.is_none() && private.is_none() {
        say_part!("{}", case.drafts.delivery_text());
        say!(
            "\nTo change them: heard draft {} --public FILE --private FILE",
            case.id
        );
        return Ok(());
    }
    if case.sent.is_some() {
        return Err(Failure::refused(
            "this case was already sent; its drafts cannot change",
        ));
    }
    let drafts = Drafts::new(
        public
            .map(read_draft)
            .transpose()?
            .unwrap_or(case.drafts.public.clone()),
        private
            .map(read_draft)
            .transpose()?
            .unwrap_or(case.drafts.private.clone()),
    );
    if drafts == case.drafts {
        say!("The drafts are unchanged.");
        return Ok(());
    }
    if case.opened_at.is_none() {
        // Writing the reply is working on the case: the cool-down starts.
        record(ctx, &id, EventKind::Opened)?;
    }
    record(
        ctx,
        &id,
        EventKind::DraftEdited {
            drafts: drafts.clone(),
        },
    )?;
    // The compose step restores the person's autosave; keep it in step.
    ctx.store.autosave(&id, &ctx.me, &drafts)?;
    let after = ctx.store.load(&id)?;
    say!(
        "Saved a new version of the drafts by {} (sha256 {}).",
        ctx.me,
        &after.drafts.sha256()[..12]
    );
    if let Some(stale) = stale_approval(&after) {
        say!("Note: {stale}.");
    } else if !after.drafts_complete() {
        say!("Both drafts need text before a colleague can approve them.");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::pair_comments;

    #[test]
    #[allow(clippy::type_complexity)] // the table is read row by row
    fn lines_pair_with_the_comment_before_them_table() {
        let c = |v: &[(usize, &str)]| v.iter().map(|(i, s)| (*i, s.to_string())).collect();
        // (comments, lines, expected pairs or error part)
        let table: Vec<(
            Vec<(usize, String)>,
            Vec<(usize, String)>,
            Result<Vec<(&str, Option<&str>)>, &str>,
        )> = vec![
            (c(&[(1, "a")]), c(&[]), Ok(vec![("a", None)])),
            (
                c(&[(1, "a")]),
                c(&[(3, "public:1")]),
                Ok(vec![("a", Some("public:1"))]),
            ),
            // A line written first belongs to the comment after it.
            (
                c(&[(3, "a")]),
                c(&[(1, "public:1")]),
                Ok(vec![("a", Some("public:1"))]),
            ),
            (
                c(&[(1, "a"), (5, "b")]),
                c(&[(7, "private:2")]),
                Ok(vec![("a", None), ("b", Some("private:2"))]),
            ),
            (
                c(&[(1, "a"), (5, "b")]),
                c(&[(3, "public:1"), (7, "private:2")]),
                Ok(vec![("a", Some("public:1")), ("b", Some("private:2"))]),
            ),
            (
                c(&[(1, "a")]),
                c(&[(3, "public:1"), (5, "public:2")]),
                Err("two lines"),
            ),
        ];
        for (i, (comments, lines, want)) in table.into_iter().enumerate() {
            match (pair_comments(comments, lines), want) {
                (Ok(got), Ok(want)) => {
                    let got: Vec<(&str, Option<&str>)> = got
                        .iter()
                        .map(|(c, l)| (c.as_str(), l.as_deref()))
                        .collect();
                    assert_eq!(got, want, "row {i}");
                }
                (Err(e), Err(part)) => assert!(e.message.contains(part), "row {i}: {}", e.message),
                (got, _) => panic!("row {i}: {:?}", got.map_err(|e| e.message)),
            }
        }
    }
}
