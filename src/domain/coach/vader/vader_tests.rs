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
