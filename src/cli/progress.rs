//! Progress for long work (verify, import, export to a file, password change --rotate-key,
//! sandbox generate, backup), drawn with indicatif on standard error only when it is a
//! terminal, and never with `--json` or `-q`: a bar with a count and the time left when the
//! amount of work is known, else a spinner with the time spent. The one helper for all.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::context::Ctx;
use super::messages::t;

/// How often a spinner moves.
const SPIN_TICK: Duration = Duration::from_millis(120);

/// Redraws per second, at most (a bar updated per row stays cheap).
const REFRESH_HZ: u8 = 10;

/// A progress bar or spinner on standard error, or nothing.
pub struct Bar {
    bar: Option<ProgressBar>,
    /// A bar waits for its first count before it is drawn (its length is not known before).
    label: Option<String>,
}

impl Bar {
    /// A bar labelled with the catalogue message `label_key`, on when it may be drawn.
    pub fn new(ctx: &Ctx, label_key: &str) -> Bar {
        Bar {
            bar: None,
            label: shown(ctx).then(|| t(ctx.lang, label_key)),
        }
    }

    /// A spinner for work of unknown length, moving on its own until [`Bar::finish`].
    pub fn spinner(ctx: &Ctx, label_key: &str) -> Bar {
        if !shown(ctx) {
            return Bar {
                bar: None,
                label: None,
            };
        }
        let bar = ProgressBar::with_draw_target(None, target());
        let style = ProgressStyle::with_template("{spinner} {msg} {elapsed}")
            .map(|s| s.tick_chars("|/-\\ "))
            .unwrap_or_else(|_| ProgressStyle::default_spinner());
        bar.set_style(style);
        bar.set_message(t(ctx.lang, label_key));
        bar.enable_steady_tick(SPIN_TICK);
        Bar {
            bar: Some(bar),
            label: None,
        }
    }

    /// Show `done` of `total`.
    pub fn update(&mut self, done: i64, total: i64) {
        if total <= 0 {
            return;
        }
        let total = u64::try_from(total).unwrap_or(0);
        if let Some(label) = self.label.take() {
            self.bar = Some(counting_bar(label, total));
        }
        let Some(bar) = &self.bar else { return };
        let done = u64::try_from(done.max(0)).unwrap_or(0).min(total);
        if bar.length() != Some(total) {
            bar.set_length(total);
        }
        bar.set_position(done);
    }

    /// Take the bar off the screen: what the command prints next stands alone.
    pub fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        self.finish();
    }
}

/// A bar of `total` steps labelled `label`.
fn counting_bar(label: String, total: u64) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(Some(total), target());
    let style = ProgressStyle::with_template(
        "{msg} [{bar:30}] {percent:>3}% {human_pos}/{human_len} ({eta} left)",
    )
    .map(|s| s.progress_chars("#>-"))
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar.set_message(label);
    bar
}

/// Whether progress may be drawn: standard error is a terminal, no `--json`, no `-q`.
fn shown(ctx: &Ctx) -> bool {
    !ctx.json && !ctx.quiet && std::io::stderr().is_terminal()
}

fn target() -> ProgressDrawTarget {
    ProgressDrawTarget::stderr_with_hz(REFRESH_HZ)
}
