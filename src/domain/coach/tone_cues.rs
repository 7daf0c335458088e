//! The cue words of `tone_shapes.rs`: one bit per kind of jab, so that a
//! sentence is looked at only for the kinds whose cue it holds (most hold
//! none; this runs on every word of every draft).

/// Cue words, one bit per kind of jab that needs them.
pub(super) const SOFT: u16 = 1;
pub(super) const IRONIC: u16 = 1 << 1;
pub(super) const WITHOUT: u16 = 1 << 2;
pub(super) const QUANT: u16 = 1 << 3;
pub(super) const LEGAL: u16 = 1 << 4;
pub(super) const NOT: u16 = 1 << 5;
pub(super) const GRIPE: u16 = 1 << 6;
pub(super) const ADVICE: u16 = 1 << 7;
pub(super) const HOW: u16 = 1 << 8;
pub(super) const SURE: u16 = 1 << 9;

/// The cue bit of one lowercase word (0 for most words). Dispatched on the
/// first letter so that a common word is compared with a handful of cues,
/// not all of them (this runs on every word of every draft).
pub(super) fn cue(w: &str) -> u16 {
    let Some(&first) = w.as_bytes().first() else {
        return 0;
    };
    if first < b'i' {
        cue_a_to_h(first, w)
    } else {
        cue_i_to_z(first, w)
    }
}

/// A cue bit, for the words from 'a' to 'h'.
fn cue_a_to_h(first: u8, w: &str) -> u16 {
    match first {
        b'a' => match w {
            "apologise" | "apologize" | "apologies" | "apology" => SOFT,
            "amusing" => IRONIC,
            "accordingly" => LEGAL,
            "advise" => ADVICE,
            "apparently" => SURE,
            _ => 0,
        },
        b'c' => match w {
            "convenient" | "curious" => IRONIC,
            "clearly" => SURE,
            _ => bit(is_adversarial(w), LEGAL),
        },
        b'd' => match w {
            "deserved" | "deserve" => SOFT,
            "disappointing" => GRIPE,
            _ => bit(is_adversarial(w), LEGAL),
        },
        b'f' => match w {
            "frustrating" | "fault" => SOFT,
            "funny" => IRONIC,
            "few" => QUANT,
            _ => 0,
        },
        b'e' => bit(w == "evidently", SURE),
        b'h' => match w {
            "how" => HOW,
            "harsh" => GRIPE,
            _ => 0,
        },
        _ => 0,
    }
}

/// A cue bit, for the words from 'i' to 'z'.
fn cue_i_to_z(first: u8, w: &str) -> u16 {
    match first {
        b'i' => match w {
            "imagine" => SOFT,
            "interesting" | "ironic" => IRONIC,
            "isn't" => NOT,
            _ => 0,
        },
        b'l' => bit(w == "lots", QUANT),
        b'm' => match w {
            "mistake" => SOFT,
            "most" | "many" => QUANT,
            "mean" => GRIPE,
            "maybe" => ADVICE,
            _ => 0,
        },
        b'n' => bit(w == "not", NOT),
        b'o' => match w {
            "odd" => IRONIC,
            "obviously" => SURE,
            "ours" => LEGAL,
            _ => 0,
        },
        b'p' => match w {
            "plenty" => QUANT,
            "perhaps" => ADVICE,
            _ => 0,
        },
        b'r' => match w {
            "remarkable" => IRONIC,
            "recommend" => ADVICE,
            _ => 0,
        },
        b's' => match w {
            "sorry" => SOFT,
            "strange" => IRONIC,
            "some" => QUANT,
            "steep" => GRIPE,
            "suggest" => ADVICE,
            _ => 0,
        },
        b't' => bit(w == "telling", IRONIC),
        b'u' => match w {
            "understand" | "upsetting" => SOFT,
            "unfair" => GRIPE,
            _ => 0,
        },
        b'w' => match w {
            "wrong" => SOFT,
            "without" => WITHOUT,
            "wasn't" | "won't" => NOT,
            _ => 0,
        },
        _ => 0,
    }
}

/// `bit` when `yes`.
fn bit(yes: bool, bit: u16) -> u16 {
    if yes { bit } else { 0 }
}

/// "contest", "disputing", "defended", "challenge": a fight, by its stem
/// ("disputable" is a judgement, not a move).
pub(super) fn is_adversarial(w: &str) -> bool {
    w.len() >= 6
        && ["contest", "disput", "defend", "challeng"]
            .iter()
            .any(|stem| w.starts_with(stem))
        && !w.ends_with("able")
}
