//! Guards for the categories outside tone, details and blame (asks-removal,
//! defensive, risky-promise, generic, shouting, no-empathy) on the sets
//! written last: blind18 and blind19 (studied for these categories), and
//! blind22, 23 and 24 (measured once unread for the held-out figure, then
//! studied). Each holds a category's precision and recall at what the coach
//! measures now; raise them only where figures rise. Defensive and generic
//! include the learned layer, trained on these sets: in-sample figures.
//! Good drafts blocked are guarded by tests/coach_new_writers.rs and the
//! other helpers' files; here only the categories.

use super::{Evaluation, evaluate_all};
use heard::domain::coach::Category;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Each set is read and checked once, whichever test asks first, by the
/// corpus runner's own evaluation.
fn evaluation(set: &str) -> &'static Evaluation {
    static SETS: OnceLock<HashMap<&'static str, Evaluation>> = OnceLock::new();
    let all = SETS.get_or_init(|| {
        [
            ("blind18", include_str!("data/coach/blind18.toml")),
            ("blind19", include_str!("data/coach/blind19.toml")),
            ("blind22", include_str!("data/coach/blind22.toml")),
            ("blind23", include_str!("data/coach/blind23.toml")),
            ("blind24", include_str!("data/coach/blind24.toml")),
        ]
        .into_iter()
        .map(|(name, text)| (name, evaluate_all(name, text, 170)))
        .collect()
    });
    &all[set]
}

/// `category` on `set` holds precision and recall at `floor`.
fn holds(set: &str, category: &str, floor: (f64, f64)) {
    let c: Category = category.parse().expect("a category name");
    let score = evaluation(set)
        .scores
        .iter()
        .find(|s| s.category == c)
        .expect("every category is scored");
    let (p, r) = (score.precision, score.recall);
    assert!(
        p + 0.005 >= floor.0 && r + 0.005 >= floor.1,
        "{set} {category}: precision {p:.2} (held at {:.2}), recall {r:.2} (held at {:.2})",
        floor.0,
        floor.1
    );
}

/// One test per set and category: `name`, set, category, (precision, recall).
macro_rules! guards {
    ($($name:ident: $set:literal, $cat:literal, $p:literal, $r:literal;)*) => {
        $(
            #[test]
            fn $name() {
                holds($set, $cat, ($p, $r));
            }
        )*
    };
}

guards! {
    blind18_asks_removal_holds: "blind18", "asks-removal", 1.00, 1.00;
    blind18_defensive_holds: "blind18", "defensive", 0.96, 1.00;
    blind18_risky_promise_holds: "blind18", "risky-promise", 1.00, 1.00;
    blind18_generic_holds: "blind18", "generic", 0.92, 0.92;
    blind18_shouting_holds: "blind18", "shouting", 1.00, 1.00;
    blind18_no_empathy_holds: "blind18", "no-empathy", 1.00, 1.00;
    blind19_asks_removal_holds: "blind19", "asks-removal", 1.00, 1.00;
    blind19_defensive_holds: "blind19", "defensive", 0.96, 0.93;
    blind19_risky_promise_holds: "blind19", "risky-promise", 1.00, 0.90;
    blind19_generic_holds: "blind19", "generic", 0.95, 0.95;
    blind19_shouting_holds: "blind19", "shouting", 1.00, 1.00;
    blind19_no_empathy_holds: "blind19", "no-empathy", 0.97, 0.93;
    blind22_asks_removal_holds: "blind22", "asks-removal", 0.91, 1.00;
    blind22_defensive_holds: "blind22", "defensive", 0.90, 1.00;
    blind22_risky_promise_holds: "blind22", "risky-promise", 1.00, 0.83;
    blind22_generic_holds: "blind22", "generic", 0.75, 0.82;
    blind22_shouting_holds: "blind22", "shouting", 1.00, 1.00;
    blind22_no_empathy_holds: "blind22", "no-empathy", 0.83, 0.95;
    blind23_asks_removal_holds: "blind23", "asks-removal", 1.00, 1.00;
    blind23_defensive_holds: "blind23", "defensive", 0.98, 0.85;
    blind23_risky_promise_holds: "blind23", "risky-promise", 0.93, 1.00; // 1.00/1.00 before the layer was retrained on 163 sets
    blind23_generic_holds: "blind23", "generic", 0.88, 1.00;
    blind23_shouting_holds: "blind23", "shouting", 0.92, 1.00;
    blind23_no_empathy_holds: "blind23", "no-empathy", 0.89, 0.94;
    blind24_asks_removal_holds: "blind24", "asks-removal", 1.00, 1.00;
    blind24_defensive_holds: "blind24", "defensive", 0.91, 0.83;
    // Precision 0.89 -> 0.86 when the 84-set layer took recall 0.67 -> 1.00
    // (F1 0.76 -> 0.92, in-sample).
    blind24_risky_promise_holds: "blind24", "risky-promise", 0.86, 1.00;
    blind24_generic_holds: "blind24", "generic", 0.75, 0.82;
    blind24_shouting_holds: "blind24", "shouting", 1.00, 1.00;
    blind24_no_empathy_holds: "blind24", "no-empathy", 0.93, 0.91;
}
