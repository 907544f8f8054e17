//! Ids on the command line: what the wallet's resolver makes of what was typed (a unique
//! prefix, a label, a name), and how tables show them (see `render::Listing`).

use crate::error::{Code, Result};

/// The full id `found` holds, or `text` as typed when it names nothing, so that the command
/// refuses it with `not_found` at its usual stage (after the unlock, the freeze check…).
/// A prefix that is too short or ambiguous is refused at once.
pub fn or_unknown(found: Result<String>, text: &str) -> Result<String> {
    match found {
        Err(e) if e.code == Code::NotFound => Ok(text.to_string()),
        other => other,
    }
}
