//! The read pane's title: how the review is worded, never contradicting
//! its own numbers or the stars.

use super::*;

#[test]
fn the_title_never_contradicts_itself() {
    // (label, negative sentences, sentences, rating, title)
    let table = [
        (
            IntensityLabel::Upset,
            0,
            4,
            Some(1),
            "tone upset as a whole ",
        ),
        (
            IntensityLabel::Upset,
            2,
            15,
            None,
            "tone upset: 2 of 15 sentences negative ",
        ),
        (
            IntensityLabel::Calm,
            0,
            3,
            Some(5),
            "tone calm: 0 of 3 sentences negative ",
        ),
        (
            IntensityLabel::Calm,
            0,
            3,
            None,
            "tone calm: 0 of 3 sentences negative ",
        ),
        (
            IntensityLabel::Calm,
            0,
            3,
            Some(2),
            "worded calmly, but rated 2★ ",
        ),
        (
            IntensityLabel::Calm,
            1,
            4,
            Some(3),
            "worded calmly, but rated 3★ ",
        ),
    ];
    for (label, negative, sentences, rating, want) in table {
        let i = Intensity {
            compound: -0.4,
            label,
            negative,
            sentences,
        };
        assert_eq!(tone_title(&i, rating), format!(" The review — {want}"));
    }
}
