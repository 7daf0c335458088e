//! The texts of the coach benchmark, shared with `examples/coach_check.rs`
//! (which counts instructions under valgrind, independent of machine speed).

pub const REVIEW_PARAGRAPH: &str = "Ordered six acrylic display stands for my craft fair stall and they \
arrived tinted BLUE, not clear like the photos. Two were cracked, the box was crushed and the \
courier left it in the rain. I emailed three times and got the same copy-paste answer, so I am \
really disappointed and honestly quite angry!! ";

pub const PUBLIC_PARAGRAPH: &str = "Thank you for telling us, and I'm so sorry the display stands \
arrived tinted and two were cracked, right before your craft fair. That must have been really \
frustrating, and the copy-paste emails made it worse. We're sorry but the courier broke it and \
our policy says no refunds!! Please email me at hello@clearstand.example and I'll sort it out. ";

pub const PRIVATE_PARAGRAPH: &str = "Hello again, I'm sorry about the cracked stands and the tint. \
The blue is a protective film that peels off. I can send six new stands by express delivery to \
reach you on Friday, or refund the whole order today, whichever you prefer. Order #48213 for \
£45.50 went to 12 Mill Lane. Dear [NAME], we guarantee it will never happen again. ";

pub fn repeat_to_words(p: &str, words: usize) -> String {
    let per = p.split_whitespace().count();
    p.repeat(words.div_ceil(per))
}

/// The benchmark's review (500 words), drafts (1,000 words each) and the
/// options chosen earlier.
pub struct BenchTexts {
    pub review: String,
    pub public: String,
    pub private: String,
    pub offered: Vec<String>,
}

impl BenchTexts {
    pub fn new() -> BenchTexts {
        BenchTexts {
            review: repeat_to_words(REVIEW_PARAGRAPH, 500),
            public: repeat_to_words(PUBLIC_PARAGRAPH, 1000),
            private: repeat_to_words(PRIVATE_PARAGRAPH, 1000),
            offered: vec!["six new stands".to_string(), "refund".to_string()],
        }
    }

    pub fn input(&self) -> heard::domain::coach::CoachInput<'_> {
        heard::domain::coach::CoachInput {
            review: &self.review,
            public: &self.public,
            private: &self.private,
            min_choices: 2,
            offered_choices: &self.offered,
            shop: &heard::domain::coach::NO_SHOP,
        }
    }
}
