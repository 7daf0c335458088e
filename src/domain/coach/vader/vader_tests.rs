mod prefilter_tests {
    use super::super::*;

    #[test]
    fn texts_that_score_negative_always_pass_the_prefilter() {
        let texts = [
            "You are not happy with this, I know.",
            "Yeah right, great service",
            "The least helpful shop",
            "No good at all!!!",
            "It was the kiss of death for my party",
            "You ruined it",
            "YOU DIDN'T CARE",
            "Never so pleased, but still.",
            "Thanks, lovely mug, great care.",
            "The box is blue and the mug is red.",
            "Awful 😠",
        ];
        for t in texts {
            if compound(t) < 0.0 {
                assert!(can_be_negative(t), "{t}");
            }
        }
        assert!(!can_be_negative("Thanks, lovely mug, great care."));
    }
}

mod tests {
    use super::super::*;

    #[test]
    fn reference_examples_from_the_vader_readme() {
        // Values printed by vaderSentiment 3.3.2's own demo.
        let cases = [
            ("VADER is smart, handsome, and funny.", 0.8316),
            ("VADER is VERY SMART, handsome, and FUNNY!!!", 0.9342),
            ("VADER is not smart, handsome, nor funny.", -0.7424),
            ("At least it isn't a horrible book.", 0.431),
            ("Today SUX!", -0.5461),
            ("Not bad at all", 0.431),
            ("", 0.0),
        ];
        for (text, want) in cases {
            assert!(
                (compound(text) - want).abs() < 1e-4,
                "{text}: {} != {want}",
                compound(text)
            );
        }
    }
}

mod booster_data_tests {
    use super::super::*;

    #[test]
    fn every_booster_line_is_read() {
        let lines: Vec<&str> = include_str!("boosters.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect();
        let read = MODEL.words.values().filter(|w| w.booster.is_some()).count();
        assert_eq!(read, lines.len(), "a booster line did not parse");
        let table = [("kind of", B_DECR), ("slightly", B_DECR), ("very", B_INCR)];
        for (word, want) in table {
            assert_eq!(MODEL.words[word].booster, Some(want), "{word}");
        }
    }
}

mod fast_path_tests {
    use super::super::*;

    #[test]
    fn a_negation_is_found_as_the_plain_window_search_finds_it() {
        let slow = |w: &str| w.as_bytes().windows(3).any(|x| x == b"n't");
        for w in [
            "",
            "n",
            "n'",
            "n't",
            "don't",
            "can't've",
            "nt",
            "dont",
            "'t",
            "won\u{2019}t",
            "caf\u{e9}n't",
            "o'clock",
            "isn't",
            "x'n't",
            "rock'n'roll",
            "n'tn't",
        ] {
            assert_eq!(has_nt(w), slow(w), "{w:?}");
        }
    }
}

mod speed3_tests {
    use super::super::*;

    /// The reference's `strip_punc_if_word` as written (characters trimmed,
    /// then counted), against the byte trim.
    fn plain_strip(token: &str) -> &str {
        let stripped = token.trim_matches(|c: char| c.is_ascii_punctuation());
        if stripped.chars().count() <= 2 {
            token
        } else {
            stripped
        }
    }

    #[test]
    fn punctuation_is_stripped_as_the_reference_strips_it() {
        let tokens = [
            "",
            "!",
            "!!!",
            "ok.",
            "ok!!",
            "(sorry)",
            "\u{201c}great\u{201d}",
            "\u{2018}x\u{2019}.",
            "caf\u{e9}.",
            "cafe\u{301}!",
            "..\u{e9}\u{e9}..",
            "\"\u{e9}\u{e9}\u{e9}\"",
            "'ab'",
            "'abc'",
            "--well--",
            "#1",
            "100%",
            "a.b.c",
            "\u{1F600}!",
            "verylongwordwithoutanypunctuationinsideitatall...",
        ];
        for t in tokens {
            assert_eq!(strip_punc_if_word(t), plain_strip(t), "{t:?}");
        }
    }

    #[test]
    fn idiom_words_alone_are_not_known_words() {
        // The idioms' words are in the model only to mark where an idiom
        // may start; VADER does not know "bus" or "stop" as sentiment.
        for w in [
            "bus", "stop", "death", "heart", "beating", "die", "the", "of",
        ] {
            let plain = MODEL
                .words
                .get(w)
                .is_some_and(|i| i.lex.is_some() || i.booster.is_some() || i.negate);
            assert_eq!(knows(w), plain, "{w}");
        }
        assert!(knows("good"));
        assert!(!knows("bus"));
        assert!(MODEL.words.get("bus").is_some_and(|i| i.idiom));
    }
}
