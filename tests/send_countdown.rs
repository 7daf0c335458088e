//! The Send screen's countdown reaches its end on its own: the moment the
//! cool-down closes, the loop redraws (it used to stay on "0 s left" until
//! a key was pressed).

use crate::support;

use support::{Stage, T0, at_stage};
use time::Duration;

#[test]
fn the_screen_redraws_when_the_cool_down_ends() {
    let mut h = at_stage(Stage::Approved, T0 + Duration::seconds(3597), 80, 24);
    for _ in 0..12 {
        if h.step_title() == "Send" {
            break;
        }
        h.keys("n");
    }
    assert_eq!(h.step_title(), "Send");
    assert!(h.app.on_tick(), "counting down: redraw");
    h.advance(Duration::seconds(2));
    assert!(h.app.on_tick(), "last second: redraw");
    h.advance(Duration::seconds(2));
    assert!(
        h.app.on_tick(),
        "the cool-down just ended: redraw once more"
    );
    assert!(!h.screen().contains("0 s left"), "{}", h.screen());
    assert!(!h.app.on_tick(), "nothing changes any more: no redraw");
}
