//! The breathing pacer: a box that grows on the in-breath, holds, shrinks on
//! the out-breath. The reduced-motion variant shows only words and numbers.

use ratatui::{
    buffer::Buffer,
    layout::Rect,
    text::Line,
    widgets::{Block, Paragraph, Widget},
};

use super::theme;

/// Where in the pattern a moment falls.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Phase {
    /// 0 in, 1 hold, 2 out, 3 hold.
    pub index: usize,
    pub cycle: u32,
    /// Seconds left in this phase.
    pub left: u32,
    /// 0.0..=1.0: how full the lungs are.
    pub fullness: f64,
}

pub const NAMES: [&str; 4] = ["Breathe in", "Hold", "Breathe out", "Hold"];

/// The phase at `elapsed_ms` into a pattern of [in, hold, out, hold] seconds.
pub fn phase_at(pattern: [u32; 4], elapsed_ms: u64) -> Phase {
    let cycle_ms: u64 = pattern
        .iter()
        .map(|s| u64::from(*s) * 1000)
        .sum::<u64>()
        .max(1);
    let cycle = (elapsed_ms / cycle_ms) as u32;
    let mut t = elapsed_ms % cycle_ms;
    for (index, secs) in pattern.iter().enumerate() {
        let len = u64::from(*secs) * 1000;
        if t < len {
            let frac = t as f64 / len as f64;
            let fullness = match index {
                0 => frac,
                1 => 1.0,
                2 => 1.0 - frac,
                _ => 0.0,
            };
            return Phase {
                index,
                cycle,
                left: ((len - t).div_ceil(1000)) as u32,
                fullness,
            };
        }
        t -= len;
    }
    Phase {
        index: 3,
        cycle,
        left: 0,
        fullness: 0.0,
    }
}

pub fn render(phase: Phase, cycles: u32, reduced_motion: bool, area: Rect, buf: &mut Buffer) {
    let label = format!(
        "{} … {}   (round {} of {})",
        NAMES[phase.index],
        phase.left,
        (phase.cycle + 1).min(cycles),
        cycles
    );
    if reduced_motion || area.height < 6 {
        Paragraph::new(Line::styled(label, theme::title()).centered()).render(area, buf);
        return;
    }
    let text_area = Rect { height: 1, ..area };
    Paragraph::new(Line::styled(label, theme::title()).centered()).render(text_area, buf);
    let room = Rect {
        y: area.y + 2,
        height: area.height - 2,
        ..area
    };
    let max_w = room.width.min(room.height * 2 + 2).max(4);
    let max_h = room.height.max(3);
    let f = 0.25 + 0.75 * phase.fullness;
    let w = ((f64::from(max_w) * f) as u16).max(4);
    let h = ((f64::from(max_h) * f) as u16).max(3);
    let rect = Rect {
        x: room.x + (room.width - w) / 2,
        y: room.y + (room.height - h) / 2,
        width: w,
        height: h,
    };
    Block::bordered()
        .border_style(theme::focus_border())
        .render(rect, buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_follow_the_pattern() {
        let p = [4, 4, 4, 4];
        let table = [
            (0, 0, 0, 4),
            (3_999, 0, 0, 1),
            (4_000, 1, 0, 4),
            (9_000, 2, 0, 3),
            (15_500, 3, 0, 1),
            (16_000, 0, 1, 4),
        ];
        for (ms, index, cycle, left) in table {
            let ph = phase_at(p, ms);
            assert_eq!((ph.index, ph.cycle, ph.left), (index, cycle, left), "{ms}");
        }
        // A zero-length hold is skipped.
        assert_eq!(phase_at([4, 7, 8, 0], 19_500).index, 0);
    }
}
