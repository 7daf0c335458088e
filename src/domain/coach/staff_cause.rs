//! One member of staff given as the cause: a described or named person
//! ("our new waiter", "one of our summer interns", "the lad we sent out",
//! "the duty manager on the night", "Kayla") as the subject of what went
//! wrong — a failure, a mistake, an excuse about who they are ("was
//! covering", "is a subcontractor", "was only with us a few weeks") — or
//! their punishment told in public ("has since left us", "won't be on the
//! desk again"). Staff doing the remedy ("our manager will call you"),
//! staff praised, and the business owning it ("our team got it wrong")
//! are not blame. Read from the shape, so these warn unless the words
//! state the fault (see `evidence.rs`).

use super::clauses::Clauses;
use super::lexicon::*;
use super::structure::Span;

/// Staff roles the lexicon's STAFF class does not hold.
fn is_role(w: &str) -> bool {
    matches!(
        w,
        "intern"
            | "interns"
            | "paralegal"
            | "paralegals"
            | "tech"
            | "techs"
            | "admin"
            | "packer"
            | "dev"
            | "developer"
            | "counselor"
            | "counsellor"
            | "walker"
            | "substitute"
            | "bookkeeper"
            | "negotiator"
            | "negotiators"
            | "volunteer"
            | "locum"
            | "cashier"
            | "attendant"
            | "steward"
            | "chauffeur"
            | "concierge"
            | "caretaker"
            | "carer"
            | "physio"
            | "optometrist"
            | "pharmacist"
            | "dispenser"
            | "surveyor"
            | "operative"
            | "labourer"
            | "roofer"
            | "tiler"
            | "glazier"
            | "locksmith"
            | "accountant"
            | "administrator"
            | "coordinator"
            | "estimator"
            | "boy"
            | "lady"
            | "team"
            | "staff"
            | "master"
            | "lead"
            | "desk"
            | "person"
    )
}

/// A role, one or many ("valets").
fn is_role_or_roles(w: &str) -> bool {
    is_role(w) || w.strip_suffix('s').is_some_and(is_role)
}

/// A deed after "should have": a past participle, not "come" or "been".
fn is_deed(w: &str) -> bool {
    !matches!(w, "come" | "been")
        && (super::cause_words::is_done(w)
            || matches!(
                w,
                "reset" | "done" | "told" | "rung" | "shown" | "fit" | "cut"
            ))
}

/// Where someone works: "left the firm".
fn is_workplace(w: &str) -> bool {
    matches!(
        w,
        "firm" | "company" | "business" | "practice" | "team" | "salon" | "shop"
    )
}

/// Heads that only name a person with a word in front ("front desk team",
/// "game master", "crew lead", "member of staff"): alone they mean the
/// business or something else.
fn needs_modifier(w: &str) -> bool {
    matches!(w, "team" | "staff" | "master" | "lead" | "desk" | "person")
}

/// Words that open a noun phrase naming somebody.
fn is_opener(w: &str) -> bool {
    // Not "my": "my colleague shouldn't have…" is the writer speaking for
    // their own people, as owning as "we".
    matches!(w, "our" | "the" | "a" | "an" | "this" | "that")
}

/// Words that may stand between an opener and the role ("our new summer
/// intern", "the night desk"): not a verb, pronoun or preposition.
fn is_modifier(w: &str) -> bool {
    !w.is_empty()
        && !matches!(
            w,
            "and" | "or" | "to" | "of" | "for" | "with" | "by" | "on" | "in" | "at" | "from"
        )
        && !w.ends_with("ed")
        && !w.ends_with("ly")
}

/// What can come just before a staff subject in its clause: nothing, a
/// joining word, or a hedge ("It turns out our tech…").
fn opens_subject(w: &str) -> bool {
    matches!(
        w,
        "" | "and"
            | "but"
            | "because"
            | "as"
            | "since"
            | "so"
            | "when"
            | "while"
            | "unfortunately"
            | "sadly"
            | "honestly"
            | "frankly"
            | "out"
            | "that"
            | "then"
            | "also"
            | "however"
            | "unlike"
    )
}

/// A failure or mistake word: the subject did something wrong.
fn is_failing(w: &str) -> bool {
    matches!(
        w,
        "didn't"
            | "wasn't"
            | "weren't"
            | "hadn't"
            | "couldn't"
            | "shouldn't"
            | "never"
            | "failed"
            | "forgot"
            | "neglected"
            | "missed"
            | "misread"
            | "misheard"
            | "misjudged"
            | "misunderstood"
            | "misquoted"
            | "misplaced"
            | "miscalculated"
            | "misinformed"
            | "mislabelled"
            | "mislabeled"
            | "misfiled"
            | "overlooked"
            | "ignored"
            | "wrong"
            | "incorrectly"
            | "slipped"
            | "mixed"
            | "confused"
            | "stepped"
            | "walked"
            | "wandered"
            | "covering"
            | "turnover"
            | "supposed"
            | "should"
            | "should've"
    )
}

/// Who they are, given as the reason: "is a subcontractor", "was new".
fn is_excuse_identity(w: &str) -> bool {
    matches!(
        w,
        "subcontractor"
            | "contractor"
            | "volunteer"
            | "temp"
            | "trainee"
            | "new"
            | "agency"
            | "inexperienced"
            | "first"
            | "only"
            | "freelancer"
            | "locum"
            | "off"
            | "sick"
            | "ill"
            | "learning"
            | "newly"
    )
}

/// Outcomes for a person told in public: "has since left", "won't be on
/// the desk again", "has been removed".
fn is_outcome(w: &str) -> bool {
    matches!(w, "left" | "removed" | "queried" | "suspended" | "let")
}

impl Clauses<'_, '_> {
    /// Every clause with one member of staff as the cause, appended to
    /// `out` unless a span already there covers it.
    pub fn staff_cause(&self, out: &mut Vec<Span>) {
        let n = self.text.words.len();
        // Where to read on from: one finding a sentence is enough. A word
        // not cued has no class and no capital, and opens nothing here.
        let mut from = 0;
        for i in self.cued() {
            if i < from {
                continue;
            }
            let first = self.text.src.as_bytes()[self.text.words[i].start];
            let found = if self.text.words[i].quoted
                || (self.cls[i] & (CAUSE_CUE | STAFF) == 0 && !first.is_ascii_uppercase())
            {
                None
            } else if self.lw(i) == "unlike" {
                self.unlike_staff(i)
            } else if self.listed_with_feeling(i) {
                None
            } else if self.is(i, STAFF) || is_role_or_roles(self.lw(i)) {
                self.staff_subject(i)
                    .and_then(|s| self.went_wrong(s, i, false))
                    .or_else(|| self.done_by_staff(i))
            } else if self.names_someone(i) {
                self.went_wrong(i, i, true)
            } else {
                None
            };
            if let Some(span) = found {
                if !out.iter().any(|o| o.0 < span.1 && span.0 < o.1) {
                    out.push(span);
                }
                let s = self.text.words[i].sentence;
                from = i;
                while from < n && self.text.words[from].sentence == s {
                    from += 1;
                }
            }
        }
    }

    /// Where the noun phrase whose head is the role at `h` starts, when it
    /// names one of the shop's people as a clause's subject: "our new
    /// waiter", "one of our interns", "the duty manager", "he" for staff.
    fn staff_subject(&self, h: usize) -> Option<usize> {
        let head = self.lw(h);
        if matches!(head, "he" | "she" | "he's" | "she's") {
            return self.pronoun_means_staff(h).then_some(h);
        }
        let mut s = h;
        while s > 0 && h - s < 4 && self.same_clause(s - 1, h) && !is_opener(self.lw(s)) {
            if !is_modifier(self.lw(s - 1)) || self.is(s - 1, WE | YOU) {
                break;
            }
            s -= 1;
        }
        if !is_opener(self.lw(s)) {
            return None;
        }
        // "our team" alone is the business as a whole; "our front desk
        // team" is some of its people.
        if needs_modifier(head) && s + 1 == h && !self.member_of(s) {
            return None;
        }
        // "one of our interns", "a member of staff".
        if s >= 2 && self.lw(s - 1) == "of" && matches!(self.lw(s - 2), "one" | "some" | "two") {
            s -= 2;
        }
        let before = if s > 0 && self.same_clause(s - 1, s) {
            self.lw(s - 1)
        } else {
            ""
        };
        opens_subject(before).then_some(s)
    }

    /// "the wrong laptop was picked by our warehouse team", "priced by a
    /// new volunteer who missed the zip": staff as the agent of a passive.
    fn done_by_staff(&self, h: usize) -> Option<Span> {
        let mut s = h;
        while s > 0 && h - s < 4 && self.same_clause(s - 1, h) && !is_opener(self.lw(s)) {
            s -= 1;
        }
        if !is_opener(self.lw(s)) || s == 0 || self.lw(s - 1) != "by" {
            return None;
        }
        if needs_modifier(self.lw(h)) && s + 1 == h {
            return None;
        }
        let wrong = |k: usize| {
            self.same_sentence(h, k)
                && is_failing(self.lw(k))
                && !self.kind_failing(k)
                && !matches!(self.lw(k), "should" | "should've")
        };
        let k = (s.saturating_sub(8)..s)
            .chain(h + 1..h + 6)
            .find(|&k| wrong(k))?;
        Some(self.span(k.min(s), k.max(h)))
    }

    /// "a member of staff", "one of the team": the head names one person.
    fn member_of(&self, s: usize) -> bool {
        s >= 2 && self.lw(s - 1) == "of" && matches!(self.lw(s - 2), "member" | "one")
    }

    /// A capitalised first name as the subject of a clause: "Kayla was
    /// covering", "…, and Tom stepped away".
    fn names_someone(&self, i: usize) -> bool {
        let raw = self.raw(i);
        let mut cs = raw.chars();
        let name = cs.next().is_some_and(char::is_uppercase)
            && cs.all(char::is_lowercase)
            && raw.len() >= 3
            && self.cls[i] & MEANINGS == 0
            && !raw.ends_with("ly");
        if !name || super::excuses::is_calendar_or_number(self.lw(i)) || self.opening_gerund(i) {
            return false;
        }
        let first = i == 0 || !self.same_sentence(i - 1, i);
        let before = if first || !self.same_clause(i - 1, i) {
            ""
        } else {
            self.lw(i - 1)
        };
        let next = self.lw(i + 1);
        let verb = matches!(next, "was" | "had" | "has" | "is" | "just" | "then")
            || (is_failing(next) && !matches!(next, "wrong" | "wasn't" | "weren't"));
        verb && opens_subject(before)
            && !matches!(self.lw(i), "the" | "our" | "this" | "that" | "it" | "there")
    }

    /// The span from the subject at `s` (head `h`) to what went wrong,
    /// when the next words say it: a failure, an excuse of who they are,
    /// or an outcome told in public. Staff doing the remedy ("will call
    /// you") and the business stepping in ("and we refunded") stop it.
    fn went_wrong(&self, s: usize, h: usize, name: bool) -> Option<Span> {
        let mut j = h + 1;
        while j < h + 18 && self.same_sentence(h, j) {
            let w = self.lw(j);
            // The business as the next subject, or a remedy to come.
            let joined =
                matches!(self.lw(j - 1), "and" | "but" | "so") || !self.same_clause(j - 1, j);
            if (self.is(j, WE) && joined && j > h + 1)
                || matches!(w, "will" | "can" | "could" | "would" | "going" | "helped")
                || w.ends_with("'ll")
            {
                return None;
            }
            // "our technicians found a faulty part": the finder.
            if self.sorry_or_owned(j) || matches!(w, "found" | "traced" | "spotted") {
                return None;
            }
            // A capitalised word may be a thing ("Breakfast was wrong"):
            // a name needs something only a person does.
            let thing_too = name && matches!(w, "wrong" | "wasn't" | "weren't" | "never");
            // "a locker that didn't lock and a night desk that didn't
            // help" restates what the customer met, one thing after another.
            let listed = matches!(self.lw(s), "a" | "an")
                && (h + 1..j).any(|k| matches!(self.lw(k), "that" | "which"));
            // "our attendant should have sorted it" owns the duty as the
            // business's; "the tech who came should have sealed it" and
            // "our game master Tyler should have…" single a person out.
            let should = matches!(w, "should" | "should've");
            let ours_only = self.lw(s) == "our"
                && !(h + 1..j).any(|k| self.raw(k).starts_with(char::is_uppercase));
            let owned_duty = should && (name || ours_only);
            if is_failing(w) && !thing_too && !listed && !owned_duty && !self.kind_failing(j) {
                return Some(self.span(s, j));
            }
            // "is a self-employed subcontractor", "he's still learning".
            let be = (j.saturating_sub(3)..j).any(|k| {
                matches!(
                    self.lw(k),
                    "was" | "is" | "a" | "an" | "been" | "still" | "were"
                ) || self.lw(k).ends_with("'s")
            });
            if be && is_excuse_identity(w) && !name {
                return Some(self.span(s, j));
            }
            if (self.is(j, DISCIPLINED) && be) || self.outcome(j) {
                return Some(self.span(s, j));
            }
            j += 1;
        }
        None
    }

    /// A failure word that is no fault: "didn't hesitate", "never let us
    /// down", "never stopped smiling".
    fn kind_failing(&self, j: usize) -> bool {
        let next = self.lw(j + 1);
        matches!(
            next,
            "hesitate" | "stop" | "stopped" | "mind" | "let" | "complain"
        ) || (self.lw(j) == "stepped" && next != "away")
            || (self.lw(j) == "walked" && !matches!(next, "off" | "away" | "out"))
            || (self.lw(j) == "wandered" && next != "off")
            || (self.lw(j) == "covering"
                && !matches!(next, "for" | "from" | "the" | "a" | "his" | "her"))
            || (self.lw(j) == "mixed" && next != "up")
            || (matches!(self.lw(j), "should" | "supposed") && !self.owed(j))
    }

    /// "unlike some instructors who've been with us": the others run down.
    fn unlike_staff(&self, i: usize) -> Option<Span> {
        (i + 1..i + 4)
            .take_while(|&k| self.same_clause(i, k))
            .find(|&k| self.is(k, STAFF) || is_role_or_roles(self.lw(k)))
            .map(|k| self.span(i, k))
    }

    /// "should have reset the locks", "was supposed to send": a duty of
    /// theirs left undone ("should have come home brushed" names no duty).
    fn owed(&self, j: usize) -> bool {
        match self.lw(j) {
            // "should have the part by Friday" expects; "should have
            // reset it" says what they did not do.
            "should" => self.lw(j + 1) == "have" && is_deed(self.lw(j + 2)),
            "should've" => is_deed(self.lw(j + 1)),
            _ => self.lw(j + 1) == "to",
        }
    }

    /// "has since left us", "won't be on the desk again", "has been let go".
    fn outcome(&self, j: usize) -> bool {
        let w = self.lw(j);
        let prev = self.lw(j - 1);
        // "given a formal warning".
        if w == "warning" {
            return matches!(prev, "formal" | "written" | "final");
        }
        if w == "again" {
            return (j.saturating_sub(6)..j).any(|k| matches!(self.lw(k), "won't" | "not"));
        }
        is_outcome(w)
            && matches!(prev, "since" | "been" | "has" | "have" | "had")
            && (w != "let" || self.lw(j + 1) == "go")
            && (w != "left" || !matches!(self.lw(j + 1), "a" | "you" | "it" | "the" | "your"))
            || (w == "left" && self.lw(j + 1) == "the" && is_workplace(self.lw(j + 2)))
            || self.walked_off(j)
    }

    /// "left halfway through your service", "has since been taken off your
    /// block": a person walking off the job, or taken off it, told in public.
    fn walked_off(&self, j: usize) -> bool {
        let next = self.lw(j + 1);
        match self.lw(j) {
            "left" => matches!(next, "halfway" | "midway" | "partway" | "mid"),
            "taken" => self.lw(j - 1) == "been" && next == "off",
            _ => false,
        }
    }

    /// An apology or "I"/"we" owning it at `j`: the clause is the
    /// business's, not one person's.
    fn sorry_or_owned(&self, j: usize) -> bool {
        matches!(self.lw(j), "sorry" | "apologise" | "apologize")
            || (self.lw(j) == "on" && matches!(self.lw(j + 1), "us" | "me"))
    }
}
