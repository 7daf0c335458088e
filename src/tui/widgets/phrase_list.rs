//! A phrase bank as list items: each phrase wrapped to the width, behind
//! a bullet, its later rows indented under its first word, so where one
//! phrase ends and the next begins shows (a two-line phrase and two
//! one-line phrases no longer look alike). The marked phrase has "›" for
//! its bullet, so it is seen without colour too.

use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::ListItem;

use super::wrap::hanging;

/// One item per phrase, wrapped to `width` columns; `marked` is the one
/// Enter would use.
pub fn items(phrases: &[String], width: usize, marked: Option<usize>) -> Vec<ListItem<'static>> {
    phrases
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let bullet = if marked == Some(i) { "› " } else { "• " };
            ListItem::new(hanging(vec![Span::raw(bullet)], p, Style::new(), width))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::items;
    use ratatui::{Terminal, backend::TestBackend, widgets::List};

    #[test]
    fn each_phrase_starts_with_a_bullet_and_its_rows_stay_under_it() {
        let phrases = [
            "I'm so sorry the mug arrived broken.".to_string(),
            "Thank you.".to_string(),
            "Bye.".to_string(),
        ];
        let mut term = Terminal::new(TestBackend::new(24, 4)).unwrap();
        term.draw(|f| f.render_widget(List::new(items(&phrases, 24, Some(2))), f.area()))
            .unwrap();
        let rows: Vec<String> = (0..4)
            .map(|y| {
                let buf = term.backend().buffer();
                (0..24).map(|x| buf[(x, y)].symbol()).collect::<String>()
            })
            .collect();
        assert_eq!(
            rows,
            [
                "• I'm so sorry the mug  ",
                "  arrived broken.       ",
                "• Thank you.            ",
                "› Bye.                  ",
            ]
        );
    }
}
