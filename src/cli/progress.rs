//! A progress bar on stderr for long operations, drawn only on a terminal (never in `--json`,
//! `-q` or a pipe): `label [#########.........] 45%`, redrawn in place.

use std::io::IsTerminal;

use super::context::Ctx;
use super::messages::t;

/// The bar's width in characters.
const WIDTH: i64 = 30;

/// A progress bar that may be switched off.
pub struct Bar {
    label: String,
    on: bool,
    drawn: bool,
}

impl Bar {
    /// A bar labelled with the catalogue message `label_key`, on when stderr is a terminal.
    pub fn new(ctx: &Ctx, label_key: &str) -> Bar {
        Bar {
            label: t(ctx.lang, label_key),
            on: !ctx.json && !ctx.quiet && std::io::stderr().is_terminal(),
            drawn: false,
        }
    }

    /// Show `done` of `total`.
    pub fn update(&mut self, done: i64, total: i64) {
        if !self.on || total <= 0 {
            return;
        }
        let filled = (done.clamp(0, total) * WIDTH / total) as usize;
        let percent = done.clamp(0, total) * 100 / total;
        let bar = format!(
            "{}{}",
            "#".repeat(filled),
            ".".repeat(WIDTH as usize - filled)
        );
        errout!("\r{} [{bar}] {percent}%", self.label);
        self.drawn = true;
    }

    /// End the line the bar was drawn on.
    pub fn finish(&mut self) {
        if self.drawn {
            errout!("\n");
            self.drawn = false;
        }
    }
}
