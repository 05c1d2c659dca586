//! Text helpers shared by the command line and the screen.

/// Cuts text to `max` characters with an ellipsis, for one-line columns and labels.
pub fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut clipped: String = text.chars().take(max.saturating_sub(1)).collect();
        clipped.push('…');
        clipped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_adds_an_ellipsis() {
        assert_eq!(clip("stagebezoek", 6), "stage…");
        assert_eq!(clip("kort", 6), "kort");
    }
}
