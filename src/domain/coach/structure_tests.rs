mod tests {
    use super::super::*;

    fn shout(s: &str, review: &str) -> Vec<String> {
        let rules = CompiledRules::builtin();
        let t = Text::new(s);
        let review = caps_words(&Text::new(review));
        shouting(&t, &review, &placeholders(&t), &rules)
            .into_iter()
            .map(|(a, b)| s[a..b].to_string())
            .collect()
    }

    #[test]
    fn shouting_spares_quotes_acronyms_and_review_brands() {
        assert_eq!(
            shout("WE DID NOTHING wrong!!", ""),
            ["WE DID NOTHING", "!!"]
        );
        assert!(
            shout(
                "You said it looked \"BLUE\"; UPS and the NHS. OK? I am sorry.",
                ""
            )
            .is_empty()
        );
        assert!(shout("Your NOVA lamp", "my NOVA lamp broke").is_empty());
        assert_eq!(shout("This is UNACCEPTABLE.", ""), ["UNACCEPTABLE"]);
    }

    #[test]
    fn placeholders_found() {
        let s = "Dear [NAME], your {{order}} of <product> is {x}. See [here](http://a.b). Mail <a@b.c>. XXX ___";
        let t = Text::new(s);
        let got: Vec<&str> = placeholders(&t)
            .into_iter()
            .map(|(a, b)| &s[a..b])
            .collect();
        assert_eq!(
            got,
            ["[NAME]", "{{order}}", "<product>", "{x}", "XXX", "___"]
        );
    }

    #[test]
    fn stems_line_up_across_word_forms() {
        assert_eq!(stem("broken"), stem("broke"));
        assert_eq!(stem("arrived"), stem("arrival"));
        assert_eq!(stem("delivery"), stem("delivered"));
        assert_eq!(stem("scratches"), stem("scratched"));
    }
}

mod option_tests {
    use super::super::*;

    fn count(s: &str) -> usize {
        alternatives(&Text::new(s))
    }

    #[test]
    fn options_in_prose_and_lists_are_counted_by_their_shape() {
        let cases = [
            ("I can either refund it or remake it next week.", 2),
            ("We could reprint it, recut it, or give you credit.", 2),
            (
                "We'd be glad to refund you. Alternatively, we could bake a fresh box.",
                2,
            ),
            ("Two options: a full refund, or your next order on us.", 2),
            (
                "We can refund it. Or we can lend you a bike, or collect yours.",
                3,
            ),
            ("It should arrive in a day or two.", 0),
            ("Let me know if you have questions or concerns.", 0),
            ("We've refunded the £38 to your card.", 0),
            (
                "Here is what we can do:\n1. Reprint\n2. Refund\n3. Credit",
                3,
            ),
            ("Notes:\n- one\n- two", 0),
        ];
        for (text, want) in cases {
            assert_eq!(count(text), want, "{text}");
        }
    }
}

mod boilerplate_tests {
    use super::super::*;

    #[test]
    fn boilerplate_phrases_come_from_the_data_file() {
        assert_eq!(BOILERPLATE.len(), 15, "{:?}", *BOILERPLATE);
        let table = [
            ("Dear valued customer, thank you.", true),
            ("We apologise for ANY INCONVENIENCE caused.", true),
            ("Your feedback is important to us", true),
            ("Sorry the lamp shade cracked, Jo.", false),
            ("", false),
        ];
        for (text, want) in table {
            assert_eq!(boilerplate(text), want, "{text}");
        }
    }
}
